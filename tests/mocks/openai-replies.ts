/**
 * What the fake model "says" in the LLM tests: a judged answer about a billing migration,
 * a faithful STAR rewrite of it and an unfaithful one that invents a number and a name.
 */
import type { ChatCompletionRequestBody } from './openai.ts'

export const billingAnswer = {
  question: 'Tell me about a time you led a project under pressure.',
  kind: 'behavioural' as const,
  competency: 'leadership',
  transcript:
    'Invoices were failing for 3 percent of customers, so I led the migration of our billing system to a new provider. ' +
    'I planned the cutover, wrote the rollback script and ran the migration over a weekend. ' +
    'Invoice errors fell by 40 percent.',
}

const t = billingAnswer.transcript
const at = (phrase: string) => ({
  start: t.indexOf(phrase),
  end: t.indexOf(phrase) + phrase.length,
})

export const contentJudgement = {
  content: { score: 78, reason: 'Relevant and specific, with a measured result.' },
  feedback: [
    {
      kind: 'strength',
      message: 'You quantified the result.',
      evidence: [at('Invoice errors fell by 40 percent')],
    },
    {
      kind: 'improvement',
      message: 'Say what was at stake for the team.',
      evidence: [{ start: 5000, end: 5010 }],
    },
  ],
  followUp: {
    question: 'How did you decide the weekend was safe?',
    targets: 'action',
    reason: 'The plan is thin.',
  },
}

export const faithfulRewrite =
  'Invoices were failing for 3 percent of customers. I led the migration of our billing system to a new provider: ' +
  'I planned the cutover, wrote the rollback script and ran the migration over a weekend. Invoice errors fell by 40 percent.'

export const unfaithfulRewrite = faithfulRewrite + ' This saved Globex 2 million dollars.'

function rewriteJudgement(rewrite = faithfulRewrite) {
  const part = (phrase: string) => ({ present: true, evidence: [at(phrase)] })
  return {
    structure: { score: 71, reason: 'All four STAR parts, the situation brief.' },
    star: {
      situation: part('Invoices were failing for 3 percent of customers'),
      task: part('I led the migration of our billing system'),
      action: part('I planned the cutover'),
      result: part('Invoice errors fell by 40 percent'),
      quantified: true,
    },
    rewrite,
  }
}

export function schemaName(body: ChatCompletionRequestBody): string | undefined {
  return body.response_format?.json_schema?.name
}

/** Answers each schema the scorers ask for with the matching judgement. */
export function judgeBillingAnswer(rewrite = faithfulRewrite) {
  return (body: ChatCompletionRequestBody) =>
    JSON.stringify(
      schemaName(body) === 'llm_star_rewrite' ? rewriteJudgement(rewrite) : contentJudgement,
    )
}

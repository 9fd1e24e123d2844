/**
 * What Encore asks the LLM. Every prompt states the schema's intent in words too: compatible
 * servers that ignore `response_format` still get told what to return.
 */
import { deriveRubric, type ScorerInput } from '../../../scoring/index.ts'
import type { LlmMessage } from './llm-client.ts'

const coach =
  'You are an experienced interview coach. You judge one spoken answer to one interview question. ' +
  'Be specific and fair; quote only what the candidate said. Reply with JSON only.'

function answerBlock(
  input: Pick<ScorerInput, 'question' | 'kind' | 'competency' | 'transcript'>,
): string {
  return [
    `Question (${input.kind}, competency: ${input.competency}): ${input.question}`,
    `Transcript (${input.transcript.length} characters; evidence spans are [start, end) character offsets into it):`,
    '<<<',
    input.transcript,
    '>>>',
  ].join('\n')
}

function kindExpectation(kind: ScorerInput['kind']): string {
  if (kind === 'behavioural')
    return 'A behavioural answer should tell one real past situation in STAR order, in the first person.'
  if (kind === 'situational')
    return 'A situational answer may say "I would…": judge the plan, its reasoning and its trade-offs.'
  return 'A technical answer is judged mainly on correctness, depth and clarity.'
}

/** One system instruction and one user turn, its lines joined. */
function exchange(system: string, user: string[]): LlmMessage[] {
  return [
    { role: 'system', content: system },
    { role: 'user', content: user.join('\n') },
  ]
}

/**
 * The question's rubric, so the judge weighs what this question asks rather than answers in
 * general: a bank or generated question's own, else one derived from its words.
 */
function rubricBlock(input: Pick<ScorerInput, 'question' | 'kind' | 'rubric'>): string[] {
  const rubric = input.rubric ?? deriveRubric(input.question, input.kind)
  return [
    `What the question asks: ${rubric.asks}`,
    `A strong answer shows: ${rubric.strongShows.join('; ')}.`,
    `Red flags (an answer with one scores low however fluent): ${rubric.redFlags.join('; ')}.`,
    'An answer that tells a different story from the one asked for scores low on content however well told.',
  ]
}

/** The coach judging one answer: the answer, what its kind and rubric expect, then what to return. */
function judgeAnswer(input: ScorerInput, asks: string[]): LlmMessage[] {
  return exchange(coach, [
    answerBlock(input),
    kindExpectation(input.kind),
    ...rubricBlock(input),
    ...asks,
  ])
}

export function contentMessages(input: ScorerInput): LlmMessage[] {
  return judgeAnswer(input, [
    'Return: content {score 0-100 for relevance to the question and competency, specificity and ownership; reason in one sentence},',
    'feedback (strengths and improvements, each with evidence spans into the transcript),',
    'followUp (one question an interviewer would ask next, what it targets, and why).',
  ])
}

export function rewriteMessages(input: ScorerInput): LlmMessage[] {
  return judgeAnswer(input, [
    'Return: structure {score 0-100 for how clearly the answer follows Situation, Task, Action, Result; reason},',
    'star (each part: present, evidence spans; quantified: whether the result has a number),',
    'rewrite: the same answer polished into a clear STAR order in the first person.',
    'The rewrite must use only facts, names and numbers the candidate said: never invent a number, a name,',
    "a tool or an outcome. Prefer the candidate's own words; drop fillers and repetitions.",
  ])
}

export function followUpMessages(input: {
  question: string
  competency: string
  transcript: string
  missing?: string[]
}): LlmMessage[] {
  return exchange(coach, [
    `Question (competency: ${input.competency}): ${input.question}`,
    `Answer: ${input.transcript}`,
    input.missing?.length ? `The answer missed: ${input.missing.join(', ')}.` : '',
    'Return followUp: one short follow-up question probing the weakest part, what it targets, and why.',
  ])
}

export function competencyMessages(text: string): LlmMessage[] {
  return exchange('You analyse job descriptions for interview preparation. Reply with JSON only.', [
    'List the competencies this job description asks for, most important first, each with a weight 0-1 and the phrase of the text that shows it.',
    '<<<',
    text,
    '>>>',
  ])
}

export function questionMessages(input: {
  jobDescription: string
  competencies: string[]
  count: number
}): LlmMessage[] {
  return exchange('You write interview questions for mock interviews. Reply with JSON only.', [
    `Write ${input.count} interview questions for this job, covering these competencies in turn before repeating any: ${input.competencies.join(', ')}.`,
    'Mix behavioural ("Tell me about a time…") and situational ("What would you do if…") questions; each names its competency and kind.',
    '<<<',
    input.jobDescription,
    '>>>',
  ])
}

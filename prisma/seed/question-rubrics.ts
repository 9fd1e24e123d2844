/**
 * The bank questions' rubrics, as data (question-bank.json): what each question asks the candidate
 * to have done, what a strong answer shows, its red flags. The interview engine passes a bank
 * question's rubric to the scorers; the score CLI and scoring:eval read the same file.
 */
import bankJson from './question-bank.json' with { type: 'json' }

/** The shape of scoring/'s QuestionRubric (prisma/ imports nothing of scoring/). */
export interface BankRubric {
  asks: string
  strongShows: readonly string[]
  redFlags: readonly string[]
}

export interface ScoredBankQuestion {
  /** the bank key */
  id: string
  question: string
  kind: 'behavioural' | 'situational' | 'technical'
  competency: string
  rubric: BankRubric
}

export const scoredBankQuestions = bankJson.questions as readonly ScoredBankQuestion[]

const byKey = new Map(scoredBankQuestions.map((q) => [q.id, q]))
const byText = new Map(scoredBankQuestions.map((q) => [q.question.trim(), q]))

/** A bank question's rubric by its key, or by its exact text (a plan may hold either). */
export function bankRubric(question: {
  key?: string | null
  text: string
}): BankRubric | undefined {
  return ((question.key && byKey.get(question.key)) || byText.get(question.text.trim()))?.rubric
}

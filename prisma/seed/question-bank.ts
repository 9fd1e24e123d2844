/**
 * The seeded interview question bank, filed under the competencies of competencies.ts.
 * Seeding upserts questions by `key`, so a key never changes once shipped; reword `text` freely.
 */
import { adaptabilityQuestions } from './questions/adaptability.ts'
import { ambiguityQuestions } from './questions/ambiguity.ts'
import { communicationQuestions } from './questions/communication.ts'
import { conflictQuestions } from './questions/conflict.ts'
import { customerFocusQuestions } from './questions/customer-focus.ts'
import { decisionMakingQuestions } from './questions/decision-making.ts'
import { deliveryUnderPressureQuestions } from './questions/delivery-under-pressure.ts'
import { failureQuestions } from './questions/failure.ts'
import { influenceQuestions } from './questions/influence.ts'
import { leadershipQuestions } from './questions/leadership.ts'
import { mentoringQuestions } from './questions/mentoring.ts'
import { ownershipQuestions } from './questions/ownership.ts'
import { prioritisationQuestions } from './questions/prioritisation.ts'
import { problemSolvingQuestions } from './questions/problem-solving.ts'
import { teamworkQuestions } from './questions/teamwork.ts'
import type { Competency } from './competencies.ts'

/** behavioural: "Tell me about a time…"; situational: "What would you do if…"; technical. */
export type QuestionKind = 'behavioural' | 'situational' | 'technical'

/** The seniority a question suits best; `any` fits every level. */
export type QuestionLevel = 'any' | 'junior' | 'mid' | 'senior'

export interface BankQuestion {
  /** Stable unique slug, prefixed with the competency id; seeding upserts by it. */
  key: string
  text: string
  competency: Competency
  kind: QuestionKind
  level: QuestionLevel
  followUps: readonly [string] | readonly [string, string]
}

export const questionBank: readonly BankQuestion[] = [
  ...leadershipQuestions,
  ...ownershipQuestions,
  ...conflictQuestions,
  ...failureQuestions,
  ...prioritisationQuestions,
  ...influenceQuestions,
  ...customerFocusQuestions,
  ...problemSolvingQuestions,
  ...teamworkQuestions,
  ...adaptabilityQuestions,
  ...communicationQuestions,
  ...ambiguityQuestions,
  ...decisionMakingQuestions,
  ...mentoringQuestions,
  ...deliveryUnderPressureQuestions,
]

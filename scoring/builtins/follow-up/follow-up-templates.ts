/** Follow-up questions by what is missing; `{competency}` is filled with the question's competency. */
import type { FollowUpSuggestion } from '../../types.ts'

/**
 * What a follow-up probes: a gap the suggestion's `targets` names, or one of the three it names
 * otherwise: a hypothetical answer (specificity), an unmeasured result and a complete answer's
 * lessons (result).
 */
export type FollowUpTarget =
  FollowUpSuggestion['targets'] | 'hypothetical' | 'unmeasured' | 'reflection'

export const TEMPLATES: Record<FollowUpTarget, { question: string; reason: string }> = {
  hypothetical: {
    question: 'Can you tell me about one specific time that actually happened, and what you did?',
    reason: 'The answer describes what you would do, not what you did.',
  },
  relevance: {
    question:
      'How does that example show your {competency}? Is there a time that shows it more directly?',
    reason: 'The story does not clearly show the competency asked about.',
  },
  situation: {
    question: 'Can you set the scene: where were you working, and what was going on?',
    reason: 'The situation is missing.',
  },
  task: {
    question: 'What exactly were you responsible for there?',
    reason: 'Your own goal or responsibility is missing.',
  },
  action: {
    question: 'Walk me through the steps you took yourself, one by one.',
    reason: 'What you did is missing.',
  },
  result: {
    question: 'What was the outcome, and how did you measure it?',
    reason: 'The result is missing.',
  },
  unmeasured: {
    question: 'How did you measure the outcome: what changed, and by how much?',
    reason: 'The result is not measured.',
  },
  reflection: {
    question: 'What did you learn from it, and what would you do differently next time?',
    reason: 'The answer reaches its outcome.',
  },
  ownership: {
    question: 'You said "we" a lot: what was your personal contribution?',
    reason: 'The answer hides your part behind the team.',
  },
  specificity: {
    question: 'Can you give a concrete detail: a number, a name, or a date?',
    reason: 'A concrete detail would make it more believable.',
  },
}

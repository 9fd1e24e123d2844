import type { BankQuestion } from '../question-bank.ts'

export const adaptabilityQuestions: readonly BankQuestion[] = [
  {
    key: 'adaptability-major-change-at-work',
    text: 'Tell me about a time a major change at work, such as a reorganisation, a new manager or a new strategy, affected you directly.',
    competency: 'adaptability',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      'What was the hardest thing to let go of?',
      'What did you do in the first couple of weeks to adjust?',
    ],
  },
  {
    key: 'adaptability-learned-fast-to-deliver',
    text: 'Describe a time you had to learn something new very quickly to get a job done.',
    competency: 'adaptability',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      'How did you decide what to learn first and what to skip?',
      'How did you check you understood it well enough to rely on it?',
    ],
  },
  {
    key: 'adaptability-plan-changed-last-minute',
    text: 'Give me an example of a time the plan changed at the last minute. How did you respond?',
    competency: 'adaptability',
    kind: 'behavioural',
    level: 'mid',
    followUps: [
      'What did you do in the first hour after you heard?',
      'What were you able to salvage from the original plan?',
    ],
  },
  {
    key: 'adaptability-abandoned-failing-approach',
    text: "Tell me about a time you changed your approach completely because it wasn't working.",
    competency: 'adaptability',
    kind: 'behavioural',
    level: 'mid',
    followUps: [
      "How did you recognise it wasn't working?",
      'What made it hard to abandon the original approach?',
    ],
  },
  {
    key: 'adaptability-team-through-unwanted-change',
    text: "Describe a time you helped a team adapt to a change they didn't want.",
    competency: 'adaptability',
    kind: 'behavioural',
    level: 'senior',
    followUps: [
      'How did you deal with the people most opposed to it?',
      'What did you do to make the change easier in practice, not just in words?',
    ],
  },
  {
    key: 'adaptability-completely-new-environment',
    text: 'Give me an example of adjusting to a completely new environment, such as a new job, a new country or a new kind of work.',
    competency: 'adaptability',
    kind: 'behavioural',
    level: 'junior',
    followUps: ['What surprised you most?', 'Which of your habits did you have to change?'],
  },
  {
    key: 'adaptability-role-outside-usual-job',
    text: 'Tell me about a time you had to take on a role well outside your usual job.',
    competency: 'adaptability',
    kind: 'behavioural',
    level: 'any',
    followUps: ['How did you get up to speed?', 'What did you hand back, and when?'],
  },
  {
    key: 'adaptability-main-tool-replaced',
    text: "Imagine the main tool or system you use every day is being replaced next week with one you've never used. What would you do?",
    competency: 'adaptability',
    kind: 'situational',
    level: 'any',
    followUps: [
      'How would you keep your own work on track during the switch?',
      'How would you help colleagues who were struggling with it?',
    ],
  },
  {
    key: 'adaptability-role-changed-after-joining',
    text: 'What would you do if, three months after you joined, your role turned into something quite different from the one you were hired for?',
    competency: 'adaptability',
    kind: 'situational',
    level: 'mid',
    followUps: [
      'What would you want to clarify with your manager?',
      'How would you decide whether the new role was right for you?',
    ],
  },
  {
    key: 'adaptability-strategy-pivot',
    text: "Imagine leadership announces a change of strategy that makes your team's current project irrelevant. How would you respond?",
    competency: 'adaptability',
    kind: 'situational',
    level: 'senior',
    followUps: [
      'What would you tell your team that same day?',
      "How would you make sure their work so far wasn't wasted?",
    ],
  },
]

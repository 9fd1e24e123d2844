import type { BankQuestion } from '../question-bank.ts'

export const failureQuestions: readonly BankQuestion[] = [
  {
    key: 'failure-project-that-failed',
    text: 'Tell me about a project that failed. What was your part in it?',
    competency: 'failure',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      'When did you first realise it was going wrong?',
      'What do you do differently now because of it?',
    ],
  },
  {
    key: 'failure-mistake-affected-others',
    text: 'Describe a mistake you made that affected other people. How did you put it right?',
    competency: 'failure',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      'How did you tell the people it affected?',
      "What did you put in place so it couldn't happen again?",
    ],
  },
  {
    key: 'failure-missed-deadline',
    text: 'Give me an example of a deadline you missed. What happened?',
    competency: 'failure',
    kind: 'behavioural',
    level: 'mid',
    followUps: [
      'What would have had to be true for you to hit it?',
      'When did you tell people it would slip, and how?',
    ],
  },
  {
    key: 'failure-feedback-hard-to-hear',
    text: 'Tell me about a piece of feedback that was hard to hear. What did you do with it?',
    competency: 'failure',
    kind: 'behavioural',
    level: 'junior',
    followUps: [
      'Honestly, what was your first reaction?',
      'What would someone who works with you point to as evidence that you changed?',
    ],
  },
  {
    key: 'failure-bet-did-not-pay-off',
    text: "Describe a bet you made, on a strategy, a hire or a direction, that didn't pay off.",
    competency: 'failure',
    kind: 'behavioural',
    level: 'senior',
    followUps: [
      'What warning signs did you miss, or choose to ignore?',
      'How long did you wait before changing course, and was that too long?',
    ],
  },
  {
    key: 'failure-underestimated-the-work',
    text: 'Tell me about a time you badly underestimated how hard something would be.',
    competency: 'failure',
    kind: 'behavioural',
    level: 'mid',
    followUps: [
      'What specifically did you underestimate?',
      'How do you estimate similar work now?',
    ],
  },
  {
    key: 'failure-personal-goal-not-reached',
    text: "Give me an example of a goal you set yourself and didn't reach.",
    competency: 'failure',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      'Why did you choose that goal in the first place?',
      'What did it teach you about how you set goals?',
    ],
  },
  {
    key: 'failure-led-blameless-review',
    text: 'Tell me about a time you led the review after something went wrong. How did you keep it from turning into a blame session?',
    competency: 'failure',
    kind: 'behavioural',
    level: 'senior',
    followUps: [
      'What did you say at the start of the review to set the tone?',
      'Which of the actions from that review were actually completed?',
    ],
  },
  {
    key: 'failure-find-own-error-after-release',
    text: 'Imagine you discover, a week after it went out, that a piece of work you delivered has an error nobody has noticed yet. What would you do?',
    competency: 'failure',
    kind: 'situational',
    level: 'any',
    followUps: [
      'Who would you tell first, and how?',
      'What would you do if fixing it meant admitting the mistake to a client?',
    ],
  },
  {
    key: 'failure-championed-project-going-to-fail',
    text: 'What would you do if you realised halfway through that a project you had championed was going to fail?',
    competency: 'failure',
    kind: 'situational',
    level: 'mid',
    followUps: [
      'How would you decide between rescuing it and stopping it?',
      'What would you say to the people who backed it because of you?',
    ],
  },
  {
    key: 'failure-struggling-in-first-month',
    text: "Imagine it's your first month in a new role and you're struggling to keep up. What would you do?",
    competency: 'failure',
    kind: 'situational',
    level: 'junior',
    followUps: [
      'Who would you go to first, and what would you ask them?',
      'How would you know whether you were getting back on track?',
    ],
  },
]

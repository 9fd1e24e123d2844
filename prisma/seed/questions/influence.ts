import type { BankQuestion } from '../question-bank.ts'

export const influenceQuestions: readonly BankQuestion[] = [
  {
    key: 'influence-changed-someones-mind',
    text: "Tell me about a time you changed someone's mind about something that mattered to them.",
    competency: 'influence',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      'What argument or evidence actually moved them?',
      "What did you try first that didn't work?",
    ],
  },
  {
    key: 'influence-another-team-without-authority',
    text: 'Describe a time you needed another team to do something for you and had no authority over them.',
    competency: 'influence',
    kind: 'behavioural',
    level: 'senior',
    followUps: [
      'What was in it for them, and how did you make that clear?',
      'How did you keep them committed once they had agreed?',
    ],
  },
  {
    key: 'influence-won-buy-in-for-idea',
    text: 'Give me an example of an idea of yours that needed buy-in from several people before it could happen.',
    competency: 'influence',
    kind: 'behavioural',
    level: 'mid',
    followUps: [
      'Who did you talk to first, and why them?',
      'How did the idea change as you gathered support?',
    ],
  },
  {
    key: 'influence-persuaded-senior-leaders',
    text: 'Tell me about a time you persuaded senior leaders to fund or back something.',
    competency: 'influence',
    kind: 'behavioural',
    level: 'senior',
    followUps: [
      'How did you tailor the pitch to that audience?',
      'Which of their questions did you not expect, and how did you answer it?',
    ],
  },
  {
    key: 'influence-failed-to-persuade',
    text: "Describe a time you tried to persuade people and didn't succeed.",
    competency: 'influence',
    kind: 'behavioural',
    level: 'mid',
    followUps: [
      "Why do you think it didn't land?",
      'What would you do differently if you tried again?',
    ],
  },
  {
    key: 'influence-reopened-decision-with-evidence',
    text: 'Give me an example of when you used data or evidence to change a decision that had already been made.',
    competency: 'influence',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      'How did you get the decision reopened?',
      "How did you present the evidence so it couldn't easily be dismissed?",
    ],
  },
  {
    key: 'influence-drove-change-beyond-own-team',
    text: 'Tell me about a change in how people work that you drove across a group larger than your own team.',
    competency: 'influence',
    kind: 'behavioural',
    level: 'senior',
    followUps: [
      'Who were your early allies, and how did you win them over?',
      'How did you know the change had stuck?',
    ],
  },
  {
    key: 'influence-sceptical-peer',
    text: "Imagine you need a sceptical peer's support for a proposal, and they've already said they think it's a bad idea. What would you do?",
    competency: 'influence',
    kind: 'situational',
    level: 'mid',
    followUps: [
      'What would you ask them before making your case?',
      'What would you do if they still said no?',
    ],
  },
  {
    key: 'influence-executive-pushing-bad-plan',
    text: 'What would you do if a senior executive was pushing a plan you were confident would fail?',
    competency: 'influence',
    kind: 'situational',
    level: 'senior',
    followUps: [
      'How would you raise it without damaging the relationship?',
      'At what point would you stop pushing back?',
    ],
  },
  {
    key: 'influence-nobody-adopts-your-tool',
    text: "Imagine you've built a tool or process that would save your team hours every week, but nobody is using it. How would you get people to adopt it?",
    competency: 'influence',
    kind: 'situational',
    level: 'any',
    followUps: [
      "How would you find out why they aren't using it?",
      'What might you change about the tool itself?',
    ],
  },
]

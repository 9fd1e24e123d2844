import type { BankQuestion } from '../question-bank.ts'

export const prioritisationQuestions: readonly BankQuestion[] = [
  {
    key: 'prioritisation-more-work-than-time',
    text: 'Tell me about a time you had more work than you could possibly do. How did you decide what to drop?',
    competency: 'prioritisation',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      'Who did you tell about the things you dropped, and how did they react?',
      'Looking back, did you drop the right things?',
    ],
  },
  {
    key: 'prioritisation-two-urgent-stakeholders',
    text: "Describe a time two stakeholders each needed something urgently from you and you couldn't do both.",
    competency: 'prioritisation',
    kind: 'behavioural',
    level: 'mid',
    followUps: [
      'What criteria did you use to choose?',
      'How did you handle the person whose request had to wait?',
    ],
  },
  {
    key: 'prioritisation-said-no-to-someone-senior',
    text: "Give me an example of a time you said no to a request from someone senior because it wasn't the right priority.",
    competency: 'prioritisation',
    kind: 'behavioural',
    level: 'senior',
    followUps: ['How did you frame the no?', 'What did you offer them instead?'],
  },
  {
    key: 'prioritisation-switched-mid-stream',
    text: 'Tell me about a time you had to change priorities in the middle of a piece of work.',
    competency: 'prioritisation',
    kind: 'behavioural',
    level: 'mid',
    followUps: [
      'What did you do with the half-finished work?',
      'How did you explain the switch to the people it affected?',
    ],
  },
  {
    key: 'prioritisation-plan-with-more-demand-than-capacity',
    text: 'Describe how you decided what went into a plan or roadmap when there was far more demand than capacity.',
    competency: 'prioritisation',
    kind: 'behavioural',
    level: 'senior',
    followUps: [
      'What was the hardest item to cut, and why did you cut it?',
      'How did you check afterwards that what you chose delivered the value you expected?',
    ],
  },
  {
    key: 'prioritisation-week-of-deadlines',
    text: 'Give me an example of a week when you had several deadlines at once. How did you organise yourself?',
    competency: 'prioritisation',
    kind: 'behavioural',
    level: 'junior',
    followUps: [
      'What did you do first, and why that?',
      'Did anything slip, and how did you handle it?',
    ],
  },
  {
    key: 'prioritisation-important-not-urgent',
    text: 'Tell me about something important but not urgent that you made time for, even though urgent things kept crowding it out.',
    competency: 'prioritisation',
    kind: 'behavioural',
    level: 'any',
    followUps: ['How did you protect the time for it?', 'What difference did it make in the end?'],
  },
  {
    key: 'prioritisation-three-top-priorities',
    text: "Imagine it's Monday morning and three different people each tell you their request is your top priority. What would you do?",
    competency: 'prioritisation',
    kind: 'situational',
    level: 'any',
    followUps: [
      'What questions would you ask each of them?',
      'What would you do if all three were more senior than you?',
    ],
  },
  {
    key: 'prioritisation-new-project-at-full-capacity',
    text: 'What would you do if your manager handed you a new project when you were already at full capacity?',
    competency: 'prioritisation',
    kind: 'situational',
    level: 'mid',
    followUps: [
      'What would you say to your manager in that conversation?',
      'What would you propose to pause or drop?',
    ],
  },
  {
    key: 'prioritisation-capacity-halved',
    text: "Imagine your team's budget or headcount is cut in half for next quarter. How would you decide what to keep doing?",
    competency: 'prioritisation',
    kind: 'situational',
    level: 'senior',
    followUps: [
      'Who would you involve in that decision?',
      'How would you tell people what is stopping?',
    ],
  },
  {
    key: 'prioritisation-rank-unranked-backlog',
    text: 'Walk me through how you would prioritise a backlog of fifty requests that nobody has ever ranked.',
    competency: 'prioritisation',
    kind: 'technical',
    level: 'mid',
    followUps: [
      'What data would you ask for, and what would you do without it?',
      'How would you handle an item that ranks low but that a senior person insists on?',
    ],
  },
]

import type { BankQuestion } from '../question-bank.ts'

export const conflictQuestions: readonly BankQuestion[] = [
  {
    key: 'conflict-disagreed-with-manager',
    text: 'Tell me about a time you disagreed with your manager. How did you handle it?',
    competency: 'conflict',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      'What did you personally say to them?',
      'Looking back, were you right, and how do you know?',
    ],
  },
  {
    key: 'conflict-two-colleagues-at-odds',
    text: 'Describe a situation where two colleagues were in conflict and it was affecting the work. What did you do?',
    competency: 'conflict',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      'How did you hear each side without appearing to take sides?',
      'What was different about how they worked together afterwards?',
    ],
  },
  {
    key: 'conflict-difficult-stakeholder',
    text: 'Give me an example of working with a stakeholder who was genuinely difficult to deal with.',
    competency: 'conflict',
    kind: 'behavioural',
    level: 'mid',
    followUps: [
      'What do you think was driving their behaviour?',
      'What did you change in your own approach to them?',
    ],
  },
  {
    key: 'conflict-criticised-in-public',
    text: 'Tell me about a time someone criticised your work in front of others. How did you respond?',
    competency: 'conflict',
    kind: 'behavioural',
    level: 'mid',
    followUps: [
      'What did you say in the moment?',
      'Did you follow up with them privately, and what came of it?',
    ],
  },
  {
    key: 'conflict-teams-disputed-ownership',
    text: 'Describe a time two teams disagreed about who should own a piece of work, and you had to help resolve it.',
    competency: 'conflict',
    kind: 'behavioural',
    level: 'senior',
    followUps: [
      'What options did you put on the table?',
      'How did you make sure the side that lost still committed to the outcome?',
    ],
  },
  {
    key: 'conflict-disagreed-and-committed',
    text: 'Tell me about a time you argued against a decision, lost the argument, and still had to carry it out.',
    competency: 'conflict',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      "How did you make sure your disagreement didn't show in the work?",
      'How did the decision turn out in the end?',
    ],
  },
  {
    key: 'conflict-teammate-not-pulling-weight',
    text: "Give me an example of a time someone you worked with wasn't pulling their weight. What did you do?",
    competency: 'conflict',
    kind: 'behavioural',
    level: 'junior',
    followUps: [
      'How did you raise it with them, and what did they say?',
      'At what point, if any, did you involve someone else?',
    ],
  },
  {
    key: 'conflict-calmed-heated-meeting',
    text: 'Describe a meeting that became heated. What did you do in the room?',
    competency: 'conflict',
    kind: 'behavioural',
    level: 'senior',
    followUps: [
      'What exactly did you say or do that changed the temperature?',
      'What did you do after the meeting to settle things?',
    ],
  },
  {
    key: 'conflict-colleague-takes-credit',
    text: 'Imagine a colleague presents work you did as their own in a meeting with senior people. What would you do?',
    competency: 'conflict',
    kind: 'situational',
    level: 'any',
    followUps: [
      'Would you say something in the meeting or afterwards, and why?',
      'What would you say to them, word for word?',
    ],
  },
  {
    key: 'conflict-two-people-refuse-to-cooperate',
    text: 'What would you do if two people you depend on refused to work together on a task that needs both of them?',
    competency: 'conflict',
    kind: 'situational',
    level: 'mid',
    followUps: [
      'Who would you talk to first, and what would you ask?',
      'What would you do if talking to them changed nothing?',
    ],
  },
  {
    key: 'conflict-angry-client-blames-team',
    text: 'Imagine a senior client is furious with your team over a missed deadline, and your team believes the client caused the delay. How would you handle the next conversation?',
    competency: 'conflict',
    kind: 'situational',
    level: 'senior',
    followUps: [
      'What would you say in the first two minutes?',
      'How would you back your team without making the client feel dismissed?',
    ],
  },
]

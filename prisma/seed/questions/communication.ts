import type { BankQuestion } from '../question-bank.ts'

export const communicationQuestions: readonly BankQuestion[] = [
  {
    key: 'communication-explained-complex-idea',
    text: 'Tell me about a time you had to explain something complex to someone without your background.',
    competency: 'communication',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      'How did you check they had actually understood?',
      'What analogy or example did you use?',
    ],
  },
  {
    key: 'communication-misunderstanding-caused-problem',
    text: 'Describe a time a misunderstanding caused a problem. What part did your own communication play?',
    competency: 'communication',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      'When did you realise there had been a misunderstanding?',
      'What do you do now to prevent the same thing happening?',
    ],
  },
  {
    key: 'communication-delivered-bad-news',
    text: "Give me an example of delivering bad news to someone who wasn't expecting it.",
    competency: 'communication',
    kind: 'behavioural',
    level: 'mid',
    followUps: [
      'How did you open the conversation?',
      'How did they react, and how did you respond?',
    ],
  },
  {
    key: 'communication-writing-changed-outcome',
    text: 'Tell me about something you wrote, such as a proposal, a report or an email, that changed an outcome.',
    competency: 'communication',
    kind: 'behavioural',
    level: 'mid',
    followUps: [
      'How did you structure it, and why that way?',
      'Who did you ask to review it before you sent it?',
    ],
  },
  {
    key: 'communication-presented-to-senior-audience',
    text: 'Describe a time you presented to a large or senior audience. How did you prepare?',
    competency: 'communication',
    kind: 'behavioural',
    level: 'senior',
    followUps: [
      'What was the one message you wanted them to leave with?',
      'What would you change about how you delivered it?',
    ],
  },
  {
    key: 'communication-got-clarity-on-task',
    text: "Tell me about a time you weren't sure what you had been asked to do. How did you get clarity?",
    competency: 'communication',
    kind: 'behavioural',
    level: 'junior',
    followUps: ['What exactly did you ask?', 'What would have happened if you had just guessed?'],
  },
  {
    key: 'communication-listening-changed-action',
    text: 'Give me an example of a time when listening carefully to someone changed what you did next.',
    competency: 'communication',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      'What did they say that you might easily have missed?',
      'How did you show them you had heard them?',
    ],
  },
  {
    key: 'communication-tell-client-about-delay',
    text: 'Imagine you have to tell a client their project will be a month late, and they have a launch planned. How would you approach the conversation?',
    competency: 'communication',
    kind: 'situational',
    level: 'any',
    followUps: [
      'What would you have prepared before the conversation?',
      'What would you say if they asked whose fault it was?',
    ],
  },
  {
    key: 'communication-email-read-as-critical',
    text: 'What would you do if an email you sent to a wide group was read as far more critical than you meant it?',
    competency: 'communication',
    kind: 'situational',
    level: 'mid',
    followUps: [
      'Would you reply to everyone, talk to people one by one, or both?',
      'What would you change about how you write messages like that?',
    ],
  },
  {
    key: 'communication-status-update-bad-project',
    text: 'Walk me through how you would write a weekly update on a project that is going badly, for readers who only have two minutes.',
    competency: 'communication',
    kind: 'technical',
    level: 'mid',
    followUps: [
      'What would go in the first line?',
      'How would you show the risk without causing panic?',
    ],
  },
]

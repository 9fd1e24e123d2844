import type { BankQuestion } from '../question-bank.ts'

export const mentoringQuestions: readonly BankQuestion[] = [
  {
    key: 'mentoring-helped-someone-grow',
    text: 'Tell me about someone you helped grow in their role. What did you do?',
    competency: 'mentoring',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      'How did you work out what they needed from you?',
      "What could they do at the end that they couldn't do at the start?",
    ],
  },
  {
    key: 'mentoring-gave-difficult-feedback',
    text: 'Describe a time you gave someone difficult feedback about their work.',
    competency: 'mentoring',
    kind: 'behavioural',
    level: 'mid',
    followUps: [
      'How did you phrase the hardest part?',
      'What did they do with the feedback afterwards?',
    ],
  },
  {
    key: 'mentoring-onboarded-new-joiner',
    text: 'Give me an example of how you helped a new joiner become productive.',
    competency: 'mentoring',
    kind: 'behavioural',
    level: 'mid',
    followUps: [
      'What did you do in their first week?',
      'How did you know when they no longer needed you?',
    ],
  },
  {
    key: 'mentoring-coached-into-leadership',
    text: 'Tell me about someone you coached into a leadership role.',
    competency: 'mentoring',
    kind: 'behavioural',
    level: 'senior',
    followUps: [
      'What did you let them struggle with rather than fix for them?',
      'How did you hand over responsibility in stages?',
    ],
  },
  {
    key: 'mentoring-mentee-not-progressing',
    text: "Describe a time someone you were mentoring wasn't making progress.",
    competency: 'mentoring',
    kind: 'behavioural',
    level: 'senior',
    followUps: ['What did you change in your own approach?', 'How did it end?'],
  },
  {
    key: 'mentoring-taught-a-peer',
    text: 'Give me an example of a time you taught a colleague or classmate something you knew well.',
    competency: 'mentoring',
    kind: 'behavioural',
    level: 'junior',
    followUps: [
      'How did you adjust your explanation for them?',
      'How did you check they could do it on their own?',
    ],
  },
  {
    key: 'mentoring-learned-from-mentee',
    text: 'Tell me about something you learned from a person you were mentoring or supporting.',
    competency: 'mentoring',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      'How did it change the way you work?',
      'Did you tell them, and how did they react?',
    ],
  },
  {
    key: 'mentoring-junior-afraid-to-ask',
    text: 'Imagine a junior colleague keeps getting stuck for days without asking for help. What would you do?',
    competency: 'mentoring',
    kind: 'situational',
    level: 'mid',
    followUps: [
      'What would you say to them the first time you raised it?',
      'What would you change in how the team works so that asking feels easier?',
    ],
  },
  {
    key: 'mentoring-strong-performer-plateaued',
    text: 'What would you do if one of your strongest people seemed to have stopped growing?',
    competency: 'mentoring',
    kind: 'situational',
    level: 'senior',
    followUps: [
      'How would you find out what was behind it?',
      'What stretch would you offer them, and how would you support them through it?',
    ],
  },
  {
    key: 'mentoring-asked-to-mentor-when-busy',
    text: "Imagine you're asked to mentor a new colleague during your busiest month of the year. How would you handle it?",
    competency: 'mentoring',
    kind: 'situational',
    level: 'any',
    followUps: [
      'What would you agree with them at the start?',
      'What would you do if you realised you were letting them down?',
    ],
  },
  {
    key: 'mentoring-review-that-teaches',
    text: "Walk me through how you review someone's work, whether code, writing or designs, so that they learn from it rather than just fix it.",
    competency: 'mentoring',
    kind: 'technical',
    level: 'mid',
    followUps: [
      'How do you decide which comments to leave out?',
      'How do you tell whether your reviews are actually helping them improve?',
    ],
  },
]

import type { BankQuestion } from '../question-bank.ts'

export const ambiguityQuestions: readonly BankQuestion[] = [
  {
    key: 'ambiguity-goal-without-detail',
    text: 'Tell me about a time you were given a goal with almost no detail about how to reach it.',
    competency: 'ambiguity',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      'What did you do in the first few days to make it concrete?',
      'Which of your early assumptions did you have to revisit later?',
    ],
  },
  {
    key: 'ambiguity-requirements-kept-changing',
    text: 'Describe a project where the requirements kept changing. How did you keep making progress?',
    competency: 'ambiguity',
    kind: 'behavioural',
    level: 'mid',
    followUps: [
      'How did you decide which parts were stable enough to build on?',
      'How did you work with the people who kept changing the requirements?',
    ],
  },
  {
    key: 'ambiguity-defined-success-for-new-area',
    text: 'Give me an example of a time you shaped a brand-new area of work where nobody had defined what success looked like.',
    competency: 'ambiguity',
    kind: 'behavioural',
    level: 'senior',
    followUps: [
      'How did you define success, and who had to agree to it?',
      'What did you get wrong in that first definition?',
    ],
  },
  {
    key: 'ambiguity-started-with-open-questions',
    text: 'Tell me about a time you had to start work while key questions were still unanswered.',
    competency: 'ambiguity',
    kind: 'behavioural',
    level: 'mid',
    followUps: [
      "How did you structure the work so that early effort wouldn't be wasted?",
      'How did you keep track of the open questions?',
    ],
  },
  {
    key: 'ambiguity-vague-first-assignment',
    text: 'Describe a time you were given a vague task early in a job or course. What did you do?',
    competency: 'ambiguity',
    kind: 'behavioural',
    level: 'junior',
    followUps: [
      'Did you ask questions, make assumptions, or both?',
      'How did your result compare with what was actually wanted?',
    ],
  },
  {
    key: 'ambiguity-conflicting-direction',
    text: 'Give me an example of when two people gave you conflicting directions and you had to decide what to do.',
    competency: 'ambiguity',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      'Did you bring them together, and if so how?',
      'What did you work on while you waited for them to agree?',
    ],
  },
  {
    key: 'ambiguity-little-structure',
    text: 'Tell me about working somewhere with very little structure or process. How did you make it work for you?',
    competency: 'ambiguity',
    kind: 'behavioural',
    level: 'senior',
    followUps: [
      'What is one piece of structure you introduced, and why that one?',
      'What did you deliberately leave unstructured?',
    ],
  },
  {
    key: 'ambiguity-manager-leaves-on-day-two',
    text: 'Imagine you start a new role and, on your second day, your manager goes on leave for a month with no handover. What would you do?',
    competency: 'ambiguity',
    kind: 'situational',
    level: 'any',
    followUps: [
      'How would you find out what matters most?',
      'What would you decide on your own, and what would you wait on?',
    ],
  },
  {
    key: 'ambiguity-one-line-request',
    text: 'What would you do if a senior leader sent you a one-line request such as "Can we make onboarding better?" and then became unavailable?',
    competency: 'ambiguity',
    kind: 'situational',
    level: 'mid',
    followUps: [
      'How would you narrow it down to something you could deliver?',
      'What would you show them when they were back?',
    ],
  },
  {
    key: 'ambiguity-plan-before-direction-is-set',
    text: "Imagine you have to plan the next six months for your team, but the company's direction will only be decided in three. How would you plan?",
    competency: 'ambiguity',
    kind: 'situational',
    level: 'senior',
    followUps: [
      'What would you commit to now, and what would you hold back?',
      'How would you explain the uncertainty to your team?',
    ],
  },
]

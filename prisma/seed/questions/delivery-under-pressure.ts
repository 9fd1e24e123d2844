import type { BankQuestion } from '../question-bank.ts'

export const deliveryUnderPressureQuestions: readonly BankQuestion[] = [
  {
    key: 'delivery-under-pressure-very-tight-deadline',
    text: 'Tell me about a time you delivered something important on a very tight deadline.',
    competency: 'delivery-under-pressure',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      'What did you cut or simplify to make it?',
      'What did the pressure cost you or the team, and was it worth it?',
    ],
  },
  {
    key: 'delivery-under-pressure-fixed-something-fast',
    text: 'Describe a time something broke or went badly wrong and you had to fix it fast.',
    competency: 'delivery-under-pressure',
    kind: 'behavioural',
    level: 'mid',
    followUps: [
      'What were your first three actions?',
      'How did you keep people informed while you worked on it?',
    ],
  },
  {
    key: 'delivery-under-pressure-rescued-late-project',
    text: 'Give me an example of a late or failing project that you helped get back on track.',
    competency: 'delivery-under-pressure',
    kind: 'behavioural',
    level: 'senior',
    followUps: [
      'How did you work out what was really causing the delay?',
      'What did you change in the plan, and what did you leave alone?',
    ],
  },
  {
    key: 'delivery-under-pressure-stayed-calm',
    text: 'Tell me about a time you had to stay calm while the people around you were panicking.',
    competency: 'delivery-under-pressure',
    kind: 'behavioural',
    level: 'any',
    followUps: ['What did you do to keep yourself steady?', 'What did you say to the others?'],
  },
  {
    key: 'delivery-under-pressure-quality-versus-speed',
    text: 'Describe a time you had to choose between delivering on time and delivering at the quality you wanted.',
    competency: 'delivery-under-pressure',
    kind: 'behavioural',
    level: 'mid',
    followUps: [
      'How did you decide where the quality line was?',
      'What did you do afterwards about the shortcuts you took?',
    ],
  },
  {
    key: 'delivery-under-pressure-early-career-pressure',
    text: 'Give me an example of a time early in your career or studies when you were under real pressure. How did you cope?',
    competency: 'delivery-under-pressure',
    kind: 'behavioural',
    level: 'junior',
    followUps: [
      "What helped you most, and what didn't help at all?",
      'What do you do differently under pressure now?',
    ],
  },
  {
    key: 'delivery-under-pressure-shielded-team',
    text: 'Tell me about a time you shielded your team from pressure so that they could deliver.',
    competency: 'delivery-under-pressure',
    kind: 'behavioural',
    level: 'senior',
    followUps: [
      'What did you take on yourself?',
      "How did you make sure you weren't hiding real problems from leadership?",
    ],
  },
  {
    key: 'delivery-under-pressure-deadline-moved-forward',
    text: 'Imagine the deadline for your project is suddenly moved forward by two weeks. What would you do?',
    competency: 'delivery-under-pressure',
    kind: 'situational',
    level: 'any',
    followUps: [
      'What would you ask before accepting the new date?',
      'What would you propose to cut?',
    ],
  },
  {
    key: 'delivery-under-pressure-problem-before-go-live',
    text: 'What would you do if a serious problem turned up on launch day, an hour before going live?',
    competency: 'delivery-under-pressure',
    kind: 'situational',
    level: 'mid',
    followUps: [
      'What would you need to know before deciding whether to delay?',
      'Who would you tell, and in what order?',
    ],
  },
  {
    key: 'delivery-under-pressure-plan-final-crunch',
    text: "Walk me through how you would plan the last two weeks before a hard deadline when the remaining work clearly won't all fit.",
    competency: 'delivery-under-pressure',
    kind: 'technical',
    level: 'senior',
    followUps: [
      'How would you decide what goes on the must-have list?',
      'How would you track progress day to day?',
    ],
  },
]

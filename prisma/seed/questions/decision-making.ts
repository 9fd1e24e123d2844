import type { BankQuestion } from '../question-bank.ts'

export const decisionMakingQuestions: readonly BankQuestion[] = [
  {
    key: 'decision-making-incomplete-information',
    text: 'Tell me about a decision you had to make with incomplete information.',
    competency: 'decision-making',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      "What information did you wish you had, and why couldn't you get it?",
      'How did you limit the damage in case you turned out to be wrong?',
    ],
  },
  {
    key: 'decision-making-difficult-trade-off',
    text: 'Describe a difficult trade-off you made. What did you give up?',
    competency: 'decision-making',
    kind: 'behavioural',
    level: 'mid',
    followUps: [
      'What options did you consider?',
      'How did you check afterwards that it was the right trade-off?',
    ],
  },
  {
    key: 'decision-making-reversed-own-decision',
    text: 'Give me an example of a decision you made and later reversed.',
    competency: 'decision-making',
    kind: 'behavioural',
    level: 'senior',
    followUps: [
      'What made you change your mind?',
      'How did you explain the reversal to the people it affected?',
    ],
  },
  {
    key: 'decision-making-decided-very-quickly',
    text: 'Tell me about a time you had to make an important decision very quickly.',
    competency: 'decision-making',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      'What did you base it on in the moment?',
      'Would more time have changed your decision?',
    ],
  },
  {
    key: 'decision-making-went-against-the-room',
    text: 'Describe a decision you made that most of the people around you disagreed with.',
    competency: 'decision-making',
    kind: 'behavioural',
    level: 'senior',
    followUps: ["What did you know or believe that they didn't?", 'How did it turn out?'],
  },
  {
    key: 'decision-making-who-to-involve',
    text: 'Give me an example of a decision where you deliberately involved other people, and one where you decided alone. How did you choose which approach to take?',
    competency: 'decision-making',
    kind: 'behavioural',
    level: 'mid',
    followUps: [
      'What would have gone wrong if you had decided the first one alone?',
      'How did people react to the decision you made alone?',
    ],
  },
  {
    key: 'decision-making-two-good-options',
    text: 'Tell me about a time you had to choose between two good options. How did you decide?',
    competency: 'decision-making',
    kind: 'behavioural',
    level: 'junior',
    followUps: [
      'What made the deciding difference?',
      "How do you feel now about the option you didn't choose?",
    ],
  },
  {
    key: 'decision-making-data-against-instinct',
    text: 'Imagine the data points one way and your experience tells you the opposite. How would you decide?',
    competency: 'decision-making',
    kind: 'situational',
    level: 'any',
    followUps: [
      'What would you do to test your instinct?',
      'Who would you bring in to help you decide?',
    ],
  },
  {
    key: 'decision-making-irreversible-split-team',
    text: "What would you do if you had to make a decision that couldn't be undone by the end of the day, and your team was split down the middle?",
    competency: 'decision-making',
    kind: 'situational',
    level: 'senior',
    followUps: [
      'How would you use the hours you had?',
      'How would you bring the team back together once you had decided?',
    ],
  },
  {
    key: 'decision-making-evaluate-vendors',
    text: 'Walk me through how you would choose between three vendors or tools for something your team needs.',
    competency: 'decision-making',
    kind: 'technical',
    level: 'mid',
    followUps: [
      'Which criteria would you weight most heavily, and why?',
      'How would you avoid being swayed by the best sales pitch?',
    ],
  },
]

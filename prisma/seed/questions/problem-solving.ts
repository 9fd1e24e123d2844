import type { BankQuestion } from '../question-bank.ts'

export const problemSolvingQuestions: readonly BankQuestion[] = [
  {
    key: 'problem-solving-debug-production-outage',
    text: 'Walk me through how you would debug a production outage with no obvious cause.',
    competency: 'problem-solving',
    kind: 'technical',
    level: 'mid',
    followUps: [
      'What would you check in the first five minutes?',
      'How would you decide between rolling back and fixing forward?',
    ],
  },
  {
    key: 'problem-solving-hardest-problem-solved',
    text: "Tell me about the hardest problem you've solved in the last couple of years.",
    competency: 'problem-solving',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      "What did you try that didn't work?",
      'How did you know you had found the real cause and not just a symptom?',
    ],
  },
  {
    key: 'problem-solving-found-missed-root-cause',
    text: 'Describe a time you dug into a recurring problem and found a root cause that others had missed.',
    competency: 'problem-solving',
    kind: 'behavioural',
    level: 'mid',
    followUps: [
      'What made you suspect there was a deeper cause?',
      'How did you prove it to the others?',
    ],
  },
  {
    key: 'problem-solving-obvious-approach-unavailable',
    text: "Give me an example of a creative solution you found when the obvious approach wasn't available.",
    competency: 'problem-solving',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      'What ruled out the obvious approach?',
      'What ideas did you consider and reject before landing on your solution?',
    ],
  },
  {
    key: 'problem-solving-got-unstuck',
    text: 'Tell me about a time you were completely stuck on a problem. How did you get unstuck?',
    competency: 'problem-solving',
    kind: 'behavioural',
    level: 'junior',
    followUps: [
      'How long did you try on your own before asking for help?',
      "What do you do now when you first notice you're stuck?",
    ],
  },
  {
    key: 'problem-solving-simplified-complex-thing',
    text: 'Describe a time you simplified something, a process, a system or a product, that others had accepted as necessarily complicated.',
    competency: 'problem-solving',
    kind: 'behavioural',
    level: 'senior',
    followUps: [
      'How did you work out which parts of the complexity were unnecessary?',
      'What did you have to convince people of before you could remove them?',
    ],
  },
  {
    key: 'problem-solving-solved-with-data',
    text: 'Give me an example of a problem you solved mainly by analysing data.',
    competency: 'problem-solving',
    kind: 'behavioural',
    level: 'mid',
    followUps: [
      'How did you check the data could be trusted?',
      "What did the data show you that intuition alone wouldn't have?",
    ],
  },
  {
    key: 'problem-solving-key-number-dropped',
    text: 'Imagine a key number your team tracks, such as sign-ups, sales or tickets closed, dropped by 30% overnight. How would you work out why?',
    competency: 'problem-solving',
    kind: 'situational',
    level: 'any',
    followUps: [
      'What would you rule out first?',
      'Who would you talk to, and what would you ask them?',
    ],
  },
  {
    key: 'problem-solving-experts-disagree',
    text: 'What would you do if two experts gave you opposite diagnoses of the same problem?',
    competency: 'problem-solving',
    kind: 'situational',
    level: 'mid',
    followUps: [
      'How would you test which of them is right?',
      "What would you do if you couldn't tell before you had to act?",
    ],
  },
  {
    key: 'problem-solving-unfamiliar-problem',
    text: "How do you break down a problem you've never seen before, when you don't know where to start? Use an example from your own field.",
    competency: 'problem-solving',
    kind: 'technical',
    level: 'senior',
    followUps: [
      'How do you decide which part to tackle first?',
      'How do you know when you understand enough to commit to a solution?',
    ],
  },
  {
    key: 'problem-solving-process-got-slow',
    text: 'Walk me through how you would find out why a process that used to take an hour now takes a whole day.',
    competency: 'problem-solving',
    kind: 'technical',
    level: 'any',
    followUps: [
      'What would you measure first?',
      'How would you confirm that your fix addressed the cause?',
    ],
  },
]

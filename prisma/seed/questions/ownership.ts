import type { BankQuestion } from '../question-bank.ts'

export const ownershipQuestions: readonly BankQuestion[] = [
  {
    key: 'ownership-fixed-problem-not-yours',
    text: "Tell me about a time you fixed a problem that wasn't strictly your responsibility.",
    competency: 'ownership',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      "Why didn't you just flag it to whoever owned it and move on?",
      'What did the people who did own it say?',
    ],
  },
  {
    key: 'ownership-saw-project-through',
    text: 'Describe a project you owned from start to finish. What was the hardest part to see through?',
    competency: 'ownership',
    kind: 'behavioural',
    level: 'mid',
    followUps: [
      "At what point were you most tempted to hand it off, and why didn't you?",
      'How did you know it was actually finished?',
    ],
  },
  {
    key: 'ownership-went-beyond-the-brief',
    text: "Tell me about a time you went beyond what you were asked to do because you could see the original brief wouldn't solve the real problem.",
    competency: 'ownership',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      'How did you check that the extra work was actually wanted?',
      'What did it cost you in time or other work, and was it worth it?',
    ],
  },
  {
    key: 'ownership-fixed-long-standing-problem',
    text: 'Describe a long-standing problem that everyone around you complained about but nobody fixed, until you did.',
    competency: 'ownership',
    kind: 'behavioural',
    level: 'senior',
    followUps: [
      'Why do you think nobody had fixed it before?',
      'How did you get the time and support to take it on?',
    ],
  },
  {
    key: 'ownership-commitment-harder-than-expected',
    text: 'Tell me about a time you made a commitment to someone and then realised it would be much harder to keep than you thought.',
    competency: 'ownership',
    kind: 'behavioural',
    level: 'junior',
    followUps: [
      'When did you tell them, and what did you say?',
      'What did you do to keep the commitment, or to make up for not keeping it?',
    ],
  },
  {
    key: 'ownership-improved-process-unasked',
    text: 'Give me an example of a process you improved without being asked to.',
    competency: 'ownership',
    kind: 'behavioural',
    level: 'mid',
    followUps: [
      'How did you measure that the change worked?',
      'Who did you need to convince before you could change it?',
    ],
  },
  {
    key: 'ownership-outcome-depended-on-others',
    text: "Tell me about a time you were accountable for an outcome that depended on people who didn't report to you.",
    competency: 'ownership',
    kind: 'behavioural',
    level: 'senior',
    followUps: [
      'What did you do when one of them fell behind?',
      'How did you keep track of their progress without micromanaging them?',
    ],
  },
  {
    key: 'ownership-spot-error-in-colleagues-work',
    text: 'Imagine you spot a serious error in a piece of work a colleague on another team has already shipped, and nobody else seems to have noticed. What would you do?',
    competency: 'ownership',
    kind: 'situational',
    level: 'any',
    followUps: [
      'Would you fix it yourself, tell them, or both, and why?',
      "What would you do if they didn't respond for a couple of days?",
    ],
  },
  {
    key: 'ownership-inherit-neglected-system',
    text: 'What would you do if you inherited a system or process that everyone depends on but nobody has looked after for a year?',
    competency: 'ownership',
    kind: 'situational',
    level: 'mid',
    followUps: [
      'What would you look at first to judge how risky it is?',
      'How would you make the case for time to fix it?',
    ],
  },
  {
    key: 'ownership-spec-was-wrong',
    text: "Imagine you've finished a task exactly as specified, but you now think the specification itself was wrong. What would you do?",
    competency: 'ownership',
    kind: 'situational',
    level: 'junior',
    followUps: [
      'Who would you raise it with, and how?',
      'What would you do if they told you to ship it as specified anyway?',
    ],
  },
  {
    key: 'ownership-handover-that-keeps-running',
    text: "Walk me through what you would put in place before handing over something you've owned, so that it keeps running well without you.",
    competency: 'ownership',
    kind: 'technical',
    level: 'mid',
    followUps: [
      'Which of those have you actually done in a real handover?',
      'How would you check, a month later, that the handover had worked?',
    ],
  },
]

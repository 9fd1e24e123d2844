import type { BankQuestion } from '../question-bank.ts'

export const leadershipQuestions: readonly BankQuestion[] = [
  {
    key: 'leadership-took-over-struggling-team',
    text: 'Tell me about a time you took over a team that was struggling. What did you change first, and why that?',
    competency: 'leadership',
    kind: 'behavioural',
    level: 'senior',
    followUps: [
      'How did the team react to that first change?',
      'A few months in, what told you that things had actually improved?',
    ],
  },
  {
    key: 'leadership-led-without-title',
    text: 'Describe a time you led a piece of work without any formal authority over the people doing it.',
    competency: 'leadership',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      "Why did people follow your lead rather than someone else's?",
      'Where did you meet resistance, and what did you do about it?',
    ],
  },
  {
    key: 'leadership-set-direction-divided-group',
    text: "Give me an example of when you had to set the direction for a group that didn't agree on what the goal was.",
    competency: 'leadership',
    kind: 'behavioural',
    level: 'mid',
    followUps: [
      'How did you decide which view to back?',
      "What did you say to the people whose view you didn't take?",
    ],
  },
  {
    key: 'leadership-underperformer',
    text: 'Tell me about a time someone on your team was underperforming. How did you handle it?',
    competency: 'leadership',
    kind: 'behavioural',
    level: 'senior',
    followUps: [
      'How did the first conversation with them go, in your own words?',
      'What happened in the end, and would you handle it the same way again?',
    ],
  },
  {
    key: 'leadership-unpopular-decision',
    text: 'Describe a decision you made as a leader that was unpopular with your team.',
    competency: 'leadership',
    kind: 'behavioural',
    level: 'senior',
    followUps: [
      'How did you explain the decision to them?',
      'What did you do to keep their trust afterwards?',
    ],
  },
  {
    key: 'leadership-lifted-low-morale',
    text: "Tell me about a time your team's morale was low. What did you do to turn it around?",
    competency: 'leadership',
    kind: 'behavioural',
    level: 'mid',
    followUps: [
      'How did you find out what was really behind the low morale?',
      'What changed in how the team worked afterwards?',
    ],
  },
  {
    key: 'leadership-stepped-up-when-nobody-did',
    text: 'Give me an example of a time you stepped up to lead when nobody else did, at work, in your studies or elsewhere.',
    competency: 'leadership',
    kind: 'behavioural',
    level: 'junior',
    followUps: [
      'What made you decide to step in?',
      'How did the others respond to you taking charge?',
    ],
  },
  {
    key: 'leadership-delegated-and-it-went-wrong',
    text: "Tell me about a time you delegated something important and it didn't go the way you expected.",
    competency: 'leadership',
    kind: 'behavioural',
    level: 'mid',
    followUps: [
      'How did you decide who to hand it to?',
      'When you saw it going off course, did you step in or let them recover, and why?',
    ],
  },
  {
    key: 'leadership-inherit-team-split-in-two',
    text: "Imagine you've just joined as the lead of a team that has split into two camps over how the work should be done. What would you do in your first month?",
    competency: 'leadership',
    kind: 'situational',
    level: 'mid',
    followUps: [
      'Who would you talk to first, and what would you ask them?',
      'How would you know the split was healing?',
    ],
  },
  {
    key: 'leadership-key-person-resigns-before-launch',
    text: 'What would you do if your most experienced team member resigned three weeks before a major launch?',
    competency: 'leadership',
    kind: 'situational',
    level: 'senior',
    followUps: [
      'What would you tell the others on the team, and when?',
      "What would you change so that one departure couldn't put a launch at risk again?",
    ],
  },
  {
    key: 'leadership-team-will-miss-commitment',
    text: 'Imagine your team is about to miss a commitment you made on its behalf to senior leadership. How would you handle it?',
    competency: 'leadership',
    kind: 'situational',
    level: 'any',
    followUps: [
      'When would you tell leadership, and what would you say?',
      'How would you stand up for the team while still being honest about the miss?',
    ],
  },
]

import type { BankQuestion } from '../question-bank.ts'

export const teamworkQuestions: readonly BankQuestion[] = [
  {
    key: 'teamwork-best-team-contribution',
    text: "Tell me about the best team you've worked in. What was your own contribution to making it work?",
    competency: 'teamwork',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      'What did you do that someone else on the team might not have done?',
      'What have you tried to recreate from that team since?',
    ],
  },
  {
    key: 'teamwork-helped-struggling-teammate',
    text: "Describe a time you helped a teammate who was struggling, even though it wasn't your job.",
    competency: 'teamwork',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      'How did you offer help without undermining them?',
      'What did it cost your own work?',
    ],
  },
  {
    key: 'teamwork-different-discipline',
    text: 'Give me an example of a project where you worked closely with people from a very different discipline.',
    competency: 'teamwork',
    kind: 'behavioural',
    level: 'mid',
    followUps: [
      'What did you have to learn about how they work?',
      'Where did your ways of working clash, and how did you resolve it?',
    ],
  },
  {
    key: 'teamwork-team-goal-over-own',
    text: "Tell me about a time you put the team's goals ahead of your own.",
    competency: 'teamwork',
    kind: 'behavioural',
    level: 'mid',
    followUps: ['What did you give up?', 'Would you make the same choice again?'],
  },
  {
    key: 'teamwork-unclear-roles',
    text: "Describe a team project where roles weren't clear at the start. How did the team sort it out?",
    competency: 'teamwork',
    kind: 'behavioural',
    level: 'junior',
    followUps: [
      'Which role did you end up taking, and how did that happen?',
      'What would you do earlier next time?',
    ],
  },
  {
    key: 'teamwork-remote-team-cohesion',
    text: 'Give me an example of how you helped a distributed or remote team work well together.',
    competency: 'teamwork',
    kind: 'behavioural',
    level: 'senior',
    followUps: [
      'What specific practice did you introduce, and why that one?',
      'How did you notice when someone was becoming isolated?',
    ],
  },
  {
    key: 'teamwork-different-working-style',
    text: 'Tell me about a time you had to work with a colleague whose working style was very different from yours.',
    competency: 'teamwork',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      'What did you change about how you worked?',
      'What, if anything, did you ask them to change?',
    ],
  },
  {
    key: 'teamwork-join-close-knit-team',
    text: 'Imagine you join a team that has been together for years and is slow to accept newcomers. What would you do in your first few weeks?',
    competency: 'teamwork',
    kind: 'situational',
    level: 'any',
    followUps: ['How would you earn their trust early on?', 'What would you be careful not to do?'],
  },
  {
    key: 'teamwork-teammate-misses-handoffs',
    text: 'What would you do if a teammate kept missing handoffs that your work depended on?',
    competency: 'teamwork',
    kind: 'situational',
    level: 'mid',
    followUps: [
      'How would you raise it with them the first time?',
      'What would you change about the handoff itself?',
    ],
  },
  {
    key: 'teamwork-disagree-with-team-approach',
    text: 'Imagine your team has agreed on an approach you think is wrong, and the work starts tomorrow. What would you do?',
    competency: 'teamwork',
    kind: 'situational',
    level: 'junior',
    followUps: [
      'Would you raise it again, and if so how?',
      'How would you approach the work if the team kept its decision?',
    ],
  },
]

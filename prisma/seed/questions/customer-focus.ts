import type { BankQuestion } from '../question-bank.ts'

export const customerFocusQuestions: readonly BankQuestion[] = [
  {
    key: 'customer-focus-went-out-of-your-way',
    text: 'Tell me about a time you went out of your way to solve a problem for a customer or user.',
    competency: 'customer-focus',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      'How did you find out what they really needed, as opposed to what they asked for?',
      'How did you know they were satisfied?',
    ],
  },
  {
    key: 'customer-focus-very-unhappy-customer',
    text: 'Describe a time you dealt with a very unhappy customer or client.',
    competency: 'customer-focus',
    kind: 'behavioural',
    level: 'mid',
    followUps: [
      'What did you say to them in that first conversation?',
      'What happened to the relationship afterwards?',
    ],
  },
  {
    key: 'customer-focus-feedback-changed-the-work',
    text: 'Give me an example of customer feedback that changed what you or your team built or delivered.',
    competency: 'customer-focus',
    kind: 'behavioural',
    level: 'mid',
    followUps: [
      'How did you decide that feedback was worth acting on?',
      'How did you measure whether the change helped?',
    ],
  },
  {
    key: 'customer-focus-said-no-to-customer',
    text: "Tell me about a time you said no to a customer request because it wasn't in their real interest, or the business's.",
    competency: 'customer-focus',
    kind: 'behavioural',
    level: 'senior',
    followUps: ['How did you explain the no to them?', 'What did you offer them instead?'],
  },
  {
    key: 'customer-focus-talked-to-users',
    text: 'Describe a time you spoke directly to users or customers to understand a problem better.',
    competency: 'customer-focus',
    kind: 'behavioural',
    level: 'any',
    followUps: [
      'What surprised you most in what they told you?',
      'What did you do differently as a result?',
    ],
  },
  {
    key: 'customer-focus-customer-versus-business',
    text: 'Give me an example of a time what the customer wanted conflicted with what the business needed.',
    competency: 'customer-focus',
    kind: 'behavioural',
    level: 'senior',
    followUps: [
      'Which way did you come down, and why?',
      "How did you explain the outcome to the side that didn't get what it wanted?",
    ],
  },
  {
    key: 'customer-focus-colleague-as-customer',
    text: 'Tell me about a time you treated a colleague or another team as your customer. What did you do differently because of it?',
    competency: 'customer-focus',
    kind: 'behavioural',
    level: 'junior',
    followUps: [
      'How did you find out what they needed from you?',
      'What did they say about the result?',
    ],
  },
  {
    key: 'customer-focus-client-moving-to-competitor',
    text: "Imagine a long-standing client tells you they're moving to a competitor next month. What would you do?",
    competency: 'customer-focus',
    kind: 'situational',
    level: 'any',
    followUps: [
      'What would you want to understand first?',
      "What would you be prepared to offer, and what wouldn't you offer?",
    ],
  },
  {
    key: 'customer-focus-feature-nobody-uses',
    text: 'What would you do if you found out that a feature your team spent months on is barely being used?',
    competency: 'customer-focus',
    kind: 'situational',
    level: 'mid',
    followUps: [
      'How would you find out why?',
      'How would you decide whether to improve it or remove it?',
    ],
  },
  {
    key: 'customer-focus-measure-customer-value',
    text: "Walk me through how you would measure whether customers are actually getting value from a product or service you're responsible for.",
    competency: 'customer-focus',
    kind: 'technical',
    level: 'mid',
    followUps: [
      'Which single measure would you watch most closely, and why that one?',
      'How would you tell a real drop from normal noise?',
    ],
  },
]

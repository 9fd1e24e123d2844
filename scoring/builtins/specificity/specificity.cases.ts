import { defineCases } from '../../tester-cases.ts'
import { CONFLICT_QUESTION, HYPOTHETICAL, JARGON, RAMBLING, STRONG } from '../sample-answers.ts'
import specificity from './specificity.ts'

export default defineCases(specificity, {
  valid: [
    {
      name: 'numbers, names and times make an answer specific',
      input: { ...CONFLICT_QUESTION, transcript: STRONG },
      score: { min: 80 },
      feedback: [{ kind: 'strength', quote: 'Tomas' }],
    },
  ],
  invalid: [
    {
      name: 'vague stand-ins for detail count against an answer',
      input: {
        question: 'Tell me about a time you had to push back on a senior stakeholder.',
        kind: 'behavioural',
        competency: 'influence',
        transcript:
          'I think pushing back matters a lot. There was a launch at some point, in autumn or maybe winter, with a lot of moving parts and some issues along the way. I think I raised them at some point, I mean everyone did, and sometimes it went fine and sometimes it did not. It depends, really.',
      },
      score: { max: 30 },
      metrics: {
        vagueMentions: [
          'at some point',
          'or maybe',
          'a lot of',
          'some issues',
          'at some point',
          'sometimes',
          'sometimes',
          'It depends',
        ],
      },
      feedback: [
        { kind: 'improvement', quote: 'a lot of' },
        { kind: 'improvement', quote: 'some issues' },
        { kind: 'improvement', quote: 'I think pushing back matters a lot.' },
      ],
    },
    {
      name: 'buzzwords without anchors score near zero and are quoted',
      input: { ...CONFLICT_QUESTION, transcript: JARGON },
      score: { max: 10 },
      metrics: { buzzwordsPer100Words: { min: 10 } },
      feedback: [
        { kind: 'improvement', quote: 'best practices', message: /Buzzwords/ },
        { kind: 'improvement', message: /concrete detail/ },
        { kind: 'improvement', message: /past tense/ },
      ],
    },
    {
      name: 'framework acronyms are buzzwords, not the names of real things',
      input: {
        question: 'An API endpoint has become slow in production. How would you find out why?',
        kind: 'technical',
        competency: 'problem solving',
        transcript:
          'Observability is everything here. I would leverage an APM platform across the golden signals, plus SLOs, error budgets, and a a shift-left, data-driven approach so that we stay resilient and scalable.',
      },
      score: { max: 30 },
      metrics: { buzzwordsPer100Words: { min: 15 } },
      feedback: [
        { kind: 'improvement', quote: 'APM', message: /Buzzwords/ },
        { kind: 'improvement', message: /concrete detail/ },
      ],
    },
    {
      name: 'a long rambling answer earns nothing for its length',
      input: { ...CONFLICT_QUESTION, transcript: RAMBLING },
      score: { max: 45 },
      feedback: [{ kind: 'improvement', message: /concrete detail/ }],
    },
    {
      name: 'a hypothetical answer has no events to be specific about',
      input: { ...CONFLICT_QUESTION, transcript: HYPOTHETICAL },
      score: { max: 30 },
      feedback: [
        { kind: 'improvement', message: /concrete detail/ },
        { kind: 'improvement', message: /past tense/ },
      ],
    },
  ],
  abstain: [
    {
      name: 'a few words cannot be judged for detail',
      input: { ...CONFLICT_QUESTION, transcript: 'It went fine.' },
      abstain: /too short/,
    },
  ],
})

/**
 * encore-scorer-numbers: an example third-party scorer plugin (see docs/scorers.md).
 * Interviewers trust impact they can measure: "cut invoice errors by 40%" beats
 * "improved things a lot". This scorer rewards concrete numbers and flags vague amounts.
 *
 * Inside the Encore repository it imports the SDK by relative path; a published plugin
 * imports the same names from the SDK package: `import { defineScorer, abstain } from 'encore/scoring'`.
 */
import { z } from 'zod'
import { abstain, defineScorer, type FeedbackItem, type Span } from '../../scoring/index.ts'

const DEFAULT_VAGUE = [
  'a lot',
  'lots of',
  'many',
  'a bunch',
  'huge',
  'significantly',
  'massively',
  'tons of',
  'several',
]

const options = z.object({
  /** phrases that stand in for a number */
  vagueWords: z.array(z.string().min(1)).default(DEFAULT_VAGUE),
  /** below this many words there is too little to judge */
  minWords: z.int().min(1).default(12),
})

const messages = {
  tooShort: (n: number, min: number) =>
    `The answer has ${n} words; numbers are judged from ${min} words on.`,
  quantified: 'You put a number on your impact, which makes it believable.',
  vague: 'Replace vague amounts with the number (how many, how much, how fast).',
  noNumbers: 'Add one number that shows the scale or the result of what you did.',
}

// 40, 40%, 3.5, 1,200, $20k, 3x, "40 percent", "two weeks" is left to a fuller scorer
const NUMBER = /(?:[$£€]\s?)?\b\d+(?:[.,]\d+)*(?:\s?(?:%|percent\b|per cent\b|k\b|x\b|times\b))?/gi

function spansOf(text: string, pattern: RegExp): Span[] {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
}

function phrasePattern(phrases: readonly string[]): RegExp {
  const escaped = phrases.map((p) =>
    p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'),
  )
  return new RegExp(`\\b(?:${escaped.join('|')})\\b`, 'gi')
}

export default defineScorer({
  id: 'numbers',
  version: '1.0.0',
  dimension: 'content',
  description: 'Rewards concrete numbers that show impact; flags vague amounts ("a lot", "many").',
  options,
  async score(input, context) {
    const { vagueWords, minWords } = context.options
    const wordCount = input.transcript.split(/\s+/).filter(Boolean).length
    if (wordCount < minWords)
      return abstain(messages.tooShort(wordCount, minWords), { metrics: { words: wordCount } })

    const numbers = spansOf(input.transcript, NUMBER)
    const vague = spansOf(input.transcript, phrasePattern(vagueWords))
    const feedback: FeedbackItem[] = []
    if (numbers.length > 0)
      feedback.push({ kind: 'strength', message: messages.quantified, evidence: numbers })
    if (vague.length > 0)
      feedback.push({ kind: 'improvement', message: messages.vague, evidence: vague })
    if (numbers.length === 0 && vague.length === 0)
      feedback.push({ kind: 'improvement', message: messages.noNumbers, evidence: [] })

    const score = Math.max(
      0,
      Math.min(100, 40 + 20 * Math.min(numbers.length, 3) - 15 * vague.length),
    )
    return {
      score,
      label:
        numbers.length > 0 && vague.length === 0
          ? 'quantified'
          : numbers.length > 0
            ? 'partly quantified'
            : 'unquantified',
      feedback,
      metrics: { numbers: numbers.length, vague: vague.length },
      suggestions:
        numbers.length === 0 ? ['Say how much: a percentage, a count, a time saved.'] : [],
    }
  },
})

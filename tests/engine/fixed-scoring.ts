/**
 * Fixed-score test scorers for the engine's tests (STYLE.md "Tests"): each scores an answer by
 * its human label in tests/fixtures/eval/dev.json, not by any built-in's judgement, and hands over
 * the STAR parts, rewrite and follow-up that label set records. So retuning a built-in scorer breaks
 * only that scorer's own tests; what the engine does with a score (follow-ups, diffs, summaries,
 * the library) is tested on scores that never move. Unknown text scores as a middling answer.
 */
import { readFileSync } from 'node:fs'
import {
  defineScorer,
  loadScorerConfig,
  type Scorer,
  type Span,
  type StarAnalysis,
  type StarPart,
} from '../../scoring/index.ts'

interface LabelledAnswer {
  label: number
  star: Record<StarPart, boolean>
  quantified: boolean
  transcript: string
}

const devSet = JSON.parse(
  readFileSync(new URL('../fixtures/eval/dev.json', import.meta.url), 'utf8'),
) as { answers: LabelledAnswer[] }

const PARTS: readonly StarPart[] = ['situation', 'task', 'action', 'result']
const byTranscript = new Map(devSet.answers.map((a) => [a.transcript.trim(), a]))

/** The score a label stands for: 1 → 20 … 5 → 95. */
const SCORE_BY_LABEL: Record<number, number> = { 1: 20, 2: 40, 3: 60, 4: 80, 5: 95 }

function labelled(transcript: string) {
  return byTranscript.get(transcript.trim())
}

/** The first sentence of the transcript, as the evidence every fixed feedback quotes. */
function firstSentence(transcript: string): Span[] {
  const end = transcript.search(/[.!?](\s|$)/)
  return transcript.trim() ? [{ start: 0, end: end < 0 ? transcript.length : end + 1 }] : []
}

function star(transcript: string): StarAnalysis {
  const answer = labelled(transcript)
  const evidence = firstSentence(transcript)
  const part = (p: StarPart) => {
    const present = answer ? answer.star[p] : false
    return { present, evidence: present ? evidence : [] }
  }
  return {
    situation: part('situation'),
    task: part('task'),
    action: part('action'),
    result: part('result'),
    quantified: answer?.quantified ?? false,
  }
}

const content = defineScorer({
  id: 'fixed-content',
  version: '1.0.0',
  dimension: 'content',
  description: 'scores an answer by its label in dev.json (a middling 50 when it has none)',
  async score(input) {
    const answer = labelled(input.transcript)
    const score = answer ? SCORE_BY_LABEL[answer.label] : 50
    const evidence = firstSentence(input.transcript)
    return {
      score,
      label: `labelled ${answer?.label ?? 'none'}`,
      feedback: [
        score >= 80
          ? { kind: 'strength', message: `A strong answer (label ${answer!.label}).`, evidence }
          : { kind: 'improvement', message: 'Be more specific about what you did.', evidence },
      ],
      metrics: { label: answer?.label ?? null },
      suggestions: [],
    }
  },
})

const structure = defineScorer({
  id: 'fixed-star',
  version: '1.0.0',
  dimension: 'structure',
  description: 'hands over the STAR parts dev.json records for the answer, 25 points each',
  async score(input) {
    const parts = star(input.transcript)
    const present = PARTS.filter((p) => parts[p].present)
    const evidence = firstSentence(input.transcript)
    return {
      score: 25 * present.length,
      label: `${present.length} parts`,
      feedback: [
        present.length >= 3
          ? { kind: 'strength', message: 'The story has its STAR parts.', evidence }
          : { kind: 'improvement', message: 'Tell the whole story, in STAR order.', evidence },
      ],
      metrics: {},
      suggestions: [],
      artifacts: { star: parts, rewrite: input.transcript.trim() },
    }
  },
})

const followUp = defineScorer({
  id: 'fixed-follow-up',
  version: '1.0.0',
  dimension: 'structure',
  description: 'asks for the first STAR part the answer lacks',
  dependsOn: ['fixed-star'],
  async score(input) {
    const parts = input.results['fixed-star']?.artifacts.star
    const missing = PARTS.find((p) => parts && !parts[p].present) ?? 'result'
    return {
      score: 100,
      label: 'follow-up',
      feedback: [],
      metrics: {},
      suggestions: [],
      artifacts: {
        followUp: {
          question: `Tell me more about the ${missing}: what exactly happened?`,
          targets: missing,
          reason: `The answer left out the ${missing}.`,
        },
      },
    }
  },
})

const delivery = defineScorer({
  id: 'fixed-delivery',
  version: '1.0.0',
  dimension: 'delivery',
  description: 'always 80',
  async score(input) {
    const evidence = firstSentence(input.transcript)
    return {
      score: 80,
      label: 'steady',
      feedback: [{ kind: 'strength', message: 'A steady delivery.', evidence }],
      metrics: {},
      suggestions: [],
    }
  },
})

export const fixedScorers: Scorer<any>[] = [structure, content, delivery, followUp]

/** The engine's scoring for its tests: the fixed scorers, weighted like the app's dimensions. */
export async function fixedScoring() {
  return loadScorerConfig(
    {
      scorers: [
        { use: 'fixed-star', weight: 1 },
        { use: 'fixed-content', weight: 1 },
        { use: 'fixed-delivery', weight: 1 },
        { use: 'fixed-follow-up', weight: 0 },
      ],
      dimensionWeights: { content: 1.8, structure: 1, delivery: 0.35 },
    },
    { builtins: fixedScorers },
  )
}

/**
 * Trains the topic model (topic-model.ts) from the training stories: for each competency,
 * log P(stem | competency) with add-half smoothing over the stems used in at least two stories,
 * each story counting a stem once. Deterministic: the same stories give the same file.
 *
 *   npm run scoring:train-topics    (writes topic-model.json beside this file)
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { analyseText } from '../../text/nlp.ts'
import { findLexicon } from '../relevance/competency-lexicons.ts'
import { topicStems, type TopicModel } from './topic-model.ts'

export const STORIES_PATH = new URL('./training/competency-stories.json', import.meta.url)
export const MODEL_PATH = new URL('./topic-model.json', import.meta.url)

interface Story {
  competency: string
  transcript: string
}

const SMOOTHING = 0.5
const MIN_STORIES = 2

export function trainTopicModel(stories: readonly Story[]): TopicModel {
  const competencies: string[] = []
  const counts = new Map<string, Map<string, number>>()
  const seen = new Map<string, number>()
  for (const story of stories) {
    const id = findLexicon(story.competency)?.id
    if (!id) throw new Error(`A training story names an unknown competency: ${story.competency}`)
    if (!counts.has(id)) {
      competencies.push(id)
      counts.set(id, new Map())
    }
    const forCompetency = counts.get(id)!
    for (const stem of topicStems(analyseText(story.transcript))) {
      forCompetency.set(stem, (forCompetency.get(stem) ?? 0) + 1)
      seen.set(stem, (seen.get(stem) ?? 0) + 1)
    }
  }
  competencies.sort()
  const vocabulary = [...seen.entries()]
    .filter(([, n]) => n >= MIN_STORIES)
    .map(([stem]) => stem)
    .sort()
  const totals = competencies.map((id) =>
    vocabulary.reduce((sum, stem) => sum + (counts.get(id)!.get(stem) ?? 0), 0),
  )
  const words: Record<string, number[]> = {}
  for (const stem of vocabulary)
    words[stem] = competencies.map((id, c) => {
      const n = counts.get(id)!.get(stem) ?? 0
      const p = (n + SMOOTHING) / (totals[c] + SMOOTHING * vocabulary.length)
      return Math.round(Math.log(p) * 1000) / 1000
    })
  return { competencies, words }
}

export function readStories(): Story[] {
  return JSON.parse(readFileSync(STORIES_PATH, 'utf8')) as Story[]
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const model = trainTopicModel(readStories())
  writeFileSync(MODEL_PATH, `${JSON.stringify(model)}\n`)
  console.log(
    `Wrote ${fileURLToPath(MODEL_PATH)}: ${model.competencies.length} competencies, ${Object.keys(model.words).length} stems.`,
  )
}

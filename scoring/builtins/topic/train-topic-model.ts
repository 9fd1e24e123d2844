/**
 * Trains the topic model (topic-model.ts) from the training stories: naive Bayes
 * (scoring/text/naive-bayes.ts) over each story's content stems, by competency.
 *
 *   npm run scoring:train-topics    (writes topic-model.json beside this file)
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { analyseText } from '../../text/nlp.ts'
import { MODEL_ONLY_COMPETENCIES, topicClassOf } from './competencies.ts'
import { COMPETENCY_LEXICONS } from '../relevance/competency-lexicons.ts'
import { trainNaiveBayes } from '../../text/naive-bayes.ts'
import { topicStems, type TopicModel } from './topic-model.ts'

export const STORIES_PATH = new URL('./training/competency-stories.json', import.meta.url)
export const MODEL_PATH = new URL('./topic-model.json', import.meta.url)

interface Story {
  competency: string
  transcript: string
}

/** every competency a training story may name: the lexicons' and the model's own */
const CLASSES = [...COMPETENCY_LEXICONS, ...MODEL_ONLY_COMPETENCIES].map((c) => c.id)

export function trainTopicModel(stories: readonly Story[]): TopicModel {
  return trainNaiveBayes(
    stories.map((story) => {
      const id = topicClassOf(story.competency, CLASSES)
      if (!id) throw new Error(`A training story names an unknown competency: ${story.competency}`)
      return { label: id, features: topicStems(analyseText(story.transcript)) }
    }),
  )
}

export function readStories(): Story[] {
  return JSON.parse(readFileSync(STORIES_PATH, 'utf8')) as Story[]
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const model = trainTopicModel(readStories())
  writeFileSync(MODEL_PATH, `${JSON.stringify(model)}\n`)
  console.log(
    `Wrote ${fileURLToPath(MODEL_PATH)}: ${model.classes.length} competencies, ${Object.keys(model.features).length} stems.`,
  )
}

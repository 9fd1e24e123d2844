import { z } from 'zod'
import { abstain, defineScorer } from '../../define.ts'
import type { FeedbackItem } from '../../types.ts'
import { analyseText } from '../../text/nlp.ts'
import { leaningSentences, readTopic, type TopicModel } from './topic-model.ts'
import trained from './topic-model.json' with { type: 'json' }

const options = z.object({
  /** points lost per nat (per word) that the story leans less than `leanTarget` to the asked competency */
  pointsPerNat: z.number().min(0).default(500),
  /** how far, per word, a story leans to the asked competency over the average one for full marks */
  leanTarget: z.number().default(0.18),
  /** words of prior weight each reading is averaged with, so a short answer is not read harshly */
  priorWords: z.number().min(0).default(10),
  /** content words the model must know before it reads a topic */
  minWords: z.number().int().min(1).default(8),
  /** for a competency the model lacks: how sure its reading of the question's words must be */
  questionConfidence: z.number().min(0).max(1).default(0.2),
})

export const messages = {
  otherTopic: (other: string, asked: string) =>
    `This story reads more like one about ${other} than ${asked}: make sure it is an example of what the question asks.`,
  otherTopicThanQuestion: (other: string, asked: string) =>
    `This story reads more like one about ${other} than about ${asked}, which the question's words point to: make sure it is an example of what the question asks.`,
}

export default defineScorer({
  id: 'topic',
  version: '1.0.0',
  dimension: 'content',
  description:
    "Which competency the story is about, read from all of its words by a model trained on stories written for training (scoring/builtins/topic/training): full marks when it leans clearly to the question's competency, less the further it leans to others.",
  options,
  async score(input, { options: opts }) {
    const analysis = analyseText(input.transcript)
    const reading = readTopic(analysis, input.competency, {
      priorWords: opts.priorWords,
      question: input.question,
      questionConfidence: opts.questionConfidence,
    })
    if (!reading)
      return abstain(
        `It reads ${(trained as TopicModel).classes.length} common interview competencies; "${input.competency}" is not one of them and the question's words do not clearly name one (or the answer has no word it knows).`,
      )
    if (reading.evidence < opts.minWords)
      return abstain(
        `It knows ${reading.evidence} of the answer's words: too few to tell which competency the story is about.`,
      )
    const score = Math.round(
      Math.max(0, 100 + opts.pointsPerNat * Math.min(0, reading.askedLean - opts.leanTarget)),
    )
    const asked = reading.asked
    const other = reading.top === asked ? null : reading.top
    const message =
      other &&
      (reading.fromQuestion ? messages.otherTopicThanQuestion : messages.otherTopic)(other, asked)
    const feedback: FeedbackItem[] =
      score < 60 && message
        ? [
            {
              kind: 'improvement',
              message,
              evidence: leaningSentences(analysis, other, asked),
            },
          ]
        : []
    return {
      score,
      label:
        score >= 80 ? 'on the competency' : score >= 50 ? 'partly on it' : 'another competency',
      feedback,
      metrics: {
        competency: asked,
        askedFrom: reading.fromQuestion ? 'question' : 'competency',
        likeliest: reading.top,
        knownWords: reading.evidence,
        lean: Math.round(reading.askedLean * 1000) / 1000,
      },
      suggestions: score < 60 && message ? [message] : [],
    }
  },
})

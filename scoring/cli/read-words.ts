/**
 * Reads Deepgram word timings from a JSON file: either the words array itself or a whole
 * Deepgram response (`results.channels[0].alternatives[0].words`).
 */
import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import type { Word } from '../types.ts'

const wordSchema = z.object({
  word: z.string(),
  start: z.number(),
  end: z.number(),
  confidence: z.number(),
  punctuated_word: z.string().optional(),
})

const deepgramResponseSchema = z.object({
  results: z.object({
    channels: z
      .array(z.object({ alternatives: z.array(z.object({ words: z.array(z.unknown()) })).min(1) }))
      .min(1),
  }),
})

export class UsageError extends Error {}

export async function readWordsFile(path: string): Promise<Word[]> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new UsageError(`Cannot read the words file ${path}: ${(error as Error).message}`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new UsageError(`The words file ${path} is not valid JSON: ${(error as Error).message}`)
  }
  const response = deepgramResponseSchema.safeParse(json)
  const list = Array.isArray(json)
    ? json
    : response.success
      ? response.data.results.channels[0].alternatives[0].words
      : null
  if (list === null) {
    throw new UsageError(
      `The words file ${path} holds neither a list of words nor a Deepgram response (results.channels[0].alternatives[0].words).`,
    )
  }
  const words = z.array(wordSchema).safeParse(list)
  if (!words.success) {
    const issue = words.error.issues[0]
    throw new UsageError(
      `The words file ${path} has an invalid word at ${issue.path.join('.')}: ${issue.message} (each word needs word, start, end, confidence; times in seconds).`,
    )
  }
  return words.data
}

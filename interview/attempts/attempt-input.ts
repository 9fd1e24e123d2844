/** The answer fields of submit and retry, parsed where they enter (zod). */
import { z } from 'zod'

const maxAudioBytes = 25 * 1024 * 1024

/**
 * PostgreSQL refuses NUL in text and JSON, and a paste can carry one: without this the whole
 * answer was refused with an internal error and the candidate's text was not saved.
 */
const withoutNul = (text: string) => text.replaceAll('\u0000', '')

export const wordSchema = z.object({
  word: z.string().transform(withoutNul),
  start: z.number().min(0),
  end: z.number().min(0),
  confidence: z.number().min(0).max(1),
  punctuated_word: z.string().transform(withoutNul).optional(),
})

export const answerFields = z.object({
  exchangeId: z.string().min(1),
  transcript: z
    .string()
    .transform(withoutNul)
    .pipe(z.string().trim().max(20_000, 'Keep an answer under 20,000 characters.'))
    .optional(),
  words: z.array(wordSchema).max(10_000).optional(),
  durationMs: z
    .int()
    .min(0)
    .max(60 * 60 * 1000)
    .optional(),
  audio: z
    .object({
      data: z
        .instanceof(Uint8Array)
        .refine((data) => data.byteLength > 0, 'The recording is empty.')
        .refine((data) => data.byteLength <= maxAudioBytes, 'Keep a recording under 25 MB.'),
      mimeType: z
        .string()
        .regex(/^audio\/[\w.+-]+(;.*)?$/, 'Send an audio/* MIME type, e.g. audio/webm.'),
      filename: z.string().max(200).optional(),
    })
    .optional(),
  idempotencyKey: z.string().trim().min(1).max(200).optional(),
})

export const answerInput = answerFields.superRefine((input, ctx) => {
  const typed = Boolean(input.transcript) || (input.words?.length ?? 0) > 0
  if (!typed && !input.audio) {
    ctx.addIssue({
      code: 'custom',
      path: ['transcript'],
      message: 'Send the answer: a transcript, word timings or a recording.',
    })
  }
})

export type AnswerInput = z.output<typeof answerInput>

/** The transcript a typed answer, or Deepgram's words, stand for. */
export function transcriptOf(input: Pick<AnswerInput, 'transcript' | 'words'>): string | null {
  if (input.transcript) return input.transcript
  if (input.words && input.words.length > 0) {
    return input.words.map((word) => word.punctuated_word ?? word.word).join(' ')
  }
  return null
}

export const transcriptInput = z.object({
  transcript: z
    .string()
    .transform(withoutNul)
    .pipe(z.string().trim().min(1, 'Type or paste the answer.').max(20_000)),
})

import { z } from 'zod'
import { AttemptStatus } from '../../generated/prisma/enums.ts'
import {
  InterviewClosedError,
  InvalidAttemptStateError,
  NotFoundError,
  parseInput,
  ValidationFailedError,
} from '../../interview/errors.ts'
import type { MockInterviewAttemptResponse } from '../../scoring/index.ts'
import { builder } from '../builder.ts'
import { requireLocalId } from '../global-ids.ts'
import { rateLimited, RateLimitedError } from '../rate-limit.ts'
import { AttemptComparisonRef } from './AttemptComparison.ts'
import { AttemptResultRef, FollowUpSuggestionRef } from './AttemptResult.ts'
import './MockInterviewExchange.ts'

export const maxAnswerCharacters = 10_000

export const AttemptStatusEnum = builder.enumType(AttemptStatus, {
  name: 'AttemptStatus',
  description:
    'QUEUED → SCORING → SCORED or FAILED; AWAITING_TRANSCRIPT: a recording waits for provideTranscript.',
})

type Word = {
  word: string
  start: number
  end: number
  confidence: number
  punctuated_word?: string
}

const WordRef = builder.objectRef<Word>('Word').implement({
  description: 'A spoken word with its timing in seconds (Deepgram’s shape).',
  fields: (t) => ({
    word: t.exposeString('word'),
    start: t.exposeFloat('start'),
    end: t.exposeFloat('end'),
    confidence: t.exposeFloat('confidence'),
    punctuatedWord: t.string({ nullable: true, resolve: (w) => w.punctuated_word ?? null }),
  }),
})

export const MockInterviewAttemptRef = builder.prismaNode('MockInterviewAttempt', {
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, ctx) => ({
    id,
    exchange: { interview: { userId: ctx.viewer?.userId ?? '' } },
  }),
  authScopes: { 'interviews:read': true },
  // checked once per object, not around each of its fields (decision 095)
  runScopesOnType: true,
  // Select mode: the word timings, result and feedback are large JSON, read only when a field
  // asks for them (decision 084).
  select: { id: true },
  description: 'One answer to an exchange’s question, and how it scored.',
  fields: (t) => ({
    attemptNumber: t.exposeInt('attemptNumber'),
    status: t.expose('status', { type: AttemptStatusEnum }),
    transcript: t.exposeString('transcript', { nullable: true }),
    words: t.field({
      type: [WordRef],
      nullable: true,
      description: 'Word timings when the answer was spoken; null for a typed answer.',
      select: { words: true },
      resolve: (attempt) => attempt.words as Word[] | null,
    }),
    hasAudio: t.boolean({
      select: { audioRef: true },
      resolve: (attempt) => attempt.audioRef !== null,
    }),
    audioMimeType: t.exposeString('audioMimeType', { nullable: true }),
    durationMs: t.exposeInt('durationMs', { nullable: true }),
    overallScore: t.exposeFloat('overallScore', { nullable: true }),
    contentScore: t.exposeFloat('contentScore', { nullable: true }),
    deliveryScore: t.exposeFloat('deliveryScore', { nullable: true }),
    structureScore: t.exposeFloat('structureScore', { nullable: true }),
    result: t.field({
      type: AttemptResultRef,
      nullable: true,
      description: 'The full scored result, once SCORED.',
      select: { result: true },
      resolve: (attempt) => attempt.result as unknown as MockInterviewAttemptResponse | null,
    }),
    rewrite: t.exposeString('rewrite', { nullable: true }),
    followUp: t.field({
      type: FollowUpSuggestionRef,
      nullable: true,
      select: { followUp: true },
      resolve: (attempt) =>
        (attempt.followUp as MockInterviewAttemptResponse['followUp'] | null) ?? null,
    }),
    degraded: t.exposeBoolean('degraded'),
    degradedReason: t.exposeString('degradedReason', { nullable: true }),
    error: t.exposeString('error', { nullable: true, description: 'Why scoring failed.' }),
    exchange: t.relation('exchange'),
    scoreResults: t.relatedConnection('scoreResults', {
      cursor: 'id',
      description: 'One per scorer, in the order they finished.',
      query: () => ({ orderBy: [{ createdAt: 'asc' }, { scorerId: 'asc' }] }),
    }),
    comparison: t.field({
      type: AttemptComparisonRef,
      nullable: true,
      description: 'The change since the previous scored attempt of the question, if any.',
      resolve: (attempt, _args, ctx) => ctx.services.attempts.compare(ctx.viewer!, attempt.id),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    scoredAt: t.expose('scoredAt', { type: 'DateTime', nullable: true }),
  }),
})

const WordInput = builder.inputType('WordInput', {
  description: 'A word with timings in seconds, as Deepgram returns it.',
  fields: (t) => ({
    word: t.string({ required: true }),
    start: t.float({ required: true }),
    end: t.float({ required: true }),
    confidence: t.float({ required: true }),
    punctuatedWord: t.string(),
  }),
})

// The API's own bound on a typed answer (the engine accepts more, e.g. from a long recording).
const answerText = z.object({
  transcript: z
    .string()
    .max(maxAnswerCharacters, 'Keep an answer under 10,000 characters.')
    .nullish(),
})

const SubmitAttemptInput = builder.inputType('SubmitAttemptInput', {
  description:
    'One of: `transcript` (typed), `words` (+ durationMs) from speech-to-text, or `audio` ' +
    '(a multipart upload; transcribed when Deepgram is configured, else AWAITING_TRANSCRIPT).',
  fields: (t) => ({
    exchangeId: t.id({ required: true }),
    transcript: t.string({ description: 'At most 10,000 characters.' }),
    words: t.field({ type: [WordInput] }),
    durationMs: t.int(),
    audio: t.field({ type: 'File', description: 'audio/* only, at most 25 MB.' }),
    idempotencyKey: t.string({
      description: 'The same key on the same exchange returns the first attempt, not a new one.',
    }),
  }),
})

const ProvideTranscriptInput = builder.inputType('ProvideTranscriptInput', {
  fields: (t) => ({
    attemptId: t.id({ required: true }),
    transcript: t.string({ required: true, description: 'At most 10,000 characters.' }),
  }),
})

type AnswerArgs = typeof SubmitAttemptInput.$inferInput

async function answerOf(input: AnswerArgs) {
  parseInput(answerText, { transcript: input.transcript })
  return {
    exchangeId: requireLocalId(input.exchangeId, 'MockInterviewExchange'),
    transcript: input.transcript ?? undefined,
    durationMs: input.durationMs ?? undefined,
    idempotencyKey: input.idempotencyKey ?? undefined,
    words: input.words?.map(({ punctuatedWord, ...word }) => ({
      ...word,
      ...(punctuatedWord ? { punctuated_word: punctuatedWord } : {}),
    })),
    audio: input.audio
      ? {
          data: new Uint8Array(await input.audio.arrayBuffer()),
          mimeType: input.audio.type,
          filename: input.audio.name || undefined,
        }
      : undefined,
  }
}

const answerErrors = [
  InterviewClosedError,
  InvalidAttemptStateError,
  NotFoundError,
  RateLimitedError,
  ValidationFailedError,
]

builder.mutationField('submitAttempt', (t) =>
  t.prismaField({
    type: 'MockInterviewAttempt',
    description:
      'Answers the exchange’s question. The attempt is QUEUED and scored in the background: ' +
      'subscribe to attemptEvents(attemptId) to watch the scores arrive.',
    authScopes: { 'interviews:write': true },
    errors: { types: answerErrors },
    args: { input: t.arg({ type: SubmitAttemptInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      await rateLimited(ctx, 'submitAttempt')
      return ctx.services.attempts.submit(ctx.viewer!, await answerOf(input), query)
    },
  }),
)

builder.mutationField('retryExchange', (t) =>
  t.prismaField({
    type: 'MockInterviewAttempt',
    description: 'A new attempt at a question already answered; earlier attempts are kept.',
    authScopes: { 'interviews:write': true },
    errors: { types: answerErrors },
    args: { input: t.arg({ type: SubmitAttemptInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      await rateLimited(ctx, 'submitAttempt')
      return ctx.services.attempts.retry(ctx.viewer!, await answerOf(input), query)
    },
  }),
)

builder.mutationField('provideTranscript', (t) =>
  t.prismaField({
    type: 'MockInterviewAttempt',
    description: 'The typed transcript of a recording that waits in AWAITING_TRANSCRIPT.',
    authScopes: { 'interviews:write': true },
    errors: {
      types: [InterviewClosedError, InvalidAttemptStateError, NotFoundError, ValidationFailedError],
    },
    args: { input: t.arg({ type: ProvideTranscriptInput, required: true }) },
    resolve: (query, _root, { input }, ctx) => {
      parseInput(answerText, { transcript: input.transcript })
      return ctx.services.attempts.provideTranscript(
        ctx.viewer!,
        requireLocalId(input.attemptId, 'MockInterviewAttempt'),
        { transcript: input.transcript },
        query,
      )
    },
  }),
)

builder.mutationField('chooseFinalAttempt', (t) =>
  t.prismaField({
    type: 'MockInterviewExchange',
    description: 'Keeps a scored attempt as its question’s final answer.',
    authScopes: { 'interviews:write': true },
    errors: { types: [InvalidAttemptStateError, NotFoundError] },
    args: { attemptId: t.arg.id({ required: true }) },
    resolve: (query, _root, { attemptId }, ctx) =>
      ctx.services.attempts.chooseFinal(
        ctx.viewer!,
        requireLocalId(attemptId, 'MockInterviewAttempt'),
        query,
      ),
  }),
)

builder.mutationField('rescoreAttempt', (t) =>
  t.prismaField({
    type: 'MockInterviewAttempt',
    description: 'Scores a FAILED attempt again from the start (watch it with attemptEvents).',
    authScopes: { 'interviews:write': true },
    errors: { types: [InvalidAttemptStateError, NotFoundError] },
    args: { attemptId: t.arg.id({ required: true }) },
    resolve: (query, _root, { attemptId }, ctx) =>
      ctx.services.attempts.rescore(
        ctx.viewer!,
        requireLocalId(attemptId, 'MockInterviewAttempt'),
        query,
      ),
  }),
)

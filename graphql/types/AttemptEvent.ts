import { queryFromInfo } from '@pothos/plugin-prisma'
import type { AttemptEvent } from '../../interview/attempts/attempt-events.ts'
import { builder } from '../builder.ts'
import { requireLocalId } from '../global-ids.ts'
import { AttemptResultRef } from './AttemptResult.ts'
import { AttemptStatusEnum } from './MockInterviewAttempt.ts'
import { ScoreResultRef } from './ScoreResult.ts'
import { eventOrError, surfaceExpectedErrors } from '../event-stream.ts'

type Of<T extends AttemptEvent['type']> = Extract<AttemptEvent, { type: T }>

const AttemptEventTypeEnum = builder.enumType('AttemptEventType', {
  values: ['STATUS', 'SCORER_STARTED', 'SCORER_FINISHED', 'COMPLETED', 'FAILED'] as const,
})

export const AttemptEventRef = builder.interfaceRef<AttemptEvent>('AttemptEvent').implement({
  description:
    'What happens to an attempt while it is scored. `sequence` grows per attempt; COMPLETED ' +
    'and FAILED end the stream.',
  fields: (t) => ({
    type: t.expose('type', { type: AttemptEventTypeEnum }),
    attemptId: t.globalID({
      resolve: (event) => ({ type: 'MockInterviewAttempt', id: event.attemptId }),
    }),
    sequence: t.exposeInt('sequence'),
    at: t.expose('at', { type: 'DateTime' }),
  }),
})

const isType = (type: AttemptEvent['type']) => (value: unknown) =>
  (value as AttemptEvent).type === type

builder.objectRef<Of<'STATUS'>>('AttemptStatusChanged').implement({
  interfaces: [AttemptEventRef],
  isTypeOf: isType('STATUS'),
  fields: (t) => ({ status: t.expose('status', { type: AttemptStatusEnum }) }),
})

builder.objectRef<Of<'SCORER_STARTED'>>('ScorerStarted').implement({
  interfaces: [AttemptEventRef],
  isTypeOf: isType('SCORER_STARTED'),
  fields: (t) => ({ scorerId: t.exposeString('scorerId') }),
})

builder.objectRef<Of<'SCORER_FINISHED'>>('ScorerFinished').implement({
  interfaces: [AttemptEventRef],
  isTypeOf: isType('SCORER_FINISHED'),
  description: 'One scorer’s stored result: OK, or FAILED / TIMEOUT / ABSTAINED with the reason.',
  fields: (t) => ({
    scoreResult: t.field({
      type: ScoreResultRef,
      // The event carries the whole stored row, and every ScoreResult field reads a column of its
      // own row. Planning the field records its selection as loaded, so the select-mode fields
      // answer from this row instead of reading it again for every subscriber (decision 084).
      resolve: (e, _args, ctx, info) => {
        queryFromInfo({ context: ctx, info })
        return e.result
      },
    }),
  }),
})

builder.objectRef<Of<'COMPLETED'>>('AttemptCompleted').implement({
  interfaces: [AttemptEventRef],
  isTypeOf: isType('COMPLETED'),
  description: 'The final scores, rewrite and follow-up suggestion; the stream ends.',
  fields: (t) => ({
    result: t.expose('response', { type: AttemptResultRef }),
    followUpCreated: t.exposeBoolean('followUpCreated', {
      description: 'The answer earned a follow-up question: nextQuestion asks it.',
    }),
  }),
})

builder.objectRef<Of<'FAILED'>>('AttemptFailed').implement({
  interfaces: [AttemptEventRef],
  isTypeOf: isType('FAILED'),
  fields: (t) => ({ reason: t.exposeString('reason') }),
})

builder.subscriptionField('attemptEvents', (t) =>
  t.field({
    type: AttemptEventRef,
    description:
      'An attempt’s scoring as it happens: first what is already stored (a late subscriber ' +
      'misses nothing), then SCORER_STARTED / SCORER_FINISHED per scorer, then COMPLETED or FAILED.',
    authScopes: { 'interviews:read': true },
    args: { attemptId: t.arg.id({ required: true }) },
    subscribe: (_root, { attemptId }, ctx) =>
      surfaceExpectedErrors(
        ctx.services.attempts.events(
          ctx.viewer!,
          requireLocalId(attemptId, 'MockInterviewAttempt'),
        ),
      ),
    resolve: eventOrError,
  }),
)

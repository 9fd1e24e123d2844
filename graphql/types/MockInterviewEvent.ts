import type { InterviewEvent } from '../../interview/interviews/interview-events.ts'
import { builder } from '../builder.ts'
import { requireLocalId } from '../global-ids.ts'
import { eventOrError, surfaceExpectedErrors } from '../event-stream.ts'
import { MockInterviewStatusEnum } from './MockInterview.ts'

type Of<T extends InterviewEvent['type']> = Extract<InterviewEvent, { type: T }>

const MockInterviewEventTypeEnum = builder.enumType('MockInterviewEventType', {
  values: ['STATUS', 'EXCHANGE_ADDED', 'ATTEMPT_SCORED'] as const,
})

export const MockInterviewEventRef = builder
  .interfaceRef<InterviewEvent>('MockInterviewEvent')
  .implement({
    description: 'A change to an interview: its status, a question asked, an answer scored.',
    fields: (t) => ({
      type: t.expose('type', { type: MockInterviewEventTypeEnum }),
      interviewId: t.globalID({
        resolve: (event) => ({ type: 'MockInterview', id: event.interviewId }),
      }),
      at: t.expose('at', { type: 'DateTime' }),
    }),
  })

const isType = (type: InterviewEvent['type']) => (value: unknown) =>
  (value as InterviewEvent).type === type

builder.objectRef<Of<'STATUS'>>('MockInterviewStatusChanged').implement({
  interfaces: [MockInterviewEventRef],
  isTypeOf: isType('STATUS'),
  fields: (t) => ({ status: t.expose('status', { type: MockInterviewStatusEnum }) }),
})

builder.objectRef<Of<'EXCHANGE_ADDED'>>('ExchangeAdded').implement({
  interfaces: [MockInterviewEventRef],
  isTypeOf: isType('EXCHANGE_ADDED'),
  fields: (t) => ({
    exchangeId: t.globalID({
      resolve: (e) => ({ type: 'MockInterviewExchange', id: e.exchangeId }),
    }),
    followUpOfId: t.globalID({
      nullable: true,
      resolve: (e) =>
        e.followUpOfId ? { type: 'MockInterviewExchange', id: e.followUpOfId } : null,
    }),
  }),
})

builder.objectRef<Of<'ATTEMPT_SCORED'>>('AttemptScored').implement({
  interfaces: [MockInterviewEventRef],
  isTypeOf: isType('ATTEMPT_SCORED'),
  fields: (t) => ({
    exchangeId: t.globalID({
      resolve: (e) => ({ type: 'MockInterviewExchange', id: e.exchangeId }),
    }),
    attemptId: t.globalID({
      resolve: (e) => ({ type: 'MockInterviewAttempt', id: e.attemptId }),
    }),
    overallScore: t.exposeFloat('overallScore', { nullable: true }),
  }),
})

builder.subscriptionField('mockInterviewEvents', (t) =>
  t.field({
    type: MockInterviewEventRef,
    description:
      'An interview’s changes: first its current status, then each change; ends when it is ' +
      'COMPLETED or ABANDONED.',
    authScopes: { 'interviews:read': true },
    args: { interviewId: t.arg.id({ required: true }) },
    subscribe: (_root, { interviewId }, ctx) =>
      surfaceExpectedErrors(
        ctx.services.interviews.events(ctx.viewer!, requireLocalId(interviewId, 'MockInterview')),
      ),
    resolve: eventOrError,
  }),
)

import { fromCallback, fromPromise } from 'xstate'
import { mockInterviewMachine } from './mock-interview.machine'
import type { Answer, AttemptStreamEvent, RoomEvent, SubmittedAttempt } from './room-types'
import { RoomApiError, unwrap, type RoomApi } from './room-api'
import {
  AttemptEventsSubscription,
  AttemptResultQuery,
  ChooseFinalAttemptMutation,
  FinishInterviewMutation,
  NextQuestionMutation,
  ProvideTranscriptMutation,
  RescoreAttemptMutation,
  RetryExchangeMutation,
  SubmitAttemptMutation,
} from './room-documents'

/** The room's machine with its actors bound to the public API. */
export function createRoomMachine(api: RoomApi) {
  return mockInterviewMachine.provide({
    actors: {
      loadNext: fromPromise(async ({ input }) => {
        const data = await api.request(NextQuestionMutation, { interviewId: input.interviewId })
        if (data.nextQuestion === null) return null
        return unwrap(data.nextQuestion, 'MockInterviewExchange')
      }),

      submitAnswer: fromPromise(async ({ input }): Promise<SubmittedAttempt> => {
        const { variables, files } = submission(
          input.exchangeId,
          input.idempotencyKey,
          input.answer,
        )
        if (input.retry) {
          const data = await api.request(RetryExchangeMutation, { input: variables }, files)
          return unwrap(data.retryExchange, 'MockInterviewAttempt')
        }
        const data = await api.request(SubmitAttemptMutation, { input: variables }, files)
        return unwrap(data.submitAttempt, 'MockInterviewAttempt')
      }),

      provideTranscript: fromPromise(async ({ input }) => {
        const data = await api.request(ProvideTranscriptMutation, { input })
        return unwrap(data.provideTranscript, 'MockInterviewAttempt')
      }),

      rescore: fromPromise(async ({ input }) => {
        const data = await api.request(RescoreAttemptMutation, { attemptId: input.attemptId })
        return unwrap(data.rescoreAttempt, 'MockInterviewAttempt')
      }),

      watchAttempt: fromCallback<RoomEvent, { attemptId: string }>(({ input, sendBack }) => {
        const stopConnection = api.onConnection((online) =>
          sendBack({ type: 'CONNECTION', online }),
        )
        const stop = api.subscribe(
          AttemptEventsSubscription,
          { attemptId: input.attemptId },
          {
            next: (data) =>
              sendBack({ type: 'ATTEMPT_EVENT', event: data.attemptEvents as AttemptStreamEvent }),
            error: () => sendBack({ type: 'CONNECTION', online: false }),
            complete: () => {},
          },
        )
        return () => {
          stop()
          stopConnection()
        }
      }),

      loadResult: fromPromise(async ({ input }) => {
        const data = await api.request(AttemptResultQuery, { id: input.attemptId })
        if (data.node?.__typename !== 'MockInterviewAttempt') {
          throw new RoomApiError('NOT_FOUND', 'This attempt is gone.')
        }
        return data.node
      }),

      keepAttempt: fromPromise(async ({ input }) => {
        const data = await api.request(ChooseFinalAttemptMutation, { attemptId: input.attemptId })
        const exchange = unwrap(data.chooseFinalAttempt, 'MockInterviewExchange')
        return { finalAttemptId: exchange.finalAttempt?.id ?? input.attemptId }
      }),

      finish: fromPromise(async ({ input }) => {
        const data = await api.request(FinishInterviewMutation, { id: input.interviewId })
        unwrap(data.finishMockInterview, 'MockInterview')
      }),
    },
  })
}

/** The submitAttempt input for an answer; a recording travels as a multipart file. */
function submission(exchangeId: string, idempotencyKey: string, answer: Answer) {
  if (answer.kind === 'typed') {
    return { variables: { exchangeId, idempotencyKey, transcript: answer.transcript } }
  }
  if (answer.kind === 'spoken') {
    return {
      variables: { exchangeId, idempotencyKey, words: answer.words, durationMs: answer.durationMs },
    }
  }
  return {
    variables: { exchangeId, idempotencyKey, durationMs: answer.durationMs, audio: null },
    files: { 'input.audio': answer.audio },
  }
}

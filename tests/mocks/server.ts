/**
 * One msw server for every third-party HTTP API Encore calls. A request no handler matches
 * fails the test (msw 3 calls this `onUnhandledFrame: 'error'`; msw 2 said `onUnhandledRequest`):
 * nothing leaves the machine unnoticed.
 */
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { deepgram, deepgramHandlers } from './deepgram.ts'
import { heygen, heygenHandlers } from './heygen.ts'
import { openai, openaiHandlers } from './openai.ts'

export const server = setupServer(...openaiHandlers, ...deepgramHandlers, ...heygenHandlers)

/** Forgets scripted faults, recorded requests and replies. */
function resetMocks(): void {
  openai.reset()
  deepgram.reset()
  heygen.reset()
}

/** Starts the fake APIs for this test file and resets them after each test. */
export function useMockServer(): void {
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
  afterEach(() => {
    server.resetHandlers()
    resetMocks()
  })
  afterAll(() => server.close())
}

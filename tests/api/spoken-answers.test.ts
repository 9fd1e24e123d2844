// An answer sent as Deepgram-style word timings is scored for delivery too (pace, pauses).
import { describeWithDatabases } from '../setup/database.ts'
import {
  collectSubscription,
  gqlData,
  startApiServer,
  wsClient,
  type ApiServer,
} from './api-harness.ts'
import { firstQuestion, signUp } from './api-steps.ts'

const text =
  'I led the billing migration. Um, I planned the cut-over, wrote the runbook and moved forty percent of traffic first, and we finished a week early.'

function timedWords(sentence: string) {
  let at = 0.2
  return sentence.split(' ').map((token) => {
    const start = at
    at += 0.38
    if (token.endsWith('.')) at += 2.4 // over the 2-second long-pause threshold
    return {
      word: token.replace(/[.,]/g, '').toLowerCase(),
      punctuatedWord: token,
      start,
      end: start + 0.3,
      confidence: 0.97,
    }
  })
}

describeWithDatabases('spoken answers', (database) => {
  let server: ApiServer
  let token: string

  beforeAll(async () => {
    server = await startApiServer(database())
    token = (await signUp(server.url, 'spoken')).sessionToken
  }, 60_000)
  afterAll(() => server?.stop())

  test('word timings give the answer a pace and count its pauses and fillers', async () => {
    const { exchangeId } = await firstQuestion(server.url, token)
    const words = timedWords(text)
    const durationMs = Math.round((words.at(-1)!.end + 0.2) * 1000)
    const sent = await gqlData(
      server.url,
      `mutation ($input: SubmitAttemptInput!) {
        submitAttempt(input: $input) { ... on MockInterviewAttempt { id transcript durationMs words { word start } } }
      }`,
      { input: { exchangeId, words, durationMs } },
      token,
    )
    expect(sent.submitAttempt.transcript).toBe(text)
    expect(sent.submitAttempt.durationMs).toBe(durationMs)
    expect(sent.submitAttempt.words).toHaveLength(words.length)

    const client = wsClient(server.wsUrl, token)
    const messages = await collectSubscription(
      client,
      `subscription ($id: ID!) { attemptEvents(attemptId: $id) { type
        ... on AttemptCompleted { result { delivery { wpm longPauses fillers { count words } } dimensions { delivery { score } } } } } }`,
      { id: sent.submitAttempt.id },
    )
    await client.dispose()
    const completed = messages.at(-1)!.data.attemptEvents
    expect(completed.type).toBe('COMPLETED')
    expect(completed.result.delivery.wpm).toBeGreaterThan(100)
    expect(completed.result.delivery.longPauses).toBeGreaterThanOrEqual(1)
    expect(completed.result.delivery.fillers.count).toBe(1)
    expect(completed.result.dimensions.delivery.score).toEqual(expect.any(Number))
  }, 30_000)
})

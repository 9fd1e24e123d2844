// No transcript, password or token in any log line: the server logs at debug level while a client
// signs up, mints a token, runs a whole interview (typed and recorded answers, a failed
// subscription, a bad token, a masked error) and saves a story; every line is captured.
import { createLogger } from 'graphql-yoga'
import { describeWithDatabases } from '../setup/database.ts'
import { CreateApiToken, SignIn, SignUp } from './accounts-documents.ts'
import {
  collectSubscription,
  gql,
  gqlData,
  password,
  startApiServer,
  uniqueEmail,
  wsClient,
  type ApiServer,
} from './api-harness.ts'
import * as doc from './interview-documents.ts'

const answer =
  'At Quillfeather Logistics I untangled the zebra-crossing roster dispute between two night ' +
  'shift leads, wrote the marmalade rota, and cut missed handovers by 40% within a month.'
const secretWords = ['Quillfeather', 'zebra-crossing', 'marmalade']

describeWithDatabases('log hygiene', (database) => {
  let server: ApiServer
  const lines: string[] = []
  const capture =
    (level: string) =>
    (...args: unknown[]) =>
      lines.push(`${level} ${args.map(render).join(' ')}`)

  beforeAll(async () => {
    const logger = createLogger('debug')
    for (const level of ['debug', 'info', 'warn', 'error'] as const) logger[level] = capture(level)
    server = await startApiServer(database(), { logger })
  }, 60_000)
  afterAll(() => server?.stop())

  test('a whole interview logs no transcript, password or token', async () => {
    const consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation(capture(`console.${level}`)),
    )
    const email = uniqueEmail('hygiene')
    const secrets: string[] = [password, ...secretWords]
    try {
      await gqlData(server.url, SignUp, { input: { email, password } })
      const session = (await gqlData(server.url, SignIn, { input: { email, password } })).signIn
        .sessionToken as string
      await gqlData(server.url, SignIn, { input: { email, password: 'wrong horse battery' } })
      secrets.push(session, 'wrong horse battery')
      const created = await gqlData(
        server.url,
        CreateApiToken,
        {
          input: {
            name: 'hygiene',
            scopes: ['INTERVIEWS_READ', 'INTERVIEWS_WRITE', 'LIBRARY_READ', 'LIBRARY_WRITE'],
          },
        },
        session,
      )
      const token = created.createApiToken.token as string
      secrets.push(token)

      const started = await gqlData(
        server.url,
        doc.StartMockInterview,
        { input: { questionCount: 1, seed: 'hygiene' } },
        token,
      )
      const interviewId = started.startMockInterview.id
      const next = await gqlData(server.url, doc.NextQuestion, { interviewId }, token)
      const submitted = await gqlData(
        server.url,
        doc.SubmitAttempt,
        { input: { exchangeId: next.nextQuestion.id, transcript: answer } },
        token,
      )
      const attemptId = submitted.submitAttempt.id
      const client = wsClient(server.wsUrl, token)
      await collectSubscription(client, doc.AttemptEvents, { attemptId })
      await client.dispose()

      // a recording without Deepgram waits for its transcript, typed afterwards
      const form = new FormData()
      form.append(
        'operations',
        JSON.stringify({
          query: `mutation ($input: SubmitAttemptInput!) { retryExchange(input: $input) { ... on MockInterviewAttempt { id } } }`,
          variables: { input: { exchangeId: next.nextQuestion.id, audio: null } },
        }),
      )
      form.append('map', JSON.stringify({ 0: ['variables.input.audio'] }))
      form.append('0', new Blob([new Uint8Array(2048)], { type: 'audio/webm' }), 'answer.webm')
      const recorded = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'graphql-preflight': '1' },
        body: form,
      })
      const recordedId = ((await recorded.json()) as any).data.retryExchange.id
      await gql(
        server.url,
        `mutation ($input: ProvideTranscriptInput!) { provideTranscript(input: $input) { __typename } }`,
        { input: { attemptId: recordedId, transcript: answer } },
        token,
      )

      // failures log too: a bad token, a malformed id, a document that does not parse
      await gql(server.url, '{ viewer { id } }', {}, `${token}x`)
      await gql(server.url, doc.NextQuestion, { interviewId: 'Quillfeather' }, token)
      await gql(server.url, `{ viewer { marmalade } }`, {}, token)
      await gqlData(server.url, doc.FinishMockInterview, { id: interviewId }, token)
      await gqlData(
        server.url,
        doc.SaveStarStoryFromAttempt,
        { input: { attemptId, title: 'The marmalade rota' } },
        token,
      )
      await server.services.close()
    } finally {
      for (const spy of consoleSpies) spy.mockRestore()
    }

    expect(lines.length).toBeGreaterThan(0)
    const leaks = lines.filter((line) => secrets.some((secret) => line.includes(secret)))
    expect(leaks).toEqual([])
  })
})

function render(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}\n${value.stack ?? ''}`
  if (typeof value === 'string') return value
  try {
    return JSON.stringify(value)
  } catch {
    return String(value)
  }
}

// A candidate's own data: download it all in one archive, delete it all (no row and no file left,
// sockets closed, tokens dead), recordings deleted after the retention period, and a data policy
// that names only the services this server is configured to use.
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { createClient } from 'graphql-ws'
import WebSocket from 'ws'
import { describeWithDatabases, type TestDatabase } from '../setup/database.ts'
import { CreateApiToken } from './accounts-documents.ts'
import {
  collectSubscription,
  gql,
  gqlData,
  password,
  startApiServer,
  wsClient,
  type ApiServer,
} from './api-harness.ts'
import { firstQuestion, signUp, uploadAnswer } from './api-steps.ts'
import * as doc from './interview-documents.ts'

const CreateDataExport = /* GraphQL */ `
  mutation {
    createDataExport {
      url
      expiresAt
    }
  }
`
const DeleteAccount = /* GraphQL */ `
  mutation ($input: DeleteAccountInput!) {
    deleteAccount(input: $input) {
      __typename
      ... on DeletedAccount {
        deletedId
      }
      ... on Error {
        code
      }
    }
  }
`

const answer = 'At Ledgerly I settled a release dispute by staging the rollout to 5% of merchants.'
const recording = new Uint8Array(4096).map((_, i) => (i * 7) % 251)

/** Every row of every table that belongs to `userId`, by table. */
async function rowsOf(database: TestDatabase, userId: string) {
  const db = database.prisma
  const byInterview = { exchange: { interview: { userId } } }
  return {
    users: await db.user.count({ where: { id: userId } }),
    sessions: await db.session.count({ where: { userId } }),
    apiTokens: await db.apiToken.count({ where: { userId } }),
    jobDescriptions: await db.jobDescription.count({ where: { userId } }),
    questions: await db.question.count({ where: { userId } }),
    interviews: await db.mockInterview.count({ where: { userId } }),
    exchanges: await db.mockInterviewExchange.count({ where: { interview: { userId } } }),
    attempts: await db.mockInterviewAttempt.count({ where: byInterview }),
    scoreResults: await db.scoreResult.count({ where: { attempt: byInterview } }),
    stories: await db.starStory.count({ where: { userId } }),
  }
}

const rawId = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1]!

describeWithDatabases('privacy', (database) => {
  let server: ApiServer

  beforeAll(async () => {
    server = await startApiServer(database())
  }, 60_000)
  afterAll(() => server?.stop())

  /** A candidate with a bit of everything: a job, an interview, typed and recorded answers, a story. */
  async function busyCandidate(prefix: string) {
    const { sessionToken, userId } = await signUp(server.url, prefix)
    const created = await gqlData(
      server.url,
      CreateApiToken,
      { input: { name: 'cli', scopes: ['INTERVIEWS_READ'] } },
      sessionToken,
    )
    await gqlData(
      server.url,
      doc.CreateJobDescription,
      {
        input: {
          title: 'Engineering Manager',
          text: 'Lead a team of backend engineers, resolve conflicts and mentor juniors.',
        },
      },
      sessionToken,
    )
    const { interviewId, exchangeId } = await firstQuestion(server.url, sessionToken)
    const typed = await gqlData(
      server.url,
      doc.SubmitAttempt,
      { input: { exchangeId, transcript: answer } },
      sessionToken,
    )
    const attemptId = typed.submitAttempt.id
    const client = wsClient(server.wsUrl, sessionToken)
    await collectSubscription(client, doc.AttemptEvents, { attemptId })
    await client.dispose()
    const recorded = await uploadAnswer(
      server.url,
      sessionToken,
      exchangeId,
      recording,
      'retryExchange',
    )
    const recordedId = recorded.body.data.retryExchange.id as string
    await gqlData(
      server.url,
      doc.SaveStarStoryFromAttempt,
      { input: { attemptId, title: 'The staged rollout' } },
      sessionToken,
    )
    return {
      sessionToken,
      userId: rawId(userId),
      apiToken: created.createApiToken.token as string,
      interviewId,
      recordedId,
    }
  }

  test('download all my data: one zip with every record, stories as Markdown, the recordings', async () => {
    const me = await busyCandidate('export')
    const { createDataExport } = await gqlData(server.url, CreateDataExport, {}, me.sessionToken)
    const response = await fetch(new URL(createDataExport.url, server.url))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/zip')
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()))
    const names = Object.keys(files)
    expect(names).toEqual(
      expect.arrayContaining([
        'README.txt',
        'account.json',
        'job-descriptions.json',
        'interviews.json',
        'questions.json',
        'stories.json',
        `recordings/${rawId(me.recordedId)}.webm`,
      ]),
    )
    expect(names.some((name) => /^stories\/001-the-staged-rollout\.md$/.test(name))).toBe(true)
    expect(files[`recordings/${rawId(me.recordedId)}.webm`]).toEqual(recording)
    const account = strFromU8(files['account.json']!)
    expect(account).not.toMatch(/passwordHash|tokenHash|scrypt/)
    expect(JSON.parse(account).apiTokens).toHaveLength(1)
    expect(strFromU8(files['interviews.json']!)).toContain(answer)
    // the link works once
    expect((await fetch(new URL(createDataExport.url, server.url))).status).toBe(404)
    // a token without ACCOUNT cannot ask for one
    const denied = await gql(server.url, CreateDataExport, {}, me.apiToken)
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_SCOPE')
  })

  test('delete my account: no row, no recording left; sockets closed; tokens dead; others untouched', async () => {
    const me = await busyCandidate('delete')
    const other = await busyCandidate('bystander')
    const otherRows = await rowsOf(database(), other.userId)
    const audioDir = path.join(server.dataDir, 'audio')
    expect(await readdir(path.join(audioDir, me.userId))).toHaveLength(1)

    const wrong = await gqlData(
      server.url,
      DeleteAccount,
      { input: { password: 'not my password' } },
      me.sessionToken,
    )
    expect(wrong.deleteAccount).toEqual({
      __typename: 'InvalidCredentialsError',
      code: 'INVALID_CREDENTIALS',
    })
    expect((await rowsOf(database(), me.userId)).users).toBe(1)

    let closed: { code: number } | undefined
    const socket = createClient({
      url: server.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${me.apiToken}` },
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: () => {},
      on: { closed: (event) => (closed = event as { code: number }) },
    })
    await new Promise<void>((resolve) => socket.on('connected', () => resolve()))

    const deleted = await gqlData(
      server.url,
      DeleteAccount,
      { input: { password } },
      me.sessionToken,
    )
    expect(deleted.deleteAccount.__typename).toBe('DeletedAccount')

    expect(Object.values(await rowsOf(database(), me.userId)).every((n) => n === 0)).toBe(true)
    expect(existsSync(path.join(audioDir, me.userId))).toBe(false)
    await expect.poll(() => closed?.code).toBe(4403)
    for (const token of [me.sessionToken, me.apiToken]) {
      expect(await gql(server.url, '{ viewer { id } }', {}, token)).toEqual({
        data: { viewer: null },
      })
    }
    expect(await rowsOf(database(), other.userId)).toEqual(otherRows)
    expect(await readdir(path.join(audioDir, other.userId))).toHaveLength(1)
    await socket.dispose()
  })

  test('recordings older than the retention are deleted; their transcripts and newer ones stay', async () => {
    const me = await busyCandidate('retention')
    const { exchangeId } = await firstQuestion(server.url, me.sessionToken)
    const fresh = await uploadAnswer(server.url, me.sessionToken, exchangeId, recording)
    const oldId = rawId(me.recordedId)
    await database().prisma.mockInterviewAttempt.update({
      where: { id: oldId },
      data: { createdAt: new Date(Date.now() - 31 * 24 * 60 * 60_000), transcript: answer },
    })
    expect(await server.services.privacy.applyRetention({ days: 30 })).toBe(1)
    const old = await database().prisma.mockInterviewAttempt.findUniqueOrThrow({
      where: { id: oldId },
    })
    expect(old).toMatchObject({ audioRef: null, transcript: answer })
    const files = await readdir(path.join(server.dataDir, 'audio', me.userId))
    expect(files).toHaveLength(1)
    const kept = await database().prisma.mockInterviewAttempt.findUniqueOrThrow({
      where: { id: rawId(fresh.body.data.submitAttempt.id) },
    })
    expect(files[0]).toBe(path.basename(kept.audioRef!))
  })

  test('the data policy names only the services this server is configured to use', async () => {
    const policy = /* GraphQL */ `
      {
        dataPolicy {
          database
          recordingRetentionDays
          services {
            name
            receives
          }
        }
      }
    `
    const plain = await gqlData(server.url, policy)
    expect(plain.dataPolicy).toEqual({
      database: expect.any(String),
      recordingRetentionDays: null,
      services: [],
    })
    const configured = await startApiServer(database(), {
      seed: false,
      env: { DEEPGRAM_API_KEY: 'dg-test', RECORDING_RETENTION_DAYS: '30' },
    })
    try {
      const data = await gqlData(configured.url, policy)
      expect(data.dataPolicy.recordingRetentionDays).toBe(30)
      expect(data.dataPolicy.services.map((s: { name: string }) => s.name)).toEqual([
        'Deepgram (api.deepgram.com)',
      ])
    } finally {
      await configured.stop()
    }
  })
})

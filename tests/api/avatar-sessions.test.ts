// Paid sessions: the server closes the avatar sessions it opened when their interview finishes,
// goes quiet or the candidate closes the tab, and opening them (or transcription tokens) is
// rate-limited. A fake provider stands in for HeyGen and records what was closed.
import type { AvatarProvider } from '../../interview/integrations/avatar/avatar-provider.ts'
import { describeWithDatabases } from '../setup/database.ts'
import { gql, gqlData, startApiServer, type ApiServer } from './api-harness.ts'
import { firstQuestion, signUp } from './api-steps.ts'
import * as doc from './interview-documents.ts'

const CreateAvatarSession = /* GraphQL */ `
  mutation ($interviewId: ID) {
    createAvatarSession(interviewId: $interviewId) {
      __typename
      ... on AvatarSession {
        provider
        sessionId
      }
      ... on Error {
        code
        message
      }
    }
  }
`

const CloseAvatarSession = /* GraphQL */ `
  mutation ($sessionId: String!) {
    closeAvatarSession(sessionId: $sessionId) {
      __typename
      ... on ClosedAvatarSession {
        sessionId
      }
      ... on Error {
        code
      }
    }
  }
`

const CreateTranscriptionToken = /* GraphQL */ `
  mutation {
    createTranscriptionToken {
      __typename
      ... on Error {
        code
      }
    }
  }
`

function fakeHeygen() {
  const open = new Set<string>()
  let next = 0
  const provider: AvatarProvider = {
    provider: 'heygen',
    async createSession() {
      const sessionId = `hg-${++next}`
      open.add(sessionId)
      return { provider: 'heygen', sessionId, speaksInBrowser: false, sessionToken: 'hg-token' }
    },
    async speak(sessionId, text) {
      return { sessionId, text, speaksInBrowser: false }
    },
    async closeSession(sessionId) {
      open.delete(sessionId)
    },
  }
  return { provider, open }
}

describeWithDatabases('avatar sessions', (database) => {
  let server: ApiServer
  const heygen = fakeHeygen()

  beforeAll(async () => {
    server = await startApiServer(database(), {
      avatarProvider: heygen.provider,
      rateLimits: {
        createAvatarSession: { max: 6, windowMs: 60_000 },
        createTranscriptionToken: { max: 2, windowMs: 60_000 },
      },
    })
  }, 60_000)
  afterAll(() => server?.stop())

  async function open(token: string, interviewId?: string): Promise<string> {
    const data = await gqlData(server.url, CreateAvatarSession, { interviewId }, token)
    expect(data.createAvatarSession.__typename).toBe('AvatarSession')
    return data.createAvatarSession.sessionId
  }

  test('finishing the interview closes its avatar session', async () => {
    const { sessionToken } = await signUp(server.url, 'avatar')
    const { interviewId } = await firstQuestion(server.url, sessionToken)
    const sessionId = await open(sessionToken, interviewId)
    expect(heygen.open.has(sessionId)).toBe(true)
    await gqlData(server.url, doc.FinishMockInterview, { id: interviewId }, sessionToken)
    expect(heygen.open.has(sessionId)).toBe(false)
  })

  test('a session whose interview went quiet is closed by the sweep; an active one stays', async () => {
    const { sessionToken } = await signUp(server.url, 'avatar')
    const quiet = await firstQuestion(server.url, sessionToken)
    const active = await firstQuestion(server.url, sessionToken)
    const quietSession = await open(sessionToken, quiet.interviewId)
    const activeSession = await open(sessionToken, active.interviewId)
    const rowId = Buffer.from(quiet.interviewId, 'base64').toString().split(':')[1]!
    await database().prisma.mockInterview.update({
      where: { id: rowId },
      data: { lastActivityAt: new Date(Date.now() - 60 * 60_000) },
    })
    await server.services.avatar.sweep()
    expect(heygen.open.has(quietSession)).toBe(false)
    expect(heygen.open.has(activeSession)).toBe(true)
  })

  test('the tab-close mutation closes your own session; another user gets NOT_FOUND', async () => {
    const me = await signUp(server.url, 'avatar')
    const them = await signUp(server.url, 'avatar')
    const sessionId = await open(me.sessionToken)
    const theirs = await gqlData(server.url, CloseAvatarSession, { sessionId }, them.sessionToken)
    const unknown = await gqlData(
      server.url,
      CloseAvatarSession,
      { sessionId: 'hg-unknown' },
      them.sessionToken,
    )
    expect(theirs).toEqual({
      closeAvatarSession: { __typename: 'NotFoundError', code: 'NOT_FOUND' },
    })
    expect(unknown).toEqual(theirs)
    expect(heygen.open.has(sessionId)).toBe(true)
    const mine = await gqlData(server.url, CloseAvatarSession, { sessionId }, me.sessionToken)
    expect(mine.closeAvatarSession).toEqual({ __typename: 'ClosedAvatarSession', sessionId })
    expect(heygen.open.has(sessionId)).toBe(false)
  })

  test("another user's interview id opens no session: NOT_FOUND", async () => {
    const me = await signUp(server.url, 'avatar')
    const them = await signUp(server.url, 'avatar')
    const { interviewId } = await firstQuestion(server.url, me.sessionToken)
    const before = heygen.open.size
    const body = await gqlData(server.url, CreateAvatarSession, { interviewId }, them.sessionToken)
    expect(body.createAvatarSession).toMatchObject({ __typename: 'NotFoundError' })
    expect(heygen.open.size).toBe(before)
  })

  test('opening avatar sessions and transcription tokens is rate-limited per user', async () => {
    const { sessionToken } = await signUp(server.url, 'avatar')
    for (let i = 0; i < 6; i++) await open(sessionToken)
    const over = await gqlData(server.url, CreateAvatarSession, {}, sessionToken)
    expect(over.createAvatarSession).toMatchObject({ __typename: 'RateLimitedError' })
    const codes = []
    for (let i = 0; i < 3; i++) {
      const body = await gql(server.url, CreateTranscriptionToken, {}, sessionToken)
      codes.push(body.data?.createTranscriptionToken.code)
    }
    // no Deepgram key here: the first two are SERVICE_NOT_CONFIGURED, the third is refused first
    expect(codes).toEqual(['SERVICE_NOT_CONFIGURED', 'SERVICE_NOT_CONFIGURED', 'RATE_LIMITED'])
  })
})

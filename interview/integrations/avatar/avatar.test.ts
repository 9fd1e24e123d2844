import { heygen } from '../../../tests/mocks/heygen.ts'
import { useMockServer } from '../../../tests/mocks/server.ts'
import { ServiceNotConfiguredError, ServiceUnavailableError } from '../service-error.ts'
import { createHeygenAvatar, type HeygenConfig } from './heygen.ts'
import { createLocalAvatar } from './local-avatar.ts'

useMockServer()

const now = new Date('2026-11-25T10:00:00Z')
const config: HeygenConfig = {
  apiKey: 'hg-secret-key',
  defaultAvatarId: 'Wayne_20240711',
  timeoutMs: 2_000,
  now: () => now,
}

async function failure(promise: Promise<unknown>): Promise<ServiceUnavailableError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ServiceUnavailableError)
  return error as ServiceUnavailableError
}

test('a HeyGen session gives the browser a session token and a room, never the key', async () => {
  const session = await createHeygenAvatar(config).createSession({ voiceId: 'en-US-warm' })
  expect(session).toMatchObject({
    provider: 'heygen',
    speaksInBrowser: false,
    avatarId: 'Wayne_20240711',
    voiceId: 'en-US-warm',
    url: 'wss://heygen-feapbkvq.livekit.cloud',
    accessToken: `livekit-${session.sessionId}`,
    expiresAt: new Date('2026-11-25T10:10:00Z'),
  })
  expect(session.sessionToken).toMatch(/^hg-session-/)
  expect(JSON.stringify(session)).not.toContain('hg-secret-key')
  expect(heygen.openSessions.has(session.sessionId)).toBe(true)
  expect(heygen.requests.map((r) => r.url.pathname)).toEqual([
    '/v1/streaming.create_token',
    '/v1/streaming.new',
    '/v1/streaming.start',
  ])
  expect(heygen.requests.every((r) => r.headers.get('x-api-key') === 'hg-secret-key')).toBe(true)
  expect(heygen.requests[1].body).toMatchObject({
    avatar_name: 'Wayne_20240711',
    voice: { voice_id: 'en-US-warm' },
  })
})

test('the avatar says the question word for word, then the session closes', async () => {
  const avatar = createHeygenAvatar(config)
  const session = await avatar.createSession()
  const spoken = await avatar.speak(
    session.sessionId,
    '  Tell me about a time you led a project.  ',
  )
  expect(spoken).toMatchObject({
    sessionId: session.sessionId,
    text: 'Tell me about a time you led a project.',
    speaksInBrowser: false,
  })
  expect(spoken.taskId).toMatch(/\S/)
  expect(heygen.spoken.get(session.sessionId)).toEqual(['Tell me about a time you led a project.'])
  expect(heygen.requests.at(-1)!.body).toMatchObject({ task_type: 'repeat', task_mode: 'async' })
  await avatar.closeSession(session.sessionId)
  expect(heygen.openSessions.size).toBe(0)
})

test('a rejected key reads as such', async () => {
  heygen.script('401')
  const error = await failure(createHeygenAvatar(config).createSession())
  expect(error).toMatchObject({
    reason: 'HeyGen rejected the API key (401): Invalid credentials',
    retryable: false,
    status: 401,
  })
})

test('rate limiting and server errors read as temporary', async () => {
  heygen.script('429')
  expect(await failure(createHeygenAvatar(config).createSession())).toMatchObject({
    reason: 'HeyGen is rate-limiting requests (429): Too many requests',
    retryable: true,
  })
  heygen.script('success', '500')
  expect(await failure(createHeygenAvatar(config).createSession())).toMatchObject({
    reason: 'HeyGen had a server error (500): Internal error',
    retryable: true,
  })
})

test('a session that fails to start is stopped rather than left open', async () => {
  heygen.script('success', 'success', '500')
  await failure(createHeygenAvatar(config).createSession())
  expect(heygen.requests.at(-1)!.url.pathname).toBe('/v1/streaming.stop')
  expect(heygen.openSessions.size).toBe(0)
})

test('a malformed body reads as a malformed response', async () => {
  heygen.script('malformed')
  const error = await failure(createHeygenAvatar(config).createSession())
  expect(error.reason).toBe('HeyGen returned a malformed response to streaming.create_token')
})

test('a slow HeyGen times out', async () => {
  heygen.script('slow')
  const error = await failure(createHeygenAvatar({ ...config, timeoutMs: 50 }).createSession())
  expect(error.reason).toBe('HeyGen timed out')
})

test('without a key, HeyGen says which variable to set and that the local avatar works', async () => {
  const creating = createHeygenAvatar({ apiKey: undefined }).createSession()
  await expect(creating).rejects.toBeInstanceOf(ServiceNotConfiguredError)
  await expect(creating).rejects.toThrow(
    'HeyGen is not configured: set HEYGEN_API_KEY to show the streaming avatar; the local avatar works without it.',
  )
  expect(heygen.requests).toHaveLength(0)
})

test('the local avatar works with no key: the browser speaks the question', async () => {
  const avatar = createLocalAvatar({ voiceId: 'Samantha' })
  const session = await avatar.createSession()
  expect(session).toMatchObject({ provider: 'local', speaksInBrowser: true, voiceId: 'Samantha' })
  expect(session.sessionToken).toBeUndefined()
  const spoken = await avatar.speak(session.sessionId, 'Tell me about a time you failed.')
  expect(spoken).toEqual({
    sessionId: session.sessionId,
    text: 'Tell me about a time you failed.',
    speaksInBrowser: true,
  })
  await avatar.closeSession(session.sessionId)
  expect(heygen.requests).toHaveLength(0)
})

test('two local sessions have different ids', async () => {
  const avatar = createLocalAvatar()
  const [a, b] = await Promise.all([avatar.createSession(), avatar.createSession()])
  expect(a.sessionId).not.toBe(b.sessionId)
})

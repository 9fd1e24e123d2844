// The headers every response carries (server/security-headers.ts): HSTS only over HTTPS, the CSP
// on pages with a fresh nonce, and the third-party hosts in it only when their keys are set.
// tests/e2e/sign-up-and-dashboard.test.ts shows the app rendering and hydrating under the CSP.
import { createTestDatabase, type TestDatabase } from '../setup/database.ts'
import { startTestServer, type TestServer } from '../setup/server.ts'

describe('security headers', () => {
  let database: TestDatabase
  const servers: TestServer[] = []

  beforeAll(async () => {
    database = await createTestDatabase()
  })
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close({ graceMs: 100 })))
    await database?.close()
  })

  async function start(env: Record<string, string> = {}) {
    const server = await startTestServer({ database, env })
    servers.push(server)
    return server
  }

  test('a page gets a CSP with a new nonce each time, this host for sockets, no third party', async () => {
    const server = await start()
    const first = await fetch(`${server.url}/`)
    const second = await fetch(`${server.url}/`)
    const csp = first.headers.get('content-security-policy')!
    const directives = Object.fromEntries(
      csp.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/)
        return [name, values]
      }),
    )
    expect(directives['default-src']).toEqual(["'self'"])
    expect(directives['script-src']).toEqual([
      "'self'",
      expect.stringMatching(/^'nonce-.{20,}'$/),
      "'wasm-unsafe-eval'",
    ])
    expect(directives['connect-src']).toEqual(["'self'", `ws://${new URL(server.url).host}`])
    expect(directives['media-src']).toEqual(["'self'", 'blob:', 'mediastream:'])
    expect(directives['frame-ancestors']).toEqual(["'none'"])
    expect(directives['object-src']).toEqual(["'none'"])
    expect(second.headers.get('content-security-policy')).not.toBe(csp)
    expect(first.headers.get('strict-transport-security')).toBeNull()
    expect(first.headers.get('referrer-policy')).toBe('same-origin')
    expect(first.headers.get('x-powered-by')).toBeNull()
  })

  test('Deepgram and HeyGen hosts are allowed only when their keys are set', async () => {
    const plain = await start()
    const configured = await start({ DEEPGRAM_API_KEY: 'dg-test', HEYGEN_API_KEY: 'hg-test' })
    const cspOf = async (url: string) =>
      (await fetch(`${url}/`)).headers.get('content-security-policy')!
    expect(await cspOf(plain.url)).not.toMatch(/deepgram|heygen|livekit/)
    const csp = await cspOf(configured.url)
    expect(csp).toContain('wss://api.deepgram.com')
    expect(csp).toContain('https://api.heygen.com')
    expect(csp).toContain('wss://*.livekit.cloud')
  })

  test('HSTS is sent over HTTPS (behind a trusted proxy), never over plain HTTP', async () => {
    const proxied = await start({ TRUST_PROXY: 'true' })
    const https = await fetch(`${proxied.url}/healthz`, {
      headers: { 'x-forwarded-proto': 'https' },
    })
    expect(https.headers.get('strict-transport-security')).toMatch(/max-age=31536000/)
    const csp = (
      await fetch(`${proxied.url}/`, {
        headers: { 'x-forwarded-proto': 'https' },
      })
    ).headers.get('content-security-policy')
    expect(csp).toContain(`wss://${new URL(proxied.url).host}`)
    const http = await fetch(`${proxied.url}/healthz`)
    expect(http.headers.get('strict-transport-security')).toBeNull()
    // an untrusted client's X-Forwarded-Proto changes nothing
    const direct = await start()
    const spoofed = await fetch(`${direct.url}/healthz`, {
      headers: { 'x-forwarded-proto': 'https' },
    })
    expect(spoofed.headers.get('strict-transport-security')).toBeNull()
  })

  test('the API has the same headers but no CSP (a JSON response runs nothing)', async () => {
    const server = await start()
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    })
    expect(response.headers.get('content-security-policy')).toBeNull()
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-frame-options')).toBe('DENY')
  })
})

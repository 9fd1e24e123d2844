import type { Page } from 'playwright-core'
import { heygen } from '../mocks/heygen.ts'
import { useMockServer } from '../mocks/server.ts'
import { chromiumIsAvailable, launchChromium, type ChromiumSession } from '../setup/browser.ts'
import { createTestDatabase, type TestDatabase } from '../setup/database.ts'
import { ensureRemixBuild } from './remix-build.ts'
import { readyToAnswer, screenshots, signUp, startInterview } from './room-steps.ts'
import { startTestServer, type TestServer } from './test-server.ts'

describe.skipIf(!chromiumIsAvailable())('the interviewer with HeyGen configured', () => {
  useMockServer()
  let database: TestDatabase
  let server: TestServer
  let browser: ChromiumSession
  let page: Page
  const pageErrors: string[] = []

  beforeAll(async () => {
    ensureRemixBuild()
    database = await createTestDatabase()
    server = await startTestServer(database, { HEYGEN_API_KEY: 'hg-test-key' })
    browser = await launchChromium()
    page = await browser.context.newPage()
    page.on('pageerror', (error) => pageErrors.push(error.message))
    // HeyGen's video stream is a third-party service unreachable here: its browser SDK fails to
    // join, and the room must fall back to the local interviewer
    await page.routeWebSocket(/livekit|heygen/, (socket) => socket.close({ code: 1011 }))
    await page.route(/heygen|livekit/, (route) => route.abort())
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    await database?.close()
  })

  afterEach(() => {
    expect(pageErrors).toEqual([])
  })

  test('a stream that cannot start falls back to the local interviewer, and leaving closes the paid session', async () => {
    await signUp(page, server.url, 'avatar@example.com')
    await startInterview(page, { mode: 'Typing' })
    await page.getByText('The video avatar could not start').waitFor({ timeout: 15_000 })
    await readyToAnswer(page)
    expect(heygen.openSessions.size).toBe(1)
    await page.screenshot({ path: `${screenshots}/room-avatar-fallback.png`, fullPage: true })

    await page.getByRole('link', { name: '← Your interviews' }).click()
    await page.waitForURL(/\/dashboard$/)
    await expect.poll(() => heygen.openSessions.size).toBe(0)
    expect(heygen.requests.map((request) => request.url.pathname)).toContain('/v1/streaming.stop')
  })
})

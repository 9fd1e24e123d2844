import { heygen } from '../mocks/heygen.ts'
import { useMockServer } from '../mocks/server.ts'
import { chromiumIsAvailable } from '../setup/browser.ts'
import { useRoomBrowser } from './room-browser.ts'
import { readyToAnswer, screenshots, signUp, startInterview } from './room-steps.ts'

describe.skipIf(!chromiumIsAvailable())('the interviewer with HeyGen configured', () => {
  useMockServer()

  const room = useRoomBrowser({
    env: { HEYGEN_API_KEY: 'hg-test-key' },
    setup: async (page) => {
      // HeyGen's video stream is a third-party service unreachable here: its browser SDK fails to
      // join, and the room must fall back to the local interviewer
      await page.routeWebSocket(/livekit|heygen/, (socket) => socket.close({ code: 1011 }))
      await page.route(/heygen|livekit/, (route) => route.abort())
    },
  })

  test('a stream that cannot start falls back to the local interviewer, and leaving closes the paid session', async () => {
    await signUp(room.page, room.server.url, 'avatar@example.com')
    await startInterview(room.page, { mode: 'Typing' })
    await room.page.getByText('The video avatar could not start').waitFor({ timeout: 15_000 })
    await readyToAnswer(room.page)
    expect(heygen.openSessions.size).toBe(1)
    await room.page.screenshot({ path: `${screenshots}/room-avatar-fallback.png`, fullPage: true })

    await room.page.getByRole('link', { name: '← Your interviews' }).click()
    await room.page.waitForURL(/\/dashboard$/)
    await expect.poll(() => heygen.openSessions.size).toBe(0)
    expect(heygen.requests.map((request) => request.url.pathname)).toContain('/v1/streaming.stop')
  })
})

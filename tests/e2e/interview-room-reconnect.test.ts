import type { Page } from 'playwright-core'
import { chromiumIsAvailable, launchChromium, type ChromiumSession } from '../setup/browser.ts'
import { createTestDatabase, type TestDatabase } from '../setup/database.ts'
import { ensureRemixBuild } from './remix-build.ts'
import {
  answerTyped,
  firstAnswer,
  roomState,
  screenshots,
  signUp,
  startInterview,
} from './room-steps.ts'
import { startTestServer, type TestServer } from './test-server.ts'

describe.skipIf(!chromiumIsAvailable())(
  'the live connection drops while an answer is scored',
  () => {
    let database: TestDatabase
    let server: TestServer
    let browser: ChromiumSession
    let page: Page
    const pageErrors: string[] = []
    const socket = { dropped: false, refused: 0, opened: 0 }
    const submits: string[] = []

    beforeAll(async () => {
      ensureRemixBuild()
      database = await createTestDatabase()
      server = await startTestServer(database)
      browser = await launchChromium()
      page = await browser.context.newPage()
      page.on('pageerror', (error) => pageErrors.push(error.message))
      page.on('request', (request) => {
        const body = request.postData() ?? ''
        if (
          request.url().endsWith('/graphql') &&
          /RoomSubmitAttempt|RoomRetryExchange/.test(body)
        ) {
          submits.push(body)
        }
      })
      // The network between the page and our own server: the first scorer result to arrive cuts
      // the socket, and the next two reconnections are refused before one gets through.
      await page.routeWebSocket(/\/graphql$/, (route) => {
        if (socket.dropped && socket.refused < 2) {
          socket.refused++
          route.close({ code: 1012, reason: 'network lost' })
          return
        }
        socket.opened++
        const upstream = route.connectToServer()
        upstream.onMessage((message) => {
          if (!socket.dropped && String(message).includes('SCORER_FINISHED')) {
            socket.dropped = true
            route.close({ code: 1012, reason: 'network lost' })
            upstream.close()
            return
          }
          route.send(message)
        })
      })
    })

    afterAll(async () => {
      await browser?.close()
      await server?.close()
      await database?.close()
    })

    afterEach(() => {
      expect(pageErrors).toEqual([])
    })

    test('the room says it is reconnecting, then shows the feedback from what the server has', async () => {
      await signUp(page, server.url, 'reconnect@example.com')
      await startInterview(page, { mode: 'Typing' })
      await answerTyped(page, firstAnswer)

      await page.getByText('Reconnecting…').waitFor({ timeout: 10_000 })
      await page.screenshot({ path: `${screenshots}/room-reconnecting.png`, fullPage: true })
      await roomState(page, 'feedback', 20_000)
      expect(socket).toMatchObject({ dropped: true, refused: 2 })
      expect(socket.opened).toBeGreaterThanOrEqual(2)
      expect(Number(await page.getByTestId('overall-score').textContent())).toBeGreaterThan(0)

      // nothing was asked twice: one submit, one attempt, one result per scorer
      expect(submits).toHaveLength(1)
      const attempts = await database.prisma.mockInterviewAttempt.findMany({
        include: { scoreResults: true },
      })
      expect(attempts).toHaveLength(1)
      const scorerIds = attempts[0]!.scoreResults.map((result) => result.scorerId)
      expect(new Set(scorerIds).size).toBe(scorerIds.length)
    })
  },
)

import type { Page } from 'playwright-core'
import { chromiumIsAvailable, launchChromium, type ChromiumSession } from '../setup/browser.ts'
import { createTestDatabase, type TestDatabase } from '../setup/database.ts'
import { ensureRemixBuild } from './remix-build.ts'
import {
  fakeMicrophone,
  readyToAnswer,
  roomState,
  screenshots,
  signUp,
  startInterview,
} from './room-steps.ts'
import { startTestServer, type TestServer } from './test-server.ts'

const whatISaid =
  'Last spring I ran the stock count at our depot and found a gap of forty pallets. I traced it to a ' +
  'faulty scanner, had it replaced that week, and added a daily spot check; the next count matched.'

describe.skipIf(!chromiumIsAvailable())(
  'a spoken answer on a server without speech-to-text',
  () => {
    let database: TestDatabase
    let server: TestServer
    let browser: ChromiumSession
    let page: Page
    const pageErrors: string[] = []

    beforeAll(async () => {
      ensureRemixBuild()
      database = await createTestDatabase()
      server = await startTestServer(database)
      browser = await launchChromium({ args: fakeMicrophone })
      page = await browser.context.newPage()
      page.on('pageerror', (error) => pageErrors.push(error.message))
    })

    afterAll(async () => {
      await browser?.close()
      await server?.close()
      await database?.close()
    })

    afterEach(() => {
      expect(pageErrors).toEqual([])
    })

    test('a pause is noticed, the recording is kept and the candidate types what they said, which is then scored', async () => {
      await signUp(page, server.url, 'no-stt@example.com')
      await startInterview(page, { mode: 'Voice' })
      await readyToAnswer(page)
      await page.getByRole('button', { name: 'Start answering' }).click()
      // voice-activity detection (Silero, served from our origin) notices the pause after the words
      await page.getByText('You have paused').waitFor({ timeout: 25_000 })
      await page.screenshot({ path: `${screenshots}/room-silence-offer.png`, fullPage: true })
      await page.getByRole('button', { name: 'Finish answer' }).click()

      await roomState(page, 'awaitingTranscript')
      expect(await page.getByRole('heading', { name: 'Your recording is saved' }).count()).toBe(1)
      const waiting = await database.prisma.mockInterviewAttempt.findFirstOrThrow()
      expect(waiting).toMatchObject({ status: 'AWAITING_TRANSCRIPT' })
      expect(waiting.audioRef).not.toBeNull()
      await page.screenshot({ path: `${screenshots}/room-awaiting-transcript.png`, fullPage: true })

      await page.getByLabel('What you said').fill(whatISaid)
      await page.getByRole('button', { name: 'Score what I said' }).click()
      await roomState(page, 'feedback')
      expect(await page.getByTestId('transcript').textContent()).toBe(whatISaid)
      const scored = await database.prisma.mockInterviewAttempt.findFirstOrThrow()
      expect(scored).toMatchObject({ id: waiting.id, status: 'SCORED', audioRef: waiting.audioRef })
    })
  },
)

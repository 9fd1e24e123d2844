import type { Page } from 'playwright-core'
import { chromiumIsAvailable, launchChromium, type ChromiumSession } from '../setup/browser.ts'
import { createTestDatabase, type TestDatabase } from '../setup/database.ts'
import { ensureRemixBuild } from './remix-build.ts'
import {
  answerTyped,
  firstAnswer,
  readyToAnswer,
  roomState,
  screenshots,
  signUp,
  startInterview,
} from './room-steps.ts'
import { startTestServer, type TestServer } from './test-server.ts'

const cases = [
  {
    name: 'denied',
    // a microphone exists, and the permission prompt is answered "Block"
    args: ['--use-fake-device-for-media-stream', '--deny-permission-prompts'],
    message: /may not use your microphone.*Type your answer instead/,
  },
  { name: 'absent', args: [], message: /No microphone was found.*Type your answer instead/ },
]

describe.skipIf(!chromiumIsAvailable()).each(cases)(
  'a microphone that is $name',
  ({ name, args, message }) => {
    let database: TestDatabase
    let server: TestServer
    let browser: ChromiumSession
    let page: Page
    const pageErrors: string[] = []

    beforeAll(async () => {
      ensureRemixBuild()
      database = await createTestDatabase()
      server = await startTestServer(database)
      browser = await launchChromium({ args })
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

    test('the room says so, switches to typing, and the answer is still scored', async () => {
      await signUp(page, server.url, `mic-${name}@example.com`)
      await startInterview(page, { mode: 'Voice' })
      await readyToAnswer(page)
      await page.getByRole('button', { name: 'Start answering' }).click()

      const alert = page.getByRole('alert')
      await expect.poll(() => alert.textContent()).toMatch(message)
      await page.getByLabel('Your answer').waitFor()
      await page.screenshot({ path: `${screenshots}/room-microphone-${name}.png`, fullPage: true })

      await answerTyped(page, firstAnswer)
      await roomState(page, 'feedback')
    })
  },
)

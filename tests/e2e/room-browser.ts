import type { Page } from 'playwright-core'
import { launchChromium, type ChromiumSession } from '../setup/browser.ts'
import { createTestDatabase, type TestDatabase } from '../setup/database.ts'
import { ensureRemixBuild } from './remix-build.ts'
import { startTestServer, type TestServer } from './test-server.ts'

export type RoomBrowser = {
  database: TestDatabase
  server: TestServer
  browser: ChromiumSession
  page: Page
}

/**
 * For one test file: its own database, the real server on it, and Chromium with one page. A
 * script error in the page fails the test that caused it (hydration breaks silently otherwise).
 */
export function useRoomBrowser(
  options: {
    /** more server environment, e.g. a key whose service msw fakes */
    env?: Record<string, string>
    /** more Chromium flags, e.g. a fake microphone */
    args?: string[]
    /** routes and listeners to set on the page before the first test */
    setup?: (page: Page) => Promise<void> | void
  } = {},
): RoomBrowser {
  const room = {} as RoomBrowser
  const pageErrors: string[] = []

  beforeAll(async () => {
    ensureRemixBuild()
    room.database = await createTestDatabase()
    room.server = await startTestServer(room.database, options.env)
    room.browser = await launchChromium({ args: options.args })
    room.page = await room.browser.context.newPage()
    room.page.on('pageerror', (error) => pageErrors.push(error.message))
    await options.setup?.(room.page)
  })

  afterAll(async () => {
    await room.browser?.close()
    await room.server?.close()
    await room.database?.close()
  })

  afterEach(() => {
    expect(pageErrors).toEqual([])
  })

  return room
}

import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { isCi } from './services.ts'

/** Debian's Chromium (`apt-get install -y chromium`); Playwright's own download is never used. */
export const chromiumPath = '/usr/bin/chromium'

// Flags verified on these machines (PLATFORM.md): no sandbox inside containers, no GPU, and
// nothing that phones home, so a test run needs no network beyond localhost.
const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * Whether end-to-end tests can run. Without Chromium they fail under `CI=true` (a CI image
 * that lost its browser must not pass silently) and are skipped with a notice elsewhere.
 */
export function chromiumIsAvailable(): boolean {
  if (existsSync(chromiumPath)) return true
  const message = `${chromiumPath} is missing: install chromium: apt-get install -y chromium`
  if (isCi()) throw new Error(message)
  console.warn(`Skipping browser tests. ${message}`)
  return false
}

export type ChromiumSession = {
  context: BrowserContext
  /** closes the browser and removes its profile folder */
  close: () => Promise<void>
}

/** Starts Chromium with a fresh profile in a temporary `--user-data-dir`. */
export async function launchChromium(
  options: {
    viewport?: { width: number; height: number }
    /** more Chromium flags, e.g. a fake microphone */
    args?: string[]
  } = {},
): Promise<ChromiumSession> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'encore-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumFlags, ...(options.args ?? [])],
    viewport: options.viewport ?? { width: 1280, height: 900 },
  })
  // Every page's Content-Security-Policy refusals (server/security-headers.ts): a browser test
  // fails at close when the app did something its own policy forbids.
  const cspViolations: string[] = []
  const watch = (page: Page) =>
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text())
    })
  context.pages().forEach(watch)
  context.on('page', watch)
  return {
    context,
    close: async () => {
      await context.close()
      rmSync(userDataDir, { recursive: true, force: true })
      if (cspViolations.length > 0)
        throw new Error(`The page broke its Content-Security-Policy:\n${cspViolations.join('\n')}`)
    },
  }
}

// Issue 14's "done when", second half: a candidate sees their progress over three sessions.
// The sessions are seeded through the API, answered aloud (word timings) at three paces.
import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { answer } from '../engine/engine-fixture.ts'
import { chromiumIsAvailable, launchChromium, type ChromiumSession } from '../setup/browser.ts'
import { createTestDatabase, type TestDatabase } from '../setup/database.ts'
import { seedDatabase } from '../../prisma/seed.ts'
import { ensureRemixBuild } from './remix-build.ts'
import { finishedInterview, password, signUpCandidate } from './practice-seed.ts'
import { startTestServer, type TestServer } from './test-server.ts'

const screenshots = 'test-results'
const email = 'sam@example.com'

// three sessions, each better than the last: hesitant and fast, then adequate, then strong
const sessions = [
  {
    seed: 'p1',
    wordsPerMinute: 195,
    prioritisation: `Um, so, like, ${answer('prioritisation-urgent-jargon-1')}`,
    conflict: `Um, you know, ${answer('conflict-disagreement-strong-1').slice(0, 300)}`,
  },
  {
    seed: 'p2',
    wordsPerMinute: 170,
    prioritisation: answer('prioritisation-urgent-adequate-1'),
    conflict: answer('conflict-disagreement-strong-1'),
  },
  {
    seed: 'p3',
    wordsPerMinute: 145,
    prioritisation: answer('prioritisation-urgent-strong-1'),
    conflict: answer('conflict-disagreement-strong-1'),
  },
]

describe.skipIf(!chromiumIsAvailable())('progress over three sessions', () => {
  let database: TestDatabase
  let server: TestServer
  let browser: ChromiumSession
  let page: Page
  let token: string
  const pageErrors: string[] = []

  beforeAll(async () => {
    ensureRemixBuild()
    database = await createTestDatabase()
    await seedDatabase(database.prisma)
    server = await startTestServer(database)
    token = await signUpCandidate(server.url, email, 'Sam Candidate')
    browser = await launchChromium()
    page = await browser.context.newPage()
    page.on('pageerror', (error) => pageErrors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        pageErrors.push(message.text())
    })
    mkdirSync(screenshots, { recursive: true })
    await page.goto(url('/signin'))
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill(password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL(url('/dashboard'))
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    await database?.close()
  })

  afterEach(() => {
    expect(pageErrors).toEqual([])
  })

  const url = (path: string) => new URL(path, server.url).toString()
  const chart = (title: string) => page.getByRole('figure', { name: title, exact: true })
  const tableRows = (title: string) => chart(title).locator('tbody tr')

  test('before any finished interview, the page says how to start the trend', async () => {
    await page.getByRole('link', { name: 'Progress' }).click()
    await page.waitForURL(url('/dashboard/progress'))
    await expect.poll(() => page.getByText('No finished interviews yet').isVisible()).toBe(true)
    await expect
      .poll(() => page.getByRole('link', { name: 'Start a mock interview' }).isVisible())
      .toBe(true)
    await page.screenshot({ path: `${screenshots}/progress-empty.png`, fullPage: true })
  })

  test('three sessions draw the overall and dimension scores, pace, fillers and competencies', async () => {
    for (const session of sessions) {
      await finishedInterview(server.url, token, {
        answers: ['', ''],
        competencies: ['prioritisation', 'conflict'],
        seed: session.seed,
        wordsPerMinute: session.wordsPerMinute,
        answerFor: (competency) =>
          competency === 'conflict' ? session.conflict : session.prioritisation,
      })
    }
    await page.reload()
    await expect
      .poll(() => page.getByText('Across your 3 finished interviews').isVisible())
      .toBe(true)

    const scores = chart('Scores').locator('svg[role="img"]').last()
    expect(await scores.getAttribute('aria-label')).toMatch(
      /Overall: [\d.]+ to [\d.]+ \((up|down) [\d.]+|no change\) over 3 sessions/,
    )
    expect(await scores.getAttribute('aria-label')).toMatch(/Structure: .* over 3 sessions/)
    expect(await tableRows('Scores').count()).toBe(3)

    // the same numbers as a table, opened by keyboard
    await chart('Pace').getByText('Show the numbers as a table').focus()
    await page.keyboard.press('Enter')
    const pace = (await tableRows('Pace').locator('td').allTextContents()).map(Number)
    expect(pace).toHaveLength(3)
    expect(pace[0]).toBeGreaterThan(pace[2]!)
    expect(
      await chart('Fillers per minute')
        .locator('svg[role="img"]')
        .last()
        .getAttribute('aria-label'),
    ).toMatch(/Fillers per minute: [\d.]+ to [\d.]+ .* over 3 sessions/)

    const competencies = page.getByRole('table', { name: /Score per competency/ })
    const prioritisation = competencies.getByRole('row', { name: /Prioritisation/ })
    expect(await prioritisation.locator('td').first().textContent()).toBe('3')
    expect(await competencies.getByRole('row', { name: /Conflict/ }).count()).toBe(1)
    await page.screenshot({ path: `${screenshots}/progress-three-sessions.png`, fullPage: true })

    await page.setViewportSize({ width: 390, height: 844 })
    await page.screenshot({ path: `${screenshots}/progress-phone.png`, fullPage: true })
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth),
    ).toBe(false)
    // the phone gets its own narrow drawing, with the same summary
    expect(await chart('Scores').locator('svg[role="img"]').first().isVisible()).toBe(true)
    expect(await chart('Scores').locator('svg[role="img"]').last().isVisible()).toBe(false)
    await page.setViewportSize({ width: 1280, height: 900 })
  }, 120_000)
})

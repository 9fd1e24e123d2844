import type { Page } from 'playwright-core'
import { chromiumIsAvailable, launchChromium, type ChromiumSession } from '../setup/browser.ts'
import { createTestDatabase, type TestDatabase } from '../setup/database.ts'
import { ensureRemixBuild } from './remix-build.ts'
import {
  answerTyped,
  firstAnswer,
  readyToAnswer,
  retryAnswer,
  roomState,
  screenshots,
  signUp,
  startInterview,
} from './room-steps.ts'
import { startTestServer, type TestServer } from './test-server.ts'

describe.skipIf(!chromiumIsAvailable())('a whole typed interview in the room', () => {
  let database: TestDatabase
  let server: TestServer
  let browser: ChromiumSession
  let page: Page
  const pageErrors: string[] = []

  beforeAll(async () => {
    ensureRemixBuild()
    database = await createTestDatabase()
    server = await startTestServer(database)
    browser = await launchChromium()
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

  test('a new candidate pastes a job description and sees its competencies before starting', async () => {
    await signUp(page, server.url, 'typed-room@example.com')
    await page.screenshot({ path: `${screenshots}/room-dashboard-empty.png`, fullPage: true })
    await startInterview(page, { mode: 'Typing', screenshot: 'room-new-competencies.png' })
    await readyToAnswer(page)
    expect(await page.getByTestId('progress').textContent()).toBe('Question 1 of 3')
    expect(await page.getByTestId('caption').textContent()).toMatch(/\?|\./)
    await page.screenshot({ path: `${screenshots}/room-listening-typed.png`, fullPage: true })
  })

  test('a typed answer is scored live and its feedback shows the words it rests on', async () => {
    await answerTyped(page, firstAnswer)
    await roomState(page, 'feedback')
    const overall = Number(await page.getByTestId('overall-score').textContent())
    expect(overall).toBeGreaterThan(0)
    expect(await page.getByTestId('transcript').textContent()).toBe(firstAnswer)

    // focusing a feedback item highlights its evidence in the transcript
    const item = page.locator('[role="tabpanel"] li[tabindex="0"]').first()
    await item.focus()
    await expect
      .poll(() => page.locator('[data-testid="transcript"] mark').count())
      .toBeGreaterThan(0)

    await page.getByRole('tab', { name: /Delivery/ }).click()
    expect(await page.getByRole('tabpanel').textContent()).toMatch(/not measured for typed answers/)
    await page.getByRole('tab', { name: /Structure/ }).click()
    expect(await page.getByRole('tabpanel').textContent()).toMatch(/Situation\s*(present|missing)/i)
    await page.screenshot({ path: `${screenshots}/room-feedback.png`, fullPage: true })
  })

  test('a retry is a new attempt, compared with the first, and can be kept', async () => {
    await page.getByRole('button', { name: 'Retry this question' }).click()
    await roomState(page, 'listening')
    // keyboard only: the answer field, then Ctrl+Enter
    await page.getByLabel('Your answer').focus()
    await page.keyboard.type(retryAnswer)
    await page.keyboard.press('Control+Enter')
    await roomState(page, 'feedback')

    expect(await page.getByRole('heading', { name: /Attempt 2/ }).count()).toBe(1)
    expect(await page.getByTestId('comparison').textContent()).toMatch(
      /Since attempt 1: overall \d+ → \d+/,
    )
    await page.getByRole('button', { name: 'Keep this attempt' }).click()
    await expect.poll(() => page.getByRole('button', { name: 'Kept ✓' }).isDisabled()).toBe(true)
    await page.screenshot({ path: `${screenshots}/room-retry-compared.png`, fullPage: true })
  })

  test('the next question (or a follow-up) is asked, answered and scored', async () => {
    const before = await page.getByTestId('caption').textContent()
    await page.getByRole('button', { name: /Next question|Answer the follow-up/ }).click()
    await readyToAnswer(page)
    expect(await page.getByTestId('caption').textContent()).not.toBe(before)
    expect(await page.getByTestId('progress').textContent()).toMatch(
      /Follow-up question|Question 2 of 3/,
    )
    await answerTyped(page, firstAnswer)
    await roomState(page, 'feedback')
  })

  test('finishing shows the summary, and an answer is saved to the library', async () => {
    await page.getByRole('button', { name: 'Finish interview' }).click()
    await page.waitForURL(/\/summary$/)
    expect(Number(await page.getByTestId('summary-overall').textContent())).toBeGreaterThan(0)
    expect(await page.getByRole('heading', { name: 'Your answers' }).count()).toBe(1)
    await page.screenshot({ path: `${screenshots}/summary.png`, fullPage: true })

    await page.getByRole('button', { name: 'Save to library' }).first().click()
    await page
      .getByRole('link', { name: /Saved to your library/ })
      .first()
      .waitFor()
    const stories = await database.prisma.starStory.findMany()
    expect(stories).toHaveLength(1)
    expect(stories[0]!.sourceAttemptId).not.toBeNull()

    // the dashboard now links the finished interview to its summary
    await page.goto(new URL('/dashboard', server.url).toString())
    await page.getByRole('link', { name: 'Warehouse shift lead' }).click()
    await page.waitForURL(/\/summary$/)
  })

  test('another tab finishing the interview closes this room, with a link to the summary', async () => {
    await page.goto(new URL('/dashboard', server.url).toString())
    await startInterview(page, { mode: 'Typing' })
    await answerTyped(page, firstAnswer)
    await roomState(page, 'feedback')

    // the other tab resumes where this one is (the question after this answer) and finishes early
    const otherTab = await browser.context.newPage()
    await otherTab.goto(page.url())
    await otherTab.getByRole('button', { name: 'Finish interview' }).first().click()
    await otherTab.waitForURL(/\/summary$/)
    await otherTab.close()

    await roomState(page, 'closed')
    expect(
      await page.getByRole('status').filter({ hasText: 'This interview is closed' }).count(),
    ).toBe(1)
    await page.screenshot({ path: `${screenshots}/room-closed-elsewhere.png`, fullPage: true })
    await page.getByRole('link', { name: 'See the summary' }).click()
    await page.waitForURL(/\/summary$/)
  })

  test('the room works on a phone-sized screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(new URL('/dashboard', server.url).toString())
    await startInterview(page, { mode: 'Typing' })
    await answerTyped(page, firstAnswer)
    await roomState(page, 'feedback')
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth > window.innerWidth,
    )
    expect(overflow).toBe(false)
    await page.screenshot({ path: `${screenshots}/room-feedback-phone.png`, fullPage: true })
  })
})

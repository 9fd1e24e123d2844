// Issue 14's "done when", first half: a candidate goes from a finished interview to an edited,
// exported story. The interview is seeded through the API; everything after is the browser.
import { mkdirSync, readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { answer } from '../engine/engine-fixture.ts'
import { splitSentences } from '../../interview/library/sentences.ts'
import { chromiumIsAvailable, launchChromium, type ChromiumSession } from '../setup/browser.ts'
import { createTestDatabase, type TestDatabase } from '../setup/database.ts'
import { seedDatabase } from '../../prisma/seed.ts'
import { ensureRemixBuild } from './remix-build.ts'
import { createJob, finishedInterview, password, signUpCandidate } from './practice-seed.ts'
import { startTestServer, type TestServer } from './test-server.ts'

const screenshots = 'test-results'
const email = 'ada@example.com'
const transcript = answer('conflict-disagreement-strong-1')
const editedTitle = 'Kafka or batch: settling it with shadow data'

describe.skipIf(!chromiumIsAvailable())('from a finished interview to an exported story', () => {
  let database: TestDatabase
  let server: TestServer
  let browser: ChromiumSession
  let page: Page
  let question: string
  const pageErrors: string[] = []

  beforeAll(async () => {
    ensureRemixBuild()
    database = await createTestDatabase()
    await seedDatabase(database.prisma)
    server = await startTestServer(database)
    const token = await signUpCandidate(server.url, email)
    const jobId = await createJob(server.url, token, {
      title: 'Staff Engineer',
      company: 'Ledgerly',
      text: 'You will resolve conflicts between teams constructively, mentor engineers and lead the payments platform.',
    })
    const { attempts } = await finishedInterview(server.url, token, {
      answers: [transcript],
      jobDescriptionId: jobId,
      competencies: ['conflict'],
      seed: 'a',
    })
    question = attempts[0]!.question
    browser = await launchChromium()
    page = await browser.context.newPage()
    page.on('pageerror', (error) => pageErrors.push(error.message))
    // an error a route's boundary caught shows only in the console
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
  const field = (label: string) => page.getByLabel(label, { exact: true })

  test('the library offers the strong answer; saving it keeps every sentence the candidate said', async () => {
    await page.getByRole('link', { name: 'Library' }).click()
    await page.waitForURL(url('/dashboard/library'))
    await expect.poll(() => page.getByText('Answers worth keeping').isVisible()).toBe(true)
    await expect.poll(() => page.getByText('Your library is empty').isVisible()).toBe(true)
    await page.screenshot({
      path: `${screenshots}/library-answers-worth-keeping.png`,
      fullPage: true,
    })

    await page.getByRole('button', { name: `Save to library: ${question}` }).click()
    await page.waitForURL(/\/dashboard\/library\/[^/]+$/)
    await expect.poll(() => field('Title').inputValue()).toBe(question)

    const parts = await Promise.all(
      ['Situation', 'Task', 'Action', 'Result'].map((label) => field(label).inputValue()),
    )
    for (const sentence of splitSentences(transcript)) {
      expect(parts.some((part) => part.includes(sentence.text))).toBe(true)
    }
    expect(parts[0]).toMatch(/^At Ledgerly, a payments startup/)
    expect(await field('Polished answer').inputValue()).not.toBe('')
    // the source answer, its scores and its words, beside the story
    const source = page.getByRole('region', { name: 'Source answer' })
    expect(await source.textContent()).toContain(question)
    expect(await source.getByText('Transcript, as you said it').isVisible()).toBe(true)
    expect(await page.getByRole('status').first().textContent()).toBe('All changes saved')
    await page.screenshot({ path: `${screenshots}/story-editor.png`, fullPage: true })
  })

  test('leaving with unsaved edits asks first; staying keeps them; saving keeps them for good', async () => {
    await field('Title').fill(editedTitle)
    await field('Result').fill(
      `${await field('Result').inputValue()} Reconciliation tickets fell by ninety percent.`,
    )
    await expect.poll(() => page.getByText('Unsaved changes').isVisible()).toBe(true)

    await page.getByRole('link', { name: '← Answer library' }).click()
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' })
    await expect.poll(() => dialog.isVisible()).toBe(true)
    await page.screenshot({ path: `${screenshots}/story-editor-unsaved-warning.png` })
    await dialog.getByRole('button', { name: 'Keep editing' }).click()
    await expect.poll(() => dialog.isVisible()).toBe(false)
    expect(page.url()).toMatch(/\/dashboard\/library\/[^/]+$/)
    expect(await field('Title').inputValue()).toBe(editedTitle)

    // closing the tab warns too (the browser's own prompt)
    const prompted = new Promise<string>((resolve) =>
      page.once('dialog', (d) => {
        resolve(d.type())
        void d.dismiss()
      }),
    )
    await page.close({ runBeforeUnload: true })
    expect(await prompted).toBe('beforeunload')
    expect(page.isClosed()).toBe(false)

    await page.keyboard.press('Control+s')
    await expect.poll(() => page.getByText('All changes saved').isVisible()).toBe(true)
    await page.reload()
    expect(await field('Title').inputValue()).toBe(editedTitle)
    expect(await field('Result').inputValue()).toMatch(/ninety percent\.$/)
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(editedTitle)
  })

  test('the library exports the story as Markdown and prints it as a clean document', async () => {
    await page.getByRole('link', { name: '← Answer library' }).click()
    await page.waitForURL(url('/dashboard/library'))
    await expect.poll(() => page.getByRole('link', { name: editedTitle }).isVisible()).toBe(true)
    // saved, so no longer offered
    await expect.poll(() => page.getByText('Answers worth keeping').count()).toBe(0)
    await page.screenshot({ path: `${screenshots}/library-one-story.png`, fullPage: true })

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download Markdown' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('star-stories.md')
    const markdown = readFileSync((await download.path())!, 'utf8')
    expect(markdown).toMatch(/^# My STAR stories/)
    expect(markdown).toContain(`## ${editedTitle}`)
    expect(markdown).toContain('Competencies: conflict')
    expect(markdown).toMatch(/\*\*Result\.\*\* .*ninety percent\./)

    await page.getByRole('link', { name: 'Print or save as PDF' }).click()
    await page.waitForURL(url('/dashboard/library/print'))
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: editedTitle }).isVisible())
      .toBe(true)
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('body > header').isVisible()).toBe(false)
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false)
    await page.screenshot({ path: `${screenshots}/library-print.png`, fullPage: true })
    await page.pdf({ path: `${screenshots}/library-stories.pdf`, format: 'A4' })
    await page.emulateMedia({ media: 'screen' })
  })

  test('on a phone the library and the editor fit the screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(url('/dashboard/library'))
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
    await page.screenshot({ path: `${screenshots}/library-phone.png`, fullPage: true })
    expect(await overflow()).toBe(false)
    await page.getByRole('link', { name: editedTitle }).click()
    await page.waitForURL(/\/dashboard\/library\/[^/]+$/)
    await page.screenshot({ path: `${screenshots}/story-editor-phone.png` })
    expect(await overflow()).toBe(false)
    await page.setViewportSize({ width: 1280, height: 900 })
  })
})

// The answer library as a candidate with a few stories uses it: an empty library says what to do,
// filters by competency and job, full-text search, delete with undo (from the list, by keyboard,
// and from the editor). Stories are seeded through the API.
import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { gqlData } from '../api/api-harness.ts'
import { chromiumIsAvailable, launchChromium, type ChromiumSession } from '../setup/browser.ts'
import { createTestDatabase, type TestDatabase } from '../setup/database.ts'
import { seedDatabase } from '../../prisma/seed.ts'
import { ensureRemixBuild } from './remix-build.ts'
import { createJob, password, signUpCandidate } from './practice-seed.ts'
import { startTestServer, type TestServer } from './test-server.ts'

const screenshots = 'test-results'
const email = 'grace@example.com'

const CreateStory = /* GraphQL */ `
  mutation ($input: CreateStarStoryInput!) {
    createStarStory(input: $input) {
      __typename
    }
  }
`

describe.skipIf(!chromiumIsAvailable())('finding, deleting and restoring stories', () => {
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
    token = await signUpCandidate(server.url, email, 'Grace Candidate')
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
  const titles = () => page.getByRole('list').locator('li h3').allTextContents()

  test('an empty library tells a new candidate what to do first', async () => {
    await page.goto(url('/dashboard/library'))
    await expect.poll(() => page.getByText('Your library is empty').isVisible()).toBe(true)
    await expect
      .poll(() => page.getByRole('link', { name: 'Start a mock interview' }).isVisible())
      .toBe(true)
    await expect
      .poll(() => page.getByRole('button', { name: 'Write a story' }).isVisible())
      .toBe(true)
    // nothing to export yet
    expect(await page.getByRole('link', { name: 'Download Markdown' }).count()).toBe(0)
    await page.screenshot({ path: `${screenshots}/library-empty.png`, fullPage: true })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.screenshot({ path: `${screenshots}/library-empty-phone.png`, fullPage: true })
    await page.setViewportSize({ width: 1280, height: 900 })
  })

  test('stories filter by competency and by job, and search finds words in any part', async () => {
    const ledgerly = await createJob(server.url, token, {
      title: 'Staff Engineer',
      company: 'Ledgerly',
      text: 'You will resolve conflicts between teams, mentor engineers and prioritise the roadmap.',
    })
    const harbour = await createJob(server.url, token, {
      title: 'Support Lead',
      company: 'Harbour',
      text: 'In this customer-facing role you will own customer satisfaction and mentor the team.',
    })
    const stories = [
      {
        title: 'Kafka or batch',
        competencies: ['conflict'],
        action: 'I ran her consumer in shadow mode for a week.',
        jobDescriptionId: ledgerly,
      },
      {
        title: 'Growing Sam into a lead',
        competencies: ['mentoring'],
        action: 'I paired with Sam weekly.',
        jobDescriptionId: harbour,
      },
      {
        title: 'The refund backlog',
        competencies: ['customer-focus', 'prioritisation'],
        result: 'The backlog fell from 900 tickets to 40.',
        jobDescriptionId: harbour,
      },
      { title: 'Mentoring two juniors at once', competencies: ['mentoring'] },
    ]
    for (const input of stories) await gqlData(server.url, CreateStory, { input }, token)

    await page.reload()
    expect((await titles()).sort()).toEqual(stories.map((s) => s.title).sort())
    await page.screenshot({ path: `${screenshots}/library-list.png`, fullPage: true })

    await page.getByLabel('Competency', { exact: true }).selectOption({ label: 'Mentoring' })
    await expect
      .poll(async () => (await titles()).sort())
      .toEqual(['Growing Sam into a lead', 'Mentoring two juniors at once'])
    expect(new URL(page.url()).searchParams.get('competency')).toBe('mentoring')

    await page.getByLabel('Job', { exact: true }).selectOption({ label: 'Support Lead at Harbour' })
    await expect.poll(titles).toEqual(['Growing Sam into a lead'])
    await page.screenshot({ path: `${screenshots}/library-filtered.png`, fullPage: true })

    await page.getByRole('link', { name: 'Clear filters' }).click()
    await expect.poll(async () => (await titles()).length).toBe(4)

    // search by keyboard: type, press Enter; it reads every STAR part, in any case
    await page.getByLabel('Search', { exact: true }).fill('SHADOW')
    await page.getByLabel('Search', { exact: true }).press('Enter')
    await expect.poll(titles).toEqual(['Kafka or batch'])
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/1 story match/)
    await page.getByLabel('Search', { exact: true }).fill('900 tickets')
    await page.getByLabel('Search', { exact: true }).press('Enter')
    await expect.poll(titles).toEqual(['The refund backlog'])

    await page.getByLabel('Search', { exact: true }).fill('nothing like this')
    await page.getByLabel('Search', { exact: true }).press('Enter')
    await expect.poll(() => page.getByText('No stories match').isVisible()).toBe(true)
    await page.getByRole('link', { name: 'Show every story' }).click()
    await expect.poll(async () => (await titles()).length).toBe(4)
  })

  test('a story deleted from the list comes back with Undo, by keyboard', async () => {
    await page.getByRole('button', { name: 'Delete “The refund backlog”' }).click()
    const toast = page.getByRole('status').filter({ hasText: 'Deleted' })
    await expect.poll(() => toast.textContent()).toMatch(/Deleted “The refund backlog”/)
    await expect.poll(titles).not.toContain('The refund backlog')
    await page.screenshot({ path: `${screenshots}/library-deleted-undo.png`, fullPage: true })

    // Undo has the focus: Enter restores the story, with its competencies and job
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Undo')
    await page.keyboard.press('Enter')
    await expect.poll(titles).toContain('The refund backlog')
    expect(await toast.count()).toBe(0)
    await page.getByLabel('Job', { exact: true }).selectOption({ label: 'Support Lead at Harbour' })
    await expect.poll(titles).toContain('The refund backlog')
    await page.getByRole('link', { name: 'Clear filters' }).click()
    await expect.poll(async () => (await titles()).length).toBe(4)
  })

  test('a story deleted from its editor lands on the library, where Undo brings it back', async () => {
    await page.getByRole('link', { name: 'Kafka or batch' }).click()
    await page.waitForURL(/\/dashboard\/library\/[^/]+$/)
    await page.getByRole('button', { name: 'Delete story' }).click()
    await page.waitForURL(url('/dashboard/library'))
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Deleted' }).textContent())
      .toMatch(/Deleted “Kafka or batch”/)
    await expect.poll(titles).not.toContain('Kafka or batch')
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(titles).toContain('Kafka or batch')
    await page.getByRole('link', { name: 'Kafka or batch' }).click()
    await page.waitForURL(/\/dashboard\/library\/[^/]+$/)
    await expect
      .poll(() => page.getByLabel('Action', { exact: true }).inputValue())
      .toBe('I ran her consumer in shadow mode for a week.')
  })

  test('a story written by hand starts blank, is titled and saved, and says it has no source', async () => {
    await page.goto(url('/dashboard/library'))
    await page.getByRole('button', { name: 'Write a story' }).click()
    await page.waitForURL(/\/dashboard\/library\/[^/]+$/)
    await expect
      .poll(() => page.getByLabel('Title', { exact: true }).inputValue())
      .toBe('Untitled story')
    expect(await page.getByRole('region', { name: 'Source answer' }).textContent()).toMatch(
      /Written by hand/,
    )
    await page.getByLabel('Title', { exact: true }).fill('Owning the on-call rota')
    await page.getByLabel('Competencies', { exact: true }).fill('ownership, teamwork')
    await page.getByRole('button', { name: 'Save story' }).click()
    await expect.poll(() => page.getByText('All changes saved').isVisible()).toBe(true)
    await page.getByRole('link', { name: '← Answer library' }).click()
    await page.waitForURL(url('/dashboard/library'))
    await page.getByLabel('Competency', { exact: true }).selectOption({ label: 'Teamwork' })
    await expect.poll(titles).toEqual(['Owning the on-call rota'])
  })
})

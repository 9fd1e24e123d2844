// A job description's coverage: its competencies against the candidate's stories (covered, weak,
// missing), and "practise this", which starts an interview focused on the gaps, on one
// competency, or on one story's, and hands over to the interview room (/dashboard/mock/:id).
import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { gqlData } from '../api/api-harness.ts'
import * as doc from '../api/interview-documents.ts'
import { answer } from '../engine/engine-fixture.ts'
import { chromiumIsAvailable, launchChromium, type ChromiumSession } from '../setup/browser.ts'
import { createTestDatabase, type TestDatabase } from '../setup/database.ts'
import { seedDatabase } from '../../prisma/seed.ts'
import { ensureRemixBuild } from './remix-build.ts'
import { createJob, finishedInterview, password, signUpCandidate } from './practice-seed.ts'
import { startTestServer, type TestServer } from './test-server.ts'

const screenshots = 'test-results'
const email = 'lin@example.com'

const LatestPlan = /* GraphQL */ `
  query {
    viewer {
      interviews(first: 1) {
        edges {
          node {
            id
            jobDescription {
              id
            }
            plan {
              competency
            }
          }
        }
      }
    }
  }
`

describe.skipIf(!chromiumIsAvailable())('a job’s coverage and practising its gaps', () => {
  let database: TestDatabase
  let server: TestServer
  let browser: ChromiumSession
  let page: Page
  let token: string
  let jobId: string
  const pageErrors: string[] = []

  beforeAll(async () => {
    ensureRemixBuild()
    database = await createTestDatabase()
    await seedDatabase(database.prisma)
    server = await startTestServer(database)
    token = await signUpCandidate(server.url, email, 'Lin Candidate')
    jobId = await createJob(server.url, token, {
      title: 'Engineering Manager',
      company: 'Ledgerly',
      text:
        'You will lead a team of backend engineers, resolve conflicts between teams constructively, ' +
        'mentor junior engineers, and prioritise competing deadlines across the payments platform.',
    })
    // a strong story for conflict, a weak one for prioritisation, none for the rest
    for (const [competency, text, seed] of [
      ['conflict', answer('conflict-disagreement-strong-1'), 'a'],
      ['prioritisation', answer('prioritisation-urgent-jargon-1'), 'b'],
    ] as const) {
      const { attempts } = await finishedInterview(server.url, token, {
        answers: [text],
        jobDescriptionId: jobId,
        competencies: [competency],
        seed,
      })
      const saved = await gqlData(
        server.url,
        doc.SaveStarStoryFromAttempt,
        { input: { attemptId: attempts[0]!.id, title: `My ${competency} story` } },
        token,
      )
      expect(saved.saveStarStoryFromAttempt.__typename).toBe('StarStory')
    }
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
  const latestPlan = async () => {
    const data = await gqlData(server.url, LatestPlan, {}, token)
    const node = data.viewer.interviews.edges[0].node
    return {
      id: node.id as string,
      jobId: node.jobDescription?.id as string | undefined,
      competencies: [...new Set((node.plan as { competency: string }[]).map((q) => q.competency))],
    }
  }
  const row = (label: string) =>
    page
      .getByRole('list', { name: 'Competencies' })
      .getByRole('listitem')
      .filter({
        has: page.getByRole('heading', { name: label, exact: true }),
      })

  test('the job’s competencies show as covered, weak or missing against the stories', async () => {
    await page.goto(url('/dashboard/library'))
    await page.getByRole('link', { name: /Engineering Manager/ }).click()
    await page.waitForURL(url(`/dashboard/jobs/${jobId}`))
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toMatch(/Engineering Manager at Ledgerly/)
    expect(await row('Conflict').textContent()).toMatch(/Covered.*1 story, best scored \d+/)
    expect(await row('Prioritisation').textContent()).toMatch(/Weak/)
    expect(await row('Mentoring').textContent()).toMatch(/Missing.*no story yet/)
    expect(await row('Conflict').getByRole('link', { name: 'My conflict story' }).count()).toBe(1)
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toMatch(
      /1 of \d+ covered · 1 weak · \d+ missing/,
    )
    await page.screenshot({ path: `${screenshots}/job-coverage.png`, fullPage: true })
    await page.setViewportSize({ width: 390, height: 844 })
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth),
    ).toBe(false)
    await page.screenshot({ path: `${screenshots}/job-coverage-phone.png`, fullPage: true })
    await page.setViewportSize({ width: 1280, height: 900 })
  })

  test('“Practise the gaps” starts an interview on the weak and missing competencies only', async () => {
    await page.getByRole('button', { name: 'Practise the gaps' }).click()
    await page.waitForURL(/\/dashboard\/mock\/[^/]+$/)
    const plan = await latestPlan()
    expect(page.url()).toBe(url(`/dashboard/mock/${plan.id}`))
    await page.screenshot({ path: `${screenshots}/practise-the-gaps-room.png` })
    expect(plan.jobId).toBe(jobId)
    expect(plan.competencies).not.toContain('conflict')
    expect(plan.competencies).toContain('prioritisation')
    expect(plan.competencies.length).toBeGreaterThan(1)
  })

  test('“Practise this” on one competency, by keyboard, asks only about it', async () => {
    await page.goto(url(`/dashboard/jobs/${jobId}`))
    await row('Mentoring').getByRole('button', { name: 'Practise Mentoring' }).focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/dashboard\/mock\/[^/]+$/)
    expect((await latestPlan()).competencies).toEqual(['mentoring'])
  })

  test('a story’s “Practise this” asks about its competencies, for its job', async () => {
    await page.goto(url('/dashboard/library'))
    await page.getByRole('link', { name: 'My conflict story' }).click()
    await page.waitForURL(/\/dashboard\/library\/[^/]+$/)
    await page.getByRole('button', { name: 'Practise this' }).click()
    await page.waitForURL(/\/dashboard\/mock\/[^/]+$/)
    const plan = await latestPlan()
    expect(plan.competencies).toEqual(['conflict'])
    expect(plan.jobId).toBe(jobId)
  })
})

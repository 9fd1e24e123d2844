// Steps the interview-room journeys share: a new candidate, a job description pasted, an
// interview started, and waits on the room's visible state.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'

export const screenshots = 'test-results'
mkdirSync(screenshots, { recursive: true })

// The spoken answer Chromium's fake microphone plays (espeak-ng, 16 kHz mono, 12 s).
const answerWav = path.resolve(import.meta.dirname, '../fixtures/audio/answer.wav')
export const fakeMicrophone = [
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  `--use-file-for-fake-audio-capture=${answerWav}`,
]

export const jobAd = `Warehouse shift lead, Northgate Distribution. You will lead a team of twelve pickers and
packers on the night shift, keep the dispatch schedule on time, and coach new starters. We look for
someone who communicates clearly under pressure, solves problems on the floor, takes ownership of
safety and stock accuracy, and works well with the day shift and the transport planners.`

/** A short, specific answer with a result, written for these tests. */
export const firstAnswer =
  'On my last night shift at a parcel depot, two pickers called in sick before a 4 a.m. trailer cut-off. ' +
  'I had to get 900 orders out with ten people instead of twelve. I re-split the pick zones so the two ' +
  'fastest pickers covered the heavy aisles, moved myself onto packing for the first two hours, and ' +
  'told the transport planner at 1 a.m. that one trailer might leave fifteen minutes late. Every trailer ' +
  'left on time and we had zero mis-picks that night.'

export const retryAnswer =
  'At a parcel depot last winter two pickers called in sick before a 4 a.m. trailer cut-off, and as shift ' +
  'lead I owned getting 900 orders out with ten people. I re-planned the pick zones, put our two fastest ' +
  'pickers on the heavy aisles, packed myself for two hours, and warned the transport planner early about ' +
  'a possible fifteen-minute delay. All four trailers left on time, with zero mis-picks, and the planner ' +
  'asked me to write the zone plan up for the other shifts.'

export async function signUp(page: Page, baseUrl: string, email: string) {
  await page.goto(new URL('/signup', baseUrl).toString())
  await page.getByLabel('Name').fill('Robin Candidate')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password', { exact: true }).fill('correct horse battery staple')
  await page.getByRole('button', { name: 'Create account' }).click()
  await page.waitForURL(/\/dashboard$/)
}

/** Pastes the job ad, checks its competencies, and starts an interview in `mode`. */
export async function startInterview(
  page: Page,
  options: { mode: 'Voice' | 'Typing'; questions?: string; screenshot?: string },
) {
  await page
    .getByRole('link', { name: /new mock interview|start your first/i })
    .first()
    .click()
  await page.waitForURL(/\/dashboard\/mock\/new/)
  await page.getByLabel('Job title').fill('Warehouse shift lead')
  await page.getByLabel('Company (optional)').fill('Northgate Distribution')
  await page.getByLabel('Job description').fill(jobAd)
  await page.getByRole('button', { name: 'Read the competencies' }).click()
  await page.getByRole('list', { name: 'Competencies' }).waitFor()
  if (options.screenshot)
    await page.screenshot({ path: `${screenshots}/${options.screenshot}`, fullPage: true })
  const start = page
    .locator('form')
    .filter({ has: page.getByRole('button', { name: 'Start the interview' }) })
  await start.getByLabel('Number of questions').selectOption(options.questions ?? '3')
  await start.getByLabel(options.mode).check()
  await start.getByRole('button', { name: 'Start the interview' }).click()
  await page.waitForURL(/\/dashboard\/mock\/[^/]+\?mode=/)
}

/** The room's state machine state, as the page exposes it (`data-state`). */
export async function roomState(page: Page, state: string, timeout = 15_000) {
  await page.locator(`[data-state="${state}"]`).waitFor({ timeout })
}

/** Skips the spoken question (the caption shows it) and waits until the room listens. */
export async function readyToAnswer(page: Page) {
  await page.locator('[data-state="asking"], [data-state="listening"]').waitFor({ timeout: 15_000 })
  const ready = page.getByRole('button', { name: 'I’m ready to answer' })
  if (await ready.isVisible()) await ready.click()
  await roomState(page, 'listening')
}

export async function answerTyped(page: Page, text: string) {
  await readyToAnswer(page)
  await page.getByLabel('Your answer').fill(text)
  await page.getByRole('button', { name: 'Submit answer' }).click()
}

import { chromiumIsAvailable } from '../setup/browser.ts'
import { useRoomBrowser } from './room-browser.ts'
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

describe.skipIf(!chromiumIsAvailable())('a whole typed interview in the room', () => {
  const room = useRoomBrowser()

  test('a new candidate pastes a job description and sees its competencies before starting', async () => {
    await signUp(room.page, room.server.url, 'typed-room@example.com')
    await room.page.screenshot({ path: `${screenshots}/room-dashboard-empty.png`, fullPage: true })
    await startInterview(room.page, { mode: 'Typing', screenshot: 'room-new-competencies.png' })
    await readyToAnswer(room.page)
    expect(await room.page.getByTestId('progress').textContent()).toBe('Question 1 of 3')
    expect(await room.page.getByTestId('caption').textContent()).toMatch(/\?|\./)
    await room.page.screenshot({ path: `${screenshots}/room-listening-typed.png`, fullPage: true })
  })

  test('a typed answer is scored live and its feedback shows the words it rests on', async () => {
    await answerTyped(room.page, firstAnswer)
    await roomState(room.page, 'feedback')
    const overall = Number(await room.page.getByTestId('overall-score').textContent())
    expect(overall).toBeGreaterThan(0)
    expect(await room.page.getByTestId('transcript').textContent()).toBe(firstAnswer)

    // focusing a feedback item highlights its evidence in the transcript
    const item = room.page.locator('[role="tabpanel"] li[tabindex="0"]').first()
    await item.focus()
    await expect
      .poll(() => room.page.locator('[data-testid="transcript"] mark').count())
      .toBeGreaterThan(0)

    await room.page.getByRole('tab', { name: /Delivery/ }).click()
    expect(await room.page.getByRole('tabpanel').textContent()).toMatch(
      /not measured for typed answers/,
    )
    await room.page.getByRole('tab', { name: /Structure/ }).click()
    expect(await room.page.getByRole('tabpanel').textContent()).toMatch(
      /Situation\s*(present|missing)/i,
    )
    await room.page.screenshot({ path: `${screenshots}/room-feedback.png`, fullPage: true })
  })

  test('a retry is a new attempt, compared with the first, and can be kept', async () => {
    await room.page.getByRole('button', { name: 'Retry this question' }).click()
    await roomState(room.page, 'listening')
    // keyboard only: the answer field, then Ctrl+Enter
    await room.page.getByLabel('Your answer').focus()
    await room.page.keyboard.type(retryAnswer)
    await room.page.keyboard.press('Control+Enter')
    await roomState(room.page, 'feedback')

    expect(await room.page.getByRole('heading', { name: /Attempt 2/ }).count()).toBe(1)
    expect(await room.page.getByTestId('comparison').textContent()).toMatch(
      /Since attempt 1: overall \d+ → \d+/,
    )
    await room.page.getByRole('button', { name: 'Keep this attempt' }).click()
    await expect
      .poll(() => room.page.getByRole('button', { name: 'Kept ✓' }).isDisabled())
      .toBe(true)
    await room.page.screenshot({ path: `${screenshots}/room-retry-compared.png`, fullPage: true })
  })

  test('the next question (or a follow-up) is asked, answered and scored', async () => {
    const before = await room.page.getByTestId('caption').textContent()
    await room.page.getByRole('button', { name: /Next question|Answer the follow-up/ }).click()
    await readyToAnswer(room.page)
    expect(await room.page.getByTestId('caption').textContent()).not.toBe(before)
    expect(await room.page.getByTestId('progress').textContent()).toMatch(
      /Follow-up question|Question 2 of 3/,
    )
    await answerTyped(room.page, firstAnswer)
    await roomState(room.page, 'feedback')
  })

  test('finishing shows the summary, and an answer is saved to the library', async () => {
    await room.page.getByRole('button', { name: 'Finish interview' }).click()
    await room.page.waitForURL(/\/summary$/)
    expect(Number(await room.page.getByTestId('summary-overall').textContent())).toBeGreaterThan(0)
    expect(await room.page.getByRole('heading', { name: 'Your answers' }).count()).toBe(1)
    await room.page.screenshot({ path: `${screenshots}/summary.png`, fullPage: true })

    await room.page.getByRole('button', { name: 'Save to library' }).first().click()
    await room.page
      .getByRole('link', { name: /Saved to your library/ })
      .first()
      .waitFor()
    const stories = await room.database.prisma.starStory.findMany()
    expect(stories).toHaveLength(1)
    expect(stories[0]!.sourceAttemptId).not.toBeNull()

    // the dashboard now links the finished interview to its summary
    await room.page.goto(new URL('/dashboard', room.server.url).toString())
    await room.page.getByRole('link', { name: 'Warehouse shift lead' }).click()
    await room.page.waitForURL(/\/summary$/)
  })

  test('another tab finishing the interview closes this room, with a link to the summary', async () => {
    await room.page.goto(new URL('/dashboard', room.server.url).toString())
    await startInterview(room.page, { mode: 'Typing' })
    await answerTyped(room.page, firstAnswer)
    await roomState(room.page, 'feedback')

    // the other tab resumes where this one is (the question after this answer) and finishes early
    const otherTab = await room.browser.context.newPage()
    await otherTab.goto(room.page.url())
    await otherTab.getByRole('button', { name: 'Finish interview' }).first().click()
    await otherTab.waitForURL(/\/summary$/)
    await otherTab.close()

    await roomState(room.page, 'closed')
    expect(
      await room.page.getByRole('status').filter({ hasText: 'This interview is closed' }).count(),
    ).toBe(1)
    await room.page.screenshot({ path: `${screenshots}/room-closed-elsewhere.png`, fullPage: true })
    await room.page.getByRole('link', { name: 'See the summary' }).click()
    await room.page.waitForURL(/\/summary$/)
  })

  test('the room works on a phone-sized screen', async () => {
    await room.page.setViewportSize({ width: 390, height: 844 })
    await room.page.goto(new URL('/dashboard', room.server.url).toString())
    await startInterview(room.page, { mode: 'Typing' })
    await readyToAnswer(room.page)
    await room.page.screenshot({ path: `${screenshots}/room-listening-phone.png`, fullPage: true })
    await answerTyped(room.page, firstAnswer)
    await roomState(room.page, 'feedback')
    const overflow = await room.page.evaluate(
      () => document.documentElement.scrollWidth > window.innerWidth,
    )
    expect(overflow).toBe(false)
    await room.page.screenshot({ path: `${screenshots}/room-feedback-phone.png`, fullPage: true })

    // the summary fits too, each answer's score beside its question however long it runs
    await room.page.getByRole('button', { name: 'Finish interview' }).click()
    await room.page.waitForURL(/\/summary$/)
    const card = room.page.locator('li[id^="answer-"]').first()
    const question = await card.getByRole('heading').boundingBox()
    const score = await card.locator('p.text-2xl').boundingBox()
    expect(score!.y).toBeLessThan(question!.y + question!.height)
    expect(score!.x).toBeGreaterThan(question!.x + question!.width)
    expect(
      await room.page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth),
    ).toBe(false)
    await room.page.screenshot({ path: `${screenshots}/summary-phone.png`, fullPage: true })
  })
})

import type { Page } from 'playwright-core'
import { chromiumIsAvailable } from '../setup/browser.ts'
import { useRoomBrowser } from './room-browser.ts'
import { firstAnswer, jobAd, roomState, screenshots, signUp } from './room-steps.ts'

/** Presses Tab until the focused element's text or label matches `name`; fails after 60. */
async function tabTo(page: Page, name: RegExp) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null
      // past the last control focus leaves the page, and the body holds every word
      if (!element || element === document.body) return ''
      const label =
        (element.id && document.querySelector(`label[for="${element.id}"]`)?.textContent) ||
        element.closest('label')?.textContent
      return `${label ?? ''} ${element.getAttribute('aria-label') ?? ''} ${element.textContent ?? ''}`.trim()
    })
    if (name.test(focused)) return
  }
  throw new Error(`Nothing matching ${name} could be reached with Tab`)
}

describe.skipIf(!chromiumIsAvailable())('the interview room by keyboard alone', () => {
  const room = useRoomBrowser()

  test('a candidate plans an interview, answers, reads the feedback and finishes without a mouse', async () => {
    const { page } = room
    await signUp(page, room.server.url, 'keyboard@example.com')

    await tabTo(page, /New mock interview/)
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/dashboard\/mock\/new$/)
    await tabTo(page, /Job title/)
    await page.keyboard.type('Warehouse shift lead')
    await tabTo(page, /Job description/)
    await page.keyboard.insertText(jobAd)
    await tabTo(page, /Read the competencies/)
    await page.keyboard.press('Enter')
    await page.getByRole('list', { name: 'Competencies' }).waitFor()

    // a radio group is one stop: the arrow keys choose within it
    await tabTo(page, /Voice/)
    await page.keyboard.press('ArrowRight')
    await tabTo(page, /Start the interview/)
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/dashboard\/mock\/[^/]+\?mode=typed$/)

    await page.locator('[data-state="asking"], [data-state="listening"]').waitFor()
    if (await page.locator('[data-state="asking"]').count()) {
      await tabTo(page, /I’m ready to answer/)
      await page.keyboard.press('Enter')
    }
    await tabTo(page, /Your answer/)
    await page.keyboard.insertText(firstAnswer)
    await page.keyboard.press('Control+Enter')
    await roomState(page, 'feedback')

    // the feedback takes focus; its tabs move with the arrow keys
    await tabTo(page, /^\s*Content/)
    await page.keyboard.press('ArrowRight')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-selected'))).toBe(
      'true',
    )
    expect(await page.getByRole('tab', { name: /Delivery/ }).getAttribute('aria-selected')).toBe(
      'true',
    )
    await page.screenshot({ path: `${screenshots}/room-keyboard-tabs.png`, fullPage: true })

    await tabTo(page, /^Finish interview$/)
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/summary$/)
  }, 60_000)
})

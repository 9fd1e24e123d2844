import { readFile } from 'node:fs/promises'
import { unzipSync } from 'fflate'
import type { Page } from 'playwright-core'
import { chromiumIsAvailable, launchChromium, type ChromiumSession } from '../setup/browser.ts'
import { createTestDatabase, type TestDatabase } from '../setup/database.ts'
import { ensureRemixBuild } from './remix-build.ts'
import { startTestServer, type TestServer } from './test-server.ts'

const candidate = {
  name: 'Priya Private',
  email: 'priya@example.com',
  password: 'correct horse battery staple',
}

describe.skipIf(!chromiumIsAvailable())('privacy page and account', () => {
  let database: TestDatabase
  let server: TestServer
  let browser: ChromiumSession
  let page: Page
  const problems: string[] = []

  beforeAll(async () => {
    ensureRemixBuild()
    database = await createTestDatabase()
    server = await startTestServer(database)
    browser = await launchChromium()
    page = await browser.context.newPage()
    page.on('pageerror', (error) => problems.push(error.message))
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text())
    })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
    await database?.close()
  })
  afterEach(() => expect(problems).toEqual([]))

  const url = (path: string) => new URL(path, server.url).toString()

  test('the privacy page says what is stored and that no outside service receives anything', async () => {
    await page.goto(url('/'))
    await page.getByRole('link', { name: 'Privacy and your data' }).click()
    await page.waitForURL(url('/privacy'))
    // the URL can change a moment before the new page renders: wait for its heading
    await page.getByRole('heading', { level: 1, name: /Your data/ }).waitFor()
    expect(await page.getByTestId('no-services').isVisible()).toBe(true)
    expect(await page.getByText('Recordings are kept until you delete your account.').count()).toBe(
      1,
    )
  })

  test('a candidate downloads their data, then deletes their account', async () => {
    await page.goto(url('/signup'))
    await page.getByLabel('Name').fill(candidate.name)
    await page.getByLabel('Email').fill(candidate.email)
    await page.getByLabel('Password').fill(candidate.password)
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.waitForURL(url('/dashboard'))

    await page.goto(url('/account'))
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Download my data' }).click()
    const files = unzipSync(new Uint8Array(await readFile((await (await download).path())!)))
    expect(JSON.parse(new TextDecoder().decode(files['account.json']!)).email).toBe(candidate.email)

    await page.goto(url('/account'))
    await page.getByLabel('Your password').fill('not my password')
    await page.getByRole('button', { name: 'Delete my account' }).click()
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/email or password is wrong/i)
    await page.getByLabel('Your password').fill(candidate.password)
    await page.getByRole('button', { name: 'Delete my account' }).click()
    await page.waitForURL(url('/'))
    expect(await database.prisma.user.count({ where: { email: candidate.email } })).toBe(0)
    await page.goto(url('/dashboard'))
    expect(new URL(page.url()).pathname).toBe('/signin')
  })
})

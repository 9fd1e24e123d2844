import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { chromiumIsAvailable, launchChromium, type ChromiumSession } from '../setup/browser.ts'
import { createTestDatabase, type TestDatabase } from '../setup/database.ts'
import { ensureRemixBuild } from './remix-build.ts'
import { startTestServer, type TestServer } from './test-server.ts'

const screenshots = 'test-results'
const password = 'correct horse battery staple'
const alice = { name: 'Alice Candidate', email: 'alice@example.com' }
const bob = { name: 'Bob Candidate', email: 'bob@example.com' }

describe.skipIf(!chromiumIsAvailable())('signing up and the dashboard', () => {
  let database: TestDatabase
  let server: TestServer
  let browser: ChromiumSession
  let page: Page
  const pageErrors: string[] = []
  // what the Content-Security-Policy refused (server/security-headers.ts): nothing, ever
  const cspViolations: string[] = []

  beforeAll(async () => {
    ensureRemixBuild()
    database = await createTestDatabase()
    server = await startTestServer(database)
    browser = await launchChromium()
    page = await browser.context.newPage()
    page.on('pageerror', (error) => pageErrors.push(error.message))
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text()))
        cspViolations.push(message.text())
    })
    mkdirSync(screenshots, { recursive: true })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    await database?.close()
  })

  // A script error in the browser breaks hydration while the forms still work without it.
  afterEach(() => {
    expect(pageErrors).toEqual([])
    expect(cspViolations).toEqual([])
  })

  const url = (path: string) => new URL(path, server.url).toString()

  async function fillSignUp(values: { name: string; email: string; password: string }) {
    await page.getByLabel('Name').fill(values.name)
    await page.getByLabel('Email').fill(values.email)
    await page.getByLabel('Password').fill(values.password)
    await page.getByRole('button', { name: 'Create account' }).click()
  }

  async function signIn(email: string, withPassword: string) {
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill(withPassword)
    await page.getByRole('button', { name: 'Sign in' }).click()
  }

  test('pages carry a nonce CSP and the security headers, and hydrate under them', async () => {
    const response = (await page.goto(url('/')))!
    const headers = response.headers()
    const csp = headers['content-security-policy'] ?? ''
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1]
    // 16 random bytes, base64
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain("'unsafe-eval'")
    expect(/script-src([^;]*)/.exec(csp)?.[1]).not.toContain('unsafe-inline')
    expect(headers['referrer-policy']).toBe('same-origin')
    expect(headers['x-frame-options']).toBe('DENY')
    expect(headers['x-content-type-options']).toBe('nosniff')
    // plain HTTP: no HSTS (tests/server/security-headers.test.ts covers HTTPS)
    expect(headers['strict-transport-security']).toBeUndefined()
    // every inline script Remix wrote carries this response's nonce, and the app hydrated
    const html = await response.text()
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])
    expect(scripts.length).toBeGreaterThan(0)
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`)
    await expect.poll(() => page.evaluate(() => '__remixRouter' in window)).toBe(true)
    // another request, another nonce
    const again = (await page.request.get(url('/'))).headers()['content-security-policy']
    expect(again).not.toContain(nonce)
  })

  test('a new candidate sees why a short password was refused, next to the password field', async () => {
    await page.goto(url('/'))
    await page.screenshot({ path: `${screenshots}/landing.png`, fullPage: true })
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(
      /Rehearse the interview/,
    )
    await page.getByRole('link', { name: 'Create your free account' }).click()
    await page.waitForURL(url('/signup'))

    await fillSignUp({ ...alice, password: 'short' })

    const passwordField = page.getByLabel('Password')
    await expect.poll(() => passwordField.getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#field-password-error').textContent()).toMatch(/10 characters/)
    // The rule is said once: the error replaces the hint that stated it.
    expect(await page.getByText(/10 characters/).count()).toBe(1)
    expect(await passwordField.getAttribute('aria-describedby')).toBe('field-password-error')
    await page.screenshot({ path: `${screenshots}/signup-short-password.png` })
    expect(await page.getByLabel('Email').getAttribute('aria-invalid')).toBeNull()
    await expect
      .poll(() => passwordField.evaluate((input) => input === document.activeElement))
      .toBe(true)
  })

  test('keyboard focus shows a clear ring on links and on the primary button', async () => {
    const indigoRing = 'rgb(79, 70, 229) 0px 0px 0px 4px' // ring-indigo-600 past a 2px offset
    const ringOfFocused = () =>
      page.evaluate(() => getComputedStyle(document.activeElement as Element).boxShadow)

    await page.goto(url('/signup'))
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Encore')
    await expect.poll(ringOfFocused).toContain(indigoRing)

    await page.getByLabel('Password').focus()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Create account')
    await expect.poll(ringOfFocused).toContain(indigoRing)
    await page.screenshot({ path: `${screenshots}/signup-button-focused.png` })
  })

  test('a new candidate signs up and lands on an empty dashboard', async () => {
    await fillSignUp({ ...alice, password })

    await page.waitForURL(url('/dashboard'))
    await expect.poll(() => page.getByText('No interviews yet').isVisible()).toBe(true)
    expect(await page.getByTestId('viewer-email').textContent()).toBe(alice.email)
    await page.screenshot({ path: `${screenshots}/dashboard-empty.png`, fullPage: true })
  })

  test('signing out returns home, and the dashboard then asks to sign in', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.waitForURL(url('/'))
    // The URL changes before React renders the navigation: wait for the signed-out header.
    await expect.poll(() => page.getByRole('link', { name: 'Sign in' }).isVisible()).toBe(true)

    await page.goto(url('/dashboard'))
    expect(new URL(page.url()).pathname).toBe('/signin')
    expect(new URL(page.url()).searchParams.get('redirectTo')).toBe('/dashboard')
  })

  test('an email that already has an account links to sign-in, with the email filled in', async () => {
    await page.goto(url('/signup'))
    await fillSignUp({ ...alice, password })

    const emailError = page.locator('#field-email-error')
    await expect.poll(() => emailError.textContent()).toMatch(/already exists/)
    await page.screenshot({ path: `${screenshots}/signup-email-taken.png` })
    await emailError.getByRole('link', { name: 'Sign in' }).click()

    await page.waitForURL((at) => at.pathname === '/signin')
    expect(new URL(page.url()).searchParams.get('email')).toBe(alice.email)
    expect(await page.getByLabel('Email').inputValue()).toBe(alice.email)
  })

  test('a wrong password shows an error; the right one signs in', async () => {
    await signIn(alice.email, 'not the password')

    const alert = page.getByRole('alert')
    await expect.poll(() => alert.textContent()).toMatch(/email or password is wrong/i)
    expect(new URL(page.url()).pathname).toBe('/signin')
    expect(await page.getByLabel('Email').inputValue()).toBe(alice.email)
    await page.screenshot({ path: `${screenshots}/signin-wrong-password.png` })

    await signIn(alice.email, password)
    await page.waitForURL(url('/dashboard'))
    expect(await page.getByTestId('viewer-email').textContent()).toBe(alice.email)
  })

  test('a signed-in candidate on a missing page still sees their own header', async () => {
    const response = await page.goto(url('/no-such-page'))
    expect(response?.status()).toBe(404)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found')
    expect(await page.getByTestId('viewer-email').textContent()).toBe(alice.email)
    expect(await page.getByRole('link', { name: 'Sign in' }).count()).toBe(0)
    await page.screenshot({ path: `${screenshots}/not-found-signed-in.png`, fullPage: true })
    await page.goto(url('/dashboard'))
  })

  test('missing pages and /favicon.ico log nothing on the server', async () => {
    const logged = vi.spyOn(console, 'error')
    try {
      expect((await fetch(url('/no-such-page'))).status).toBe(404)
      expect((await fetch(url('/no/such/page'), { method: 'POST' })).status).toBe(404)
      const favicon = await fetch(url('/favicon.ico'))
      expect(favicon.status).toBe(200)
      expect(new URL(favicon.url).pathname).toBe('/favicon.svg')
      expect(favicon.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
      expect(logged.mock.calls).toEqual([])
    } finally {
      logged.mockRestore()
    }
  })

  test('each candidate sees only their own interviews', async () => {
    const aliceRow = await database.prisma.user.findUniqueOrThrow({ where: { email: alice.email } })
    await database.prisma.mockInterview.createMany({
      data: [
        {
          userId: aliceRow.id,
          title: 'Staff engineer at Lumen',
          status: 'COMPLETED',
          overallScore: 78.4,
          createdAt: new Date('2026-11-20T10:00:00Z'),
        },
        {
          userId: aliceRow.id,
          title: 'Product manager at Acme',
          status: 'IN_PROGRESS',
          createdAt: new Date('2026-11-24T10:00:00Z'),
        },
      ],
    })

    await page.reload()
    const rows = page.getByRole('listitem').filter({ hasText: /at (Lumen|Acme)/ })
    expect(await rows.allTextContents()).toEqual([
      expect.stringMatching(/Product manager at Acme.*In progress.*24 Nov 2026.*—/),
      expect.stringMatching(/Staff engineer at Lumen.*Completed.*20 Nov 2026.*78/),
    ])
    await page.screenshot({ path: `${screenshots}/dashboard-with-interviews.png`, fullPage: true })

    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.waitForURL(url('/'))
    await page.goto(url('/signup'))
    await fillSignUp({ ...bob, password })
    await page.waitForURL(url('/dashboard'))

    expect(await page.getByTestId('viewer-email').textContent()).toBe(bob.email)
    await expect.poll(() => page.getByText('No interviews yet').isVisible()).toBe(true)
    expect(await page.getByText('Staff engineer at Lumen').count()).toBe(0)
    expect(await page.getByText('Product manager at Acme').count()).toBe(0)
  })

  test("another site's page cannot sign a visitor into someone else's account", async () => {
    await browser.context.clearCookies()
    const attacker = 'http://attacker.example/'
    await page.route(attacker, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<form method="post" action="${url('/signin')}">
          <input name="email" value="${alice.email}"><input name="password" value="${password}">
        </form><script>document.forms[0].submit()</script>`,
      }),
    )
    // Remix refuses a form post whose Origin is not this host, and logs why.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      const refused = page.waitForResponse((response) => response.url() === url('/signin'))
      await page.goto(attacker)
      expect((await refused).status()).toBeGreaterThanOrEqual(400)
      expect(String(logged.mock.calls[0]?.[0])).toMatch(/does not match `origin`/)
    } finally {
      logged.mockRestore()
    }
    const cookies = await browser.context.cookies(server.url)
    expect(cookies.map((cookie) => cookie.name)).not.toContain('encore_session')
  })
})

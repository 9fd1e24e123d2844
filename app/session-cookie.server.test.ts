import { clearedSessionCookieFor, sessionCookieFor } from './session-cookie.server.ts'

const inAnHour = new Date(Date.now() + 3_600_000)

function attributes(cookie: string): string[] {
  return cookie.split('; ').slice(1)
}

describe('the session cookie', () => {
  test('is HttpOnly and SameSite=Lax and lasts as long as the session', () => {
    const cookie = sessionCookieFor(new Request('http://localhost:3000/signin'), 'encs_x', inAnHour)
    expect(cookie).toMatch(/^encore_session=encs_x; /)
    expect(attributes(cookie)).toEqual(
      expect.arrayContaining(['Path=/', 'HttpOnly', 'SameSite=Lax']),
    )
    const maxAge = Number(/Max-Age=(\d+)/.exec(cookie)?.[1])
    expect(maxAge).toBeGreaterThan(3590)
    expect(maxAge).toBeLessThanOrEqual(3600)
  })

  test('is Secure on HTTPS and not on a plain-HTTP local run', () => {
    const https = sessionCookieFor(new Request('https://encore.example/signin'), 'encs_x', inAnHour)
    const http = sessionCookieFor(new Request('http://localhost:3000/signin'), 'encs_x', inAnHour)
    expect(attributes(https)).toContain('Secure')
    expect(attributes(http)).not.toContain('Secure')
  })

  test('is Secure behind a proxy that terminated HTTPS', () => {
    const request = new Request('http://10.0.0.5:3000/signin', {
      headers: { 'x-forwarded-proto': 'https, http' },
    })
    expect(attributes(sessionCookieFor(request, 'encs_x', inAnHour))).toContain('Secure')
    expect(attributes(clearedSessionCookieFor(request))).toContain('Secure')
  })

  test('signing out clears it at once', () => {
    const cookie = clearedSessionCookieFor(new Request('http://localhost:3000/signout'))
    expect(cookie).toMatch(/^encore_session=; /)
    expect(attributes(cookie)).toContain('Max-Age=0')
  })
})

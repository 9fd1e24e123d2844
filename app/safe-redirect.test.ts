import { safeRedirect } from './safe-redirect.ts'

describe('after signing in, the candidate goes back to where they were', () => {
  test.each([
    ['/dashboard', '/dashboard'],
    ['/interviews/abc?tab=answers#q2', '/interviews/abc?tab=answers#q2'],
    ['/a path', '/a%20path'],
  ])('%s stays on this site', (to, expected) => {
    expect(safeRedirect(to)).toBe(expected)
  })

  test.each([
    ['https://evil.example/phish'],
    ['//evil.example'],
    ['/\\evil.example'],
    ['/\t/evil.example'],
    ['/\n/evil.example'],
    ['/\r\n/evil.example'],
    ['\\\\evil.example'],
    ['javascript:alert(1)'],
    ['dashboard'],
    [''],
  ])('%j sends them to the dashboard instead of another site', (to) => {
    expect(safeRedirect(to)).toBe('/dashboard')
  })

  test('a missing or non-text redirectTo falls back to the given page', () => {
    expect(safeRedirect(null, '/')).toBe('/')
    expect(safeRedirect(undefined)).toBe('/dashboard')
    expect(safeRedirect(new File(['/dashboard'], 'x.txt'))).toBe('/dashboard')
  })
})

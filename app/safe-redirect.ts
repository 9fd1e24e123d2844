// A sentinel origin: whatever the browser would resolve `to` against, it must stay on it.
const base = new URL('http://encore.invalid')

/**
 * Keeps a `redirectTo` on this site. The check runs on the URL as a browser parses it, because
 * browsers drop tabs and newlines and read `\` as `/`: `/\t/evil.com` and `/\evil.com` both mean
 * `//evil.com`. What is returned is the parsed path, so the `Location` header holds no such tricks.
 */
export function safeRedirect(
  to: FormDataEntryValue | string | null | undefined,
  fallback = '/dashboard',
): string {
  if (typeof to !== 'string' || !to.startsWith('/')) return fallback
  let url: URL
  try {
    url = new URL(to, base)
  } catch {
    return fallback
  }
  if (url.origin !== base.origin) return fallback
  return `${url.pathname}${url.search}${url.hash}`
}

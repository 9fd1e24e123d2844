const minute = 60
const hour = 60 * minute
const day = 24 * hour

/**
 * How long to wait, as a person would say it: "in a few seconds", "in about 2 minutes", "in
 * about an hour". Messages speak in words; the exact number stays beside them for clients
 * (`retryAfterSeconds`).
 */
export function waitInWords(seconds: number): string {
  if (seconds <= 10) return 'in a few seconds'
  if (seconds < 45) return 'in less than a minute'
  const minutes = Math.round(seconds / minute)
  if (minutes < 60) return minutes === 1 ? 'in about a minute' : `in about ${minutes} minutes`
  const hours = Math.round(seconds / hour)
  if (hours < 24) return hours === 1 ? 'in about an hour' : `in about ${hours} hours`
  const days = Math.round(seconds / day)
  return days === 1 ? 'in about a day' : `in about ${days} days`
}

/** "in about 2 minutes": when to try again, as a person would say it. */
export function retryInWords(seconds: number): string {
  if (seconds < 45) return 'in a few seconds'
  const minutes = Math.round(seconds / 60)
  if (minutes <= 1) return 'in about a minute'
  if (minutes < 55) return `in about ${minutes} minutes`
  const hours = Math.round(minutes / 60)
  return hours <= 1 ? 'in about an hour' : `in about ${hours} hours`
}

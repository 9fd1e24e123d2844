/** 83_000 → "1:23" */
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000)
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

/** A score as the screen shows it: a whole number, or a dash when there is none. */
export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? '—' : String(Math.round(score))
}

/** "+6", "−3", "±0" */
export function formatDelta(delta: number | null | undefined): string {
  if (delta === null || delta === undefined) return ''
  const rounded = Math.round(delta)
  if (rounded === 0) return '±0'
  return rounded > 0 ? `+${rounded}` : `−${Math.abs(rounded)}`
}

const scorerNames: Record<string, string> = {
  star: 'STAR structure',
  relevance: 'Answers the question',
  topic: 'Fits the competency',
  specificity: 'Specific detail',
  ownership: 'Your own actions',
  judgement: 'Judgement',
  concision: 'Concision',
  pace: 'Pace',
  fillers: 'Filler words',
  pauses: 'Pauses',
  hedges: 'Hedging',
  rewrite: 'Rewrite',
  'follow-up': 'Follow-up question',
  'llm-content': 'AI content review',
  'llm-rewrite': 'AI rewrite',
}

/** A scorer's name for a candidate; a plugin's id reads as words. */
export function scorerName(id: string): string {
  return scorerNames[id] ?? id.replace(/[-_]/g, ' ').replace(/^\w/, (c) => c.toUpperCase())
}

/** "delivery-under-pressure" → "Delivery under pressure" */
export function formatCompetency(competency: string): string {
  const words = competency.replace(/[-_]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

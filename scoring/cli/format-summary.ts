import type { MockInterviewAttemptResponse } from '../response.ts'

/** A readable summary of a scored answer for a terminal. */
export function formatSummary(response: MockInterviewAttemptResponse): string {
  const score = (value: number | null) => (value === null ? '—' : String(value))
  const lines = [`Overall: ${score(response.overall)} / 100 (${response.status})`, '']
  for (const [name, dimension] of Object.entries(response.dimensions)) {
    lines.push(
      `  ${name.padEnd(12)} ${score(dimension.score).padStart(5)}${dimension.reason ? `  ${dimension.reason}` : ''}`,
    )
  }
  if (response.star) {
    const parts = (['situation', 'task', 'action', 'result'] as const).map(
      (p) => `${p} ${response.star![p].present ? '✓' : '✗'}`,
    )
    lines.push('', `STAR: ${parts.join('  ')}  quantified ${response.star.quantified ? '✓' : '✗'}`)
  }
  if (response.delivery) {
    const d = response.delivery
    lines.push(
      `Delivery: ${d.wpm ?? '—'} wpm, ${d.fillers.count} fillers${d.fillers.words.length ? ` (${d.fillers.words.join(', ')})` : ''}, ` +
        `${d.fillersPerMinute ?? '—'} per minute, ${d.longPauses ?? '—'} long pauses, ${d.hedges.count} hedges`,
    )
  }
  if (response.feedback.length > 0) {
    lines.push('', 'Feedback:')
    for (const item of response.feedback)
      lines.push(`  ${item.kind === 'strength' ? '+' : '-'} ${item.message} [${item.scorerId}]`)
  }
  if (response.followUp) lines.push('', `Follow-up: ${response.followUp.question}`)
  if (response.rewrite) lines.push('', 'Rewrite:', `  ${response.rewrite}`)
  lines.push('', 'Scorers:')
  for (const s of response.scorers) {
    lines.push(
      `  ${s.id}@${s.version} ${s.status} ${score(s.score)} (${s.durationMs} ms)${s.reason ? `  ${s.reason}` : ''}`,
    )
  }
  if (response.degraded) lines.push('', `Degraded: ${response.degraded.reason}`)
  return lines.join('\n')
}

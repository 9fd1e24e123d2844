/**
 * The bench's one table (Markdown, so that it pastes into docs/scaling.md) and its JSON. A figure
 * that could not be measured is a row that says why.
 */
import { mkdirSync, writeFileSync } from 'node:fs'

export type Row = {
  figure: string
  profile: string
  value: string
  baseline: string
  ratio: string
  notes?: string
}

export type Report = {
  rows: Row[]
  /** everything measured, for the JSON */
  raw: Record<string, unknown>
  /** figure → why it is missing */
  unmeasured: Record<string, string>
  accounted: unknown[]
}

export function createReport(): Report {
  return { rows: [], raw: {}, unmeasured: {}, accounted: [] }
}

/** Runs one figure; a failure becomes an "unmeasured" row with the reason, not a stopped run. */
export async function measured<T>(
  report: Report,
  figure: string,
  profile: string,
  run: () => Promise<T>,
): Promise<T | undefined> {
  const started = performance.now()
  try {
    const result = await run()
    console.log(
      `  ✓ ${figure}, ${profile} (${((performance.now() - started) / 1000).toFixed(0)} s)`,
    )
    return result
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    console.log(`  ✗ ${figure}, ${profile}: ${reason}`)
    report.unmeasured[`${figure} (${profile})`] = reason
    report.rows.push({
      figure,
      profile,
      value: 'not measured',
      baseline: '—',
      ratio: '—',
      notes: reason.slice(0, 200),
    })
    return undefined
  }
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ')
}

export function markdownTable(rows: Row[]): string {
  const head = ['figure', 'profile', 'value', 'baseline (same run)', 'ratio', 'notes']
  const lines = [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map(
      (row) =>
        `| ${[row.figure, row.profile, row.value, row.baseline, row.ratio, row.notes ?? ''].map(cell).join(' | ')} |`,
    ),
  ]
  return lines.join('\n')
}

export function writeReport(report: Report, settings: Record<string, unknown>): string {
  mkdirSync('test-results', { recursive: true })
  const file = 'test-results/bench.json'
  writeFileSync(
    file,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        settings,
        rows: report.rows,
        unmeasured: report.unmeasured,
        accounted: report.accounted,
        raw: report.raw,
      },
      null,
      2,
    ),
  )
  return file
}

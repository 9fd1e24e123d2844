/**
 * `npm audit --omit=dev` for CI: fails on any high or critical advisory that
 * `.ci/audit-allowlist.json` does not explain (each entry names the advisory, why it cannot be
 * fixed yet and why it does not reach Encore; docs/security.md lists them). When the registry
 * does not serve the advisory database (a mirror answering 404/405, as on the offline build
 * machines), it says so loudly and passes: there is nothing to judge, and failing would only
 * teach people to ignore the step. Run: `npx tsx .ci/audit.ts`.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export type AuditReport = {
  error?: { code?: string; summary?: string; detail?: string }
  vulnerabilities?: Record<
    string,
    { severity: string; via: (string | { source?: number; url?: string; title?: string })[] }
  >
}
export type Allowlist = { advisory: string; package: string; reason: string }[]

/** Each high or critical finding no allowlist entry explains, as "package: advisory (title)". */
export function unexplainedFindings(report: AuditReport, allowlist: Allowlist): string[] {
  const found: string[] = []
  for (const [name, finding] of Object.entries(report.vulnerabilities ?? {})) {
    if (finding.severity !== 'high' && finding.severity !== 'critical') continue
    for (const via of finding.via) {
      if (typeof via === 'string') continue // reached through another package, listed itself
      const advisory = via.url ?? String(via.source)
      if (allowlist.some((entry) => entry.package === name && entry.advisory === advisory)) continue
      found.push(`${name}: ${advisory} (${via.title ?? 'no title'})`)
    }
  }
  return found
}

/** Whether the registry simply has no advisory endpoint (nothing was checked, nothing failed). */
export function advisoriesUnavailable(report: AuditReport, stderr: string): boolean {
  return (
    !report.vulnerabilities &&
    /\b(404|405)\b|audit endpoint returned an error/.test(
      `${report.error?.summary ?? ''} ${report.error?.detail ?? ''} ${stderr}`,
    )
  )
}

function main(): number {
  let stdout = ''
  let stderr = ''
  try {
    stdout = execFileSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' })
  } catch (error) {
    // npm audit exits 1 when it finds anything; its report is still on stdout
    const failed = error as { stdout?: string; stderr?: string }
    stdout = failed.stdout ?? ''
    stderr = failed.stderr ?? ''
  }
  let report: AuditReport
  try {
    report = JSON.parse(stdout || '{}') as AuditReport
  } catch {
    console.error(`npm audit printed no report:\n${stdout}\n${stderr}`)
    return 1
  }
  if (advisoriesUnavailable(report, stderr)) {
    console.warn(
      'npm audit: this registry does not serve the advisory database; nothing was checked. ' +
        'Run `npm audit --omit=dev` where registry.npmjs.org is reachable.',
    )
    return 0
  }
  if (report.error) {
    console.error(`npm audit failed: ${report.error.summary ?? JSON.stringify(report.error)}`)
    return 1
  }
  const allowlist = JSON.parse(
    readFileSync(new URL('./audit-allowlist.json', import.meta.url), 'utf8'),
  ) as Allowlist
  const unexplained = unexplainedFindings(report, allowlist)
  if (unexplained.length > 0) {
    console.error(
      `npm audit: high findings without an explanation in .ci/audit-allowlist.json:\n${unexplained.join('\n')}`,
    )
    return 1
  }
  console.log('npm audit: no unexplained high or critical finding in production dependencies.')
  return 0
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(main())

/**
 * ScorerTester: ESLint's RuleTester for scorers. `new ScorerTester().run(scorer, cases)`
 * registers a suite in the running test framework: one test per case, plus one that
 * checks the cases themselves.
 */
import { checkCase } from './tester-check.ts'
import { caseProblems, flattenCases, type ScorerCases } from './tester-cases.ts'
import type { Scorer } from './types.ts'

type SuiteFn = (name: string, body: () => void) => unknown
type TestFn = (name: string, body: () => Promise<void>) => unknown

export interface ScorerTesterOptions {
  /** the framework's `describe` (default: the global one, as vitest's `globals` or jest provide) */
  describe?: SuiteFn
  /** the framework's `test` (default: the global one); node:test's works too */
  test?: TestFn
  /** each case's deadline in ms (default 2000) */
  timeoutMs?: number
}

/** The outcome of one case: no problems means it passed. */
export interface CaseReport {
  name: string
  group: 'valid' | 'invalid' | 'abstain'
  problems: string[]
}

export class ScorerTester {
  readonly #options: ScorerTesterOptions

  constructor(options: ScorerTesterOptions = {}) {
    this.#options = options
  }

  /** Registers `describe(scorer.id)` with a test per case; a failing case throws its problems, one per line. */
  run(scorer: Scorer<any>, cases: ScorerCases): void {
    const describe = this.#options.describe ?? (globalThis as { describe?: SuiteFn }).describe
    const test = this.#options.test ?? (globalThis as { test?: TestFn }).test
    if (!describe || !test) {
      throw new Error(
        'ScorerTester found no global describe/test: pass them in, e.g. new ScorerTester({ describe, test }) with node:test or vitest imports.',
      )
    }
    describe(scorer.id, () => {
      test('its cases are well formed', async () => {
        const problems = caseProblems(scorer, cases)
        if (problems.length > 0)
          throw new Error(`${scorer.id}: the cases need fixing:\n  - ${problems.join('\n  - ')}`)
      })
      for (const { group, case: c } of flattenCases(cases)) {
        test(`${group}: ${c.name}`, async () => {
          const problems = await checkCase(scorer, group, c, this.#timeoutMs)
          if (problems.length > 0) throw new Error(formatFailure(scorer, group, c.name, problems))
        })
      }
    })
  }

  /** Runs every case without a test framework and reports each one (the CLI and the tester's own tests use it). */
  async check(
    scorer: Scorer<any>,
    cases: ScorerCases,
  ): Promise<{ caseProblems: string[]; reports: CaseReport[] }> {
    const reports: CaseReport[] = []
    for (const { group, case: c } of flattenCases(cases)) {
      reports.push({
        name: c.name,
        group,
        problems: await checkCase(scorer, group, c, this.#timeoutMs),
      })
    }
    return { caseProblems: caseProblems(scorer, cases), reports }
  }

  get #timeoutMs(): number {
    return this.#options.timeoutMs ?? 2_000
  }
}

function formatFailure(
  scorer: Scorer<any>,
  group: string,
  name: string,
  problems: string[],
): string {
  return `${scorer.id}@${scorer.version}, ${group} case "${name}":\n  - ${problems.join('\n  - ')}`
}

/**
 * `npm run scoring:eval [-- --set <file> ...] [--infer-kinds] [--json]`: scores labelled answer
 * sets as the app does (scoring.config.json; a bank question's rubric) and prints agreement with
 * the human labels beside the words-only baseline. `--infer-kinds` withholds the sets' kinds, as
 * a caller that gives none (the pipeline infers them from the wording). Exits 1 when a
 * figure is below scoring/eval-thresholds.json (the set's own figures, else the defaults), 2 on bad arguments or an unreadable set.
 */
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { evaluate, readLabelledSet } from './evaluate.ts'
import {
  belowThresholds,
  formatReport,
  labelledSetPaths,
  readThresholds,
  thresholdsFor,
} from './eval-report.ts'

async function main(): Promise<number> {
  let args
  try {
    args = parseArgs({
      options: {
        set: { type: 'string', multiple: true },
        json: { type: 'boolean', default: false },
        'infer-kinds': { type: 'boolean', default: false },
      },
      strict: true,
    })
  } catch (error) {
    process.stderr.write(
      `${(error as Error).message}\nUsage: npm run scoring:eval -- [--set <labelled.json>]... [--infer-kinds] [--json]\n`,
    )
    return 2
  }
  const sets = args.values.set ?? (existsSync('tests/fixtures/eval') ? labelledSetPaths() : [])
  if (sets.length === 0) {
    process.stderr.write(
      'No labelled set found: pass --set <file> (see tests/fixtures/eval/README.md).\n',
    )
    return 2
  }
  const thresholds = await readThresholds()
  const results = []
  for (const path of sets) {
    let set
    try {
      set = await readLabelledSet(path)
    } catch (error) {
      process.stderr.write(`Could not read the labelled set ${path}: ${(error as Error).message}\n`)
      return 2
    }
    const report = await evaluate(set, { inferKinds: args.values['infer-kinds'] })
    results.push({
      set: path,
      report,
      failures: belowThresholds(report, thresholdsFor(thresholds, path)),
    })
  }
  if (args.values.json) {
    process.stdout.write(
      `${JSON.stringify(
        results.map(({ set, report, failures }) => ({ set, ...report, failures })),
        null,
        2,
      )}\n`,
    )
  } else {
    for (const { set, report, failures } of results) {
      process.stdout.write(`${formatReport(set, report)}\n`)
      for (const gap of thresholdsFor(thresholds, set).knownGaps)
        process.stdout.write(`  known gap, ${gap.style}: ${gap.why}\n`)
      process.stdout.write(
        failures.length > 0
          ? `  BELOW THRESHOLDS:\n    ${failures.join('\n    ')}\n\n`
          : '  all figures meet scoring/eval-thresholds.json\n\n',
      )
    }
  }
  return results.some((r) => r.failures.length > 0) ? 1 : 0
}

process.exitCode = await main()

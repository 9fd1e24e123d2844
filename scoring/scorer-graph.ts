import { ScoringConfigError } from './errors.ts'
import type { ConfiguredScorer } from './types.ts'

/**
 * Checks the scorers form a dependency graph the pipeline can run: unique ids, every
 * `dependsOn` configured, no cycle. Returns them in an order where each scorer comes
 * after its dependencies (configured order is kept where the graph allows).
 */
export function orderScorers(scorers: readonly ConfiguredScorer[]): ConfiguredScorer[] {
  const byId = new Map<string, ConfiguredScorer>()
  for (const entry of scorers) {
    const { id } = entry.scorer
    if (byId.has(id)) {
      throw new ScoringConfigError(
        `Scorer id "${id}" is configured twice; each scorer may appear once (give a copy its own id).`,
      )
    }
    byId.set(id, entry)
  }
  for (const entry of scorers) {
    for (const dep of entry.scorer.dependsOn ?? []) {
      if (!byId.has(dep)) {
        throw new ScoringConfigError(
          `Scorer "${entry.scorer.id}" depends on "${dep}", which is not configured; add "${dep}" to the config or remove it from dependsOn.`,
        )
      }
    }
  }

  const ordered: ConfiguredScorer[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (entry: ConfiguredScorer, path: string[]) => {
    const { id } = entry.scorer
    if (state.get(id) === 'done') return
    if (state.get(id) === 'visiting') {
      const cycle = [...path.slice(path.indexOf(id)), id].join(' → ')
      throw new ScoringConfigError(
        `Scorers depend on each other in a cycle: ${cycle}; remove one of these dependsOn links.`,
      )
    }
    state.set(id, 'visiting')
    for (const dep of entry.scorer.dependsOn ?? []) visit(byId.get(dep)!, [...path, id])
    state.set(id, 'done')
    ordered.push(entry)
  }
  for (const entry of scorers) visit(entry, [])
  return ordered
}

/** Agreement statistics between scores and human labels. Pure functions. */

/** Share of answer pairs (same question, different labels) that the scores order like the labels; score ties count half. */
export function pairwiseAccuracy(groups: readonly { score: number; label: number }[][]): {
  accuracy: number
  pairs: number
} {
  let agree = 0
  let pairs = 0
  for (const group of groups) {
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) {
        const a = group[i]
        const b = group[j]
        if (a.label === b.label) continue
        pairs += 1
        const byLabel = Math.sign(a.label - b.label)
        const byScore = Math.sign(a.score - b.score)
        agree += byScore === 0 ? 0.5 : byScore === byLabel ? 1 : 0
      }
    }
  }
  return { accuracy: pairs === 0 ? 0 : agree / pairs, pairs }
}

/** Average ranks, ties sharing the mean rank. */
function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0])
  const out = new Array<number>(values.length)
  for (let i = 0; i < order.length;) {
    let j = i
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j += 1
    for (let k = i; k <= j; k += 1) out[order[k][1]] = (i + j) / 2 + 1
    i = j + 1
  }
  return out
}

/** Spearman's rank correlation (Pearson on tie-averaged ranks). */
export function spearman(x: readonly number[], y: readonly number[]): number {
  if (x.length !== y.length || x.length < 2) return 0
  const rx = ranks(x)
  const ry = ranks(y)
  const mean = (v: number[]) => v.reduce((s, n) => s + n, 0) / v.length
  const mx = mean(rx)
  const my = mean(ry)
  let num = 0
  let dx = 0
  let dy = 0
  for (let i = 0; i < rx.length; i += 1) {
    num += (rx[i] - mx) * (ry[i] - my)
    dx += (rx[i] - mx) ** 2
    dy += (ry[i] - my) ** 2
  }
  return dx === 0 || dy === 0 ? 0 : num / Math.sqrt(dx * dy)
}

/** Spearman's rank correlation within each group (a question's answers), averaged over groups with 2+ labels. */
export function spearmanWithin(groups: readonly { score: number; label: number }[][]): number {
  const rhos = groups
    .filter((g) => new Set(g.map((x) => x.label)).size > 1)
    .map((g) =>
      spearman(
        g.map((x) => x.score),
        g.map((x) => x.label),
      ),
    )
  return rhos.length === 0 ? 0 : rhos.reduce((s, r) => s + r, 0) / rhos.length
}

export interface Prf {
  precision: number
  recall: number
  f1: number
  support: number
}

/** Precision, recall and F1 of predicted booleans against the truth. */
export function prf(pairs: readonly { predicted: boolean; actual: boolean }[]): Prf {
  const tp = pairs.filter((p) => p.predicted && p.actual).length
  const fp = pairs.filter((p) => p.predicted && !p.actual).length
  const fn = pairs.filter((p) => !p.predicted && p.actual).length
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1, support: tp + fn }
}

/**
 * A naive Bayes text model, small enough to ship as JSON: for each class, log P(feature | class)
 * with add-half smoothing, over the features at least two training documents use, each document
 * counting a feature once. Deterministic: the same documents give the same model. Used by the
 * topic scorer (which competency a story is about), trained on stories written for training, never
 * on a labelled answer (a red-flag model trained the same way was measured and left out, decision
 * 098).
 */
export interface NaiveBayesModel {
  /** the classes, sorted, in the order of each feature's log-probabilities */
  classes: string[]
  /** log P(feature | class) for each feature in the vocabulary */
  features: Record<string, number[]>
}

const SMOOTHING = 0.5
const MIN_DOCUMENTS = 2

export function trainNaiveBayes(
  documents: readonly { label: string; features: ReadonlySet<string> }[],
): NaiveBayesModel {
  const counts = new Map<string, Map<string, number>>()
  const seen = new Map<string, number>()
  for (const { label, features } of documents) {
    if (!counts.has(label)) counts.set(label, new Map())
    const forLabel = counts.get(label)!
    for (const feature of features) {
      forLabel.set(feature, (forLabel.get(feature) ?? 0) + 1)
      seen.set(feature, (seen.get(feature) ?? 0) + 1)
    }
  }
  const classes = [...counts.keys()].sort()
  const vocabulary = [...seen.entries()]
    .filter(([, n]) => n >= MIN_DOCUMENTS)
    .map(([feature]) => feature)
    .sort()
  const totals = classes.map((label) =>
    vocabulary.reduce((sum, feature) => sum + (counts.get(label)!.get(feature) ?? 0), 0),
  )
  const features: Record<string, number[]> = {}
  for (const feature of vocabulary)
    features[feature] = classes.map((label, c) => {
      const n = counts.get(label)!.get(feature) ?? 0
      const p = (n + SMOOTHING) / (totals[c] + SMOOTHING * vocabulary.length)
      return Math.round(Math.log(p) * 1000) / 1000
    })
  return { classes, features }
}

/**
 * Each class's log-likelihood of the features the model knows, averaged over them plus
 * `priorFeatures` (so a short text is not read more confidently than a long one), and how many
 * features it knew.
 */
export function classify(
  model: NaiveBayesModel,
  features: Iterable<string>,
  priorFeatures: number,
): { scores: number[]; known: number } {
  const sums = model.classes.map(() => 0)
  let known = 0
  for (const feature of features) {
    const logs = model.features[feature]
    if (!logs) continue
    known += 1
    for (let c = 0; c < sums.length; c += 1) sums[c] += logs[c]
  }
  return { scores: sums.map((s) => (known === 0 ? 0 : s / (known + priorFeatures))), known }
}

/**
 * The question plan (decision 032): every top competency is asked once before any is asked
 * twice, extra questions go to the heaviest competencies (D'Hondt), behavioural and situational
 * questions alternate where the bank allows, recently seen questions are avoided while others
 * remain, and the same seed gives the same plan. Tailored (LLM) questions are used first within
 * that rule; the bank tops the plan up when they are too few or name competencies it lacks.
 */
import type { QuestionKind } from '../../scoring/index.ts'
import { seededRandom, shuffled } from './seeded-random.ts'

export interface WeightedCompetency {
  competency: string
  weight: number
}

export interface PlanQuestion {
  id: string
  text: string
  competency: string
  kind: QuestionKind
}

export interface PlannedQuestion extends PlanQuestion {
  source: 'BANK' | 'GENERATED'
}

export interface BuildQuestionPlanInput {
  /** from the job description; empty for a balanced general plan */
  competencies: readonly WeightedCompetency[]
  bank: readonly PlanQuestion[]
  /** 1–15, default 5 */
  count?: number
  seed: string | number
  recentlySeenQuestionIds?: readonly string[]
  /**
   * Tailored questions, preferred over the bank for their competency; one naming a competency
   * the bank does not know is left out, and the bank fills whatever they do not cover.
   */
  tailored?: readonly PlanQuestion[]
}

export function buildQuestionPlan({
  competencies,
  bank,
  count = 5,
  seed,
  recentlySeenQuestionIds = [],
  tailored = [],
}: BuildQuestionPlanInput): PlannedQuestion[] {
  if (!Number.isInteger(count) || count < 1 || count > 15) {
    throw new RangeError(`count must be an integer from 1 to 15, got ${count}`)
  }
  const random = seededRandom(seed)
  const byCompetency = new Map<string, PlanQuestion[]>()
  for (const question of bank) {
    const list = byCompetency.get(question.competency) ?? []
    list.push(question)
    byCompetency.set(question.competency, list)
  }
  const tailoredBy = groupTailored(tailored, byCompetency)
  const wanted = competencies.filter((c) => c.weight > 0 && byCompetency.has(c.competency))
  // Without a job description every competency weighs the same, in a seeded order (those the
  // tailored questions name first).
  const ranked =
    wanted.length > 0
      ? rankByWeight(wanted, random)
      : [
          ...tailoredBy.keys(),
          ...shuffled([...byCompetency.keys()], random).filter((c) => !tailoredBy.has(c)),
        ].map((competency) => ({ competency, weight: 1 }))

  const slots = allocate(
    ranked,
    count,
    (c) => byCompetency.get(c)!.length + (tailoredBy.get(c)?.length ?? 0),
    (c) => tailoredBy.get(c)?.length ?? 0,
  )
  const seen = new Set(recentlySeenQuestionIds)
  const used = new Set<string>()
  const kinds = { behavioural: 0, situational: 0, technical: 0 }
  const plan: PlannedQuestion[] = []
  for (const competency of slots) {
    const mine = tailoredBy.get(competency)?.shift()
    if (mine) {
      kinds[mine.kind]++
      plan.push({ ...mine, source: 'GENERATED' })
      continue
    }
    const pool = byCompetency.get(competency)!.filter((q) => !used.has(q.id))
    const preferred: QuestionKind =
      kinds.situational < kinds.behavioural / 2 ? 'situational' : 'behavioural'
    const pick = choose(pool, random, [
      (q) => !seen.has(q.id) && q.kind === preferred,
      (q) => !seen.has(q.id) && q.kind !== 'technical',
      (q) => !seen.has(q.id),
      (q) => q.kind !== 'technical',
      () => true,
    ])
    if (!pick) continue
    used.add(pick.id)
    kinds[pick.kind]++
    plan.push({ ...pick, source: 'BANK' })
  }
  return plan
}

/** The tailored questions by competency, in their order: unknown competencies and repeats dropped. */
function groupTailored(
  tailored: readonly PlanQuestion[],
  bank: ReadonlyMap<string, readonly PlanQuestion[]>,
): Map<string, PlanQuestion[]> {
  const byCompetency = new Map<string, PlanQuestion[]>()
  const texts = new Set<string>()
  for (const question of tailored) {
    const text = question.text.trim().toLowerCase()
    if (!bank.has(question.competency) || texts.has(text)) continue
    texts.add(text)
    const list = byCompetency.get(question.competency) ?? []
    list.push(question)
    byCompetency.set(question.competency, list)
  }
  return byCompetency
}

/** Heaviest first; ties in a seeded order so that no competency is always favoured. */
function rankByWeight(competencies: readonly WeightedCompetency[], random: () => number) {
  return shuffled(competencies, random).sort((a, b) => b.weight - a.weight)
}

/**
 * Which competency each slot asks about: one pass over the ranked list first, then each extra
 * slot to the competency with the highest weight / (asked + 1) that still has unused questions,
 * among those with unused `preferred` (tailored) questions while any remain.
 */
function allocate(
  ranked: readonly WeightedCompetency[],
  count: number,
  available: (competency: string) => number,
  preferred: (competency: string) => number = () => 0,
): string[] {
  const asked = new Map(ranked.map((c) => [c.competency, 0]))
  const slots: string[] = []
  for (const { competency } of ranked) {
    if (slots.length === count) return slots
    slots.push(competency)
    asked.set(competency, 1)
  }
  while (slots.length < count) {
    const best =
      heaviest(ranked, asked, (c, n) => n < preferred(c) && n < available(c)) ??
      heaviest(ranked, asked, (c, n) => n < available(c))
    if (!best) break
    slots.push(best.competency)
    asked.set(best.competency, asked.get(best.competency)! + 1)
  }
  return slots
}

function heaviest(
  ranked: readonly WeightedCompetency[],
  asked: ReadonlyMap<string, number>,
  eligible: (competency: string, asked: number) => boolean,
): WeightedCompetency | undefined {
  let best: WeightedCompetency | undefined
  let bestQuotient = -1
  for (const entry of ranked) {
    const n = asked.get(entry.competency)!
    if (!eligible(entry.competency, n)) continue
    const quotient = entry.weight / (n + 1)
    if (quotient > bestQuotient) {
      best = entry
      bestQuotient = quotient
    }
  }
  return best
}

function choose<T>(
  pool: readonly T[],
  random: () => number,
  tiers: ((item: T) => boolean)[],
): T | undefined {
  for (const tier of tiers) {
    const candidates = pool.filter(tier)
    if (candidates.length > 0) return candidates[Math.floor(random() * candidates.length)]
  }
  return undefined
}

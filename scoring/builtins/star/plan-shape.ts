/**
 * The shape of a plan, for situational and technical questions, where STAR's situation and
 * result are not expected: concrete steps, the reasons for them, how the outcome is checked,
 * what happens if a step does not work (or what was traded off), and, for a design, what it
 * does about load, failure and duplicates. Technology names that stand in for steps count
 * against it. Pure and deterministic.
 */
import type { Span } from '../../types.ts'
import { analyseText, perAnalysis, type TextAnalysis } from '../../text/nlp.ts'
import { compilePhrases, containsPhrase, findPhrases } from '../../text/phrases.ts'
import { isQuantity } from '../../text/grammar.ts'
import { describesSelf } from '../../text/self-description.ts'
import { splitClauses } from './star-analysis.ts'
import { GENERIC_CUES } from './star-cues.ts'
import {
  CHECK_CUES,
  CONTINGENCY_CUES,
  PLAN_BUZZWORDS,
  REASON_CUES,
  SAFEGUARD_CUES,
  SEQUENCE_CUES,
  STATE_VERBS,
} from './plan-cues.ts'

const lists = {
  sequence: compilePhrases(SEQUENCE_CUES),
  reason: compilePhrases(REASON_CUES),
  check: compilePhrases(CHECK_CUES),
  contingency: compilePhrases(CONTINGENCY_CUES),
  safeguard: compilePhrases(SAFEGUARD_CUES),
  buzz: compilePhrases(PLAN_BUZZWORDS),
  generic: compilePhrases(GENERIC_CUES),
}

export interface PlanShape {
  /** clauses that do something: a verb that is not a belief, with no buzzword in it */
  steps: Span[]
  /** steps with an ordering word ("first", "then", "once") */
  ordered: Span[]
  reasons: Span[]
  checks: Span[]
  contingencies: Span[]
  /** distinct safeguards a design names (retries, idempotency, rate limits…) */
  safeguards: string[]
  safeguardEvidence: Span[]
  /** clauses with a number or a size */
  sized: Span[]
  buzzwords: Span[]
  generic: Span[]
  /** all clauses: the share that are steps tells a plan from a story around it */
  clauses: number
  words: number
}

/** A verb that does something; for a situational plan, said as what the candidate would do. */
function hasStepVerb(
  analysis: TextAnalysis,
  first: number,
  end: number,
  kind: 'situational' | 'technical',
): boolean {
  for (let i = first; i < end; i += 1) {
    const t = analysis.tokens[i]
    if (t.pos !== 'VERB' || STATE_VERBS.has(t.lemma)) continue
    if (kind === 'technical' || i === first) return true
    // "I'd call them", "we would roll back", "I'll ask": a step of the plan, not a memory
    const before = analysis.tokens.slice(Math.max(first, i - 4), i).map((x) => x.lower)
    if (before.some((w) => PLAN_MODALS.has(w))) return true
  }
  return false
}

const PLAN_MODALS = new Set(['would', "'d", 'will', "'ll", 'then', 'first', 'must', 'should'])

/** The plan reading of `transcript` (shared by star and concision: read-only). */
export function analysePlan(transcript: string, kind: 'situational' | 'technical'): PlanShape {
  return planOf[kind](analyseText(transcript))
}

const planOf = {
  situational: perAnalysis((analysis) => readPlan(analysis, 'situational')),
  technical: perAnalysis((analysis) => readPlan(analysis, 'technical')),
}

function readPlan(analysis: TextAnalysis, kind: 'situational' | 'technical'): PlanShape {
  const shape: PlanShape = {
    steps: [],
    ordered: [],
    reasons: [],
    checks: [],
    contingencies: [],
    safeguards: [],
    safeguardEvidence: [],
    sized: [],
    buzzwords: findPhrases(analysis, lists.buzz).map(({ start, end }) => ({ start, end })),
    generic: [],
    clauses: 0,
    words: analysis.wordCount,
  }
  const safeguards = new Set<string>()
  const allSafeguards = findPhrases(analysis, lists.safeguard)
  const units = splitClauses(analysis)
  shape.clauses = units.length
  for (const unit of units) {
    const span = { start: unit.start, end: unit.end }
    const has = (list: keyof typeof lists) =>
      containsPhrase(analysis, lists[list], unit.first, unit.end_) !== undefined
    if (has('generic') || describesSelf(analysis, unit.first, unit.end_)) {
      shape.generic.push(span)
      continue
    }
    const buzz = has('buzz')
    const step = !buzz && hasStepVerb(analysis, unit.first, unit.end_, kind)
    if (step) shape.steps.push(span)
    if (step && has('sequence')) shape.ordered.push(span)
    if (has('reason')) shape.reasons.push(span)
    if (has('check')) shape.checks.push(span)
    if (has('contingency')) shape.contingencies.push(span)
    const tokens = analysis.tokens.slice(unit.first, unit.end_)
    if (tokens.some(isQuantity)) shape.sized.push(span)
    if (buzz) continue
    const found = allSafeguards.filter((m) => m.firstToken >= unit.first && m.endToken <= unit.end_)
    for (const m of found) safeguards.add(m.phrase.replace(/ies$/, 'y').replace(/([^s])s$/, '$1'))
    if (found.length > 0) shape.safeguardEvidence.push(span)
  }
  shape.safeguards = [...safeguards]
  return shape
}

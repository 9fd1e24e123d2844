/**
 * Splits an answer into clauses and tells which STAR part each one is, from cue
 * phrases, tense, the grammatical subject and position. Pure and deterministic.
 */
import type { StarPart, Span } from '../../types.ts'
import {
  analyseText,
  isWordLike,
  perAnalysis,
  type TextAnalysis,
  type TextToken,
} from '../../text/nlp.ts'
import { compilePhrases, containsPhrase } from '../../text/phrases.ts'
import { describesSelf } from '../../text/self-description.ts'
import {
  countsNone,
  FIRST_PLURAL,
  FIRST_SINGULAR,
  isPastAction,
  isPastVerb,
  isQuantity,
} from '../../text/grammar.ts'
import {
  ACTION_CUES,
  GENERIC_CUES,
  GOAL_NOUNS,
  HYPOTHETICAL_CUES,
  OWNED_CUES,
  RESULT_CUES,
  ROLE_NOUNS,
  SITUATION_CUES,
  TASK_CUES,
} from './star-cues.ts'

export const STAR_PARTS: readonly StarPart[] = ['situation', 'task', 'action', 'result']

const cues = {
  situation: compilePhrases(SITUATION_CUES),
  task: compilePhrases([...TASK_CUES, ...OWNED_CUES]),
  action: compilePhrases(ACTION_CUES),
  result: compilePhrases(RESULT_CUES),
}
const hypothetical = compilePhrases(HYPOTHETICAL_CUES)
const generic = compilePhrases(GENERIC_CUES)

const goalNouns = new Set(GOAL_NOUNS)
const roleNouns = new Set(ROLE_NOUNS)

/**
 * Whether the clause names the speaker's own goal with words between "my" and it: "my main priority",
 * "my one real goal" (a goal noun up to two words after "my"), or "my role on the night was to…"
 * (a role noun, then "was to" or "is to" within six words).
 */
function namesOwnGoal(tokens: readonly TextToken[]): boolean {
  for (let i = 0; i < tokens.length; i += 1) {
    if (tokens[i].lower !== 'my') continue
    for (let j = i + 1; j <= i + 3 && j < tokens.length; j += 1) {
      const word = tokens[j].lower
      if (goalNouns.has(word)) return true
      if (!roleNouns.has(word)) continue
      for (let k = j + 1; k < j + 7 && k + 1 < tokens.length; k += 1)
        if (['was', 'is'].includes(tokens[k].lower) && tokens[k + 1].lower === 'to') return true
    }
  }
  return false
}

const SETTING_OPENERS = new Set(['at', 'in', 'when', 'while', 'during', 'as', 'last', 'back'])

const REPORTING = new Set(['how', 'what', 'whether', 'which', 'where', 'why', 'that', 'if'])

/**
 * Whether `[first, end)` says what one would do. "I'd" is "I had" before a past participle
 * ("the six I'd planned") and reported thought after a question word ("I had to decide
 * how we'd structure it"): neither is a hypothetical in a story told in the past.
 */
function isHypothetical(analysis: TextAnalysis, first: number, end: number): boolean {
  let from = first
  for (;;) {
    const m = containsPhrase(analysis, hypothetical, from, end)
    if (!m) return false
    const contracted = analysis.tokens[m.endToken - 1].lower === "'d"
    const next = analysis.tokens[m.endToken]
    const before = analysis.tokens[m.firstToken - 1]
    const had =
      contracted &&
      next !== undefined &&
      (next.lower === 'been' || (isPastVerb(next) && next.lower.endsWith('ed')))
    const reported = contracted && before !== undefined && REPORTING.has(before.lower)
    if (!had && !reported) return true
    from = m.endToken
  }
}

const CLAUSE_OPENERS = new Set(['so', 'and', 'but', 'which', 'then', 'because', 'after', 'once'])
/** A clause opened by one of these, with no subject of its own, goes on with the last one's. */
const CONTINUERS = new Set(['and', 'then', 'but'])

export interface StarClause extends Span {
  text: string
  sentence: number
  part: StarPart | null
  /** other parts the clause also tells, in their own words (its `part` is the one it tells most) */
  also: StarPart[]
  hypothetical: boolean
  generic: boolean
  quantified: boolean
  /** whose agency: 'i', 'we' or null */
  subject: 'i' | 'we' | null
}

export interface StarTextAnalysis {
  clauses: StarClause[]
  parts: Record<StarPart, Span[]>
  quantified: boolean
  quantifiedEvidence: Span[]
  hypotheticalEvidence: Span[]
  genericEvidence: Span[]
  /** first-person singular and plural pronouns */
  iCount: number
  weCount: number
  /** clauses with a first-person subject that are hypothetical or habitual */
  hypotheticalRatio: number
}

/** Clauses: sentences, split again before ", so", "; and", ", which"… */
export function splitClauses(
  analysis: TextAnalysis,
): { start: number; end: number; first: number; end_: number; sentence: number }[] {
  const units: { start: number; end: number; first: number; end_: number; sentence: number }[] = []
  for (const sentence of analysis.sentences) {
    let first = sentence.firstToken
    for (let i = sentence.firstToken + 1; i < sentence.endToken - 1; i += 1) {
      const t = analysis.tokens[i]
      const next = analysis.tokens[i + 1]
      const splits =
        (t.value === ';' || (t.value === ',' && CLAUSE_OPENERS.has(next.lower))) && i - first >= 4
      if (!splits) continue
      units.push({
        start: analysis.tokens[first].start,
        end: analysis.tokens[i - 1].end,
        first,
        end_: i,
        sentence: sentence.index,
      })
      first = i + 1
    }
    const last = analysis.tokens[sentence.endToken - 1]
    if (first < sentence.endToken)
      units.push({
        start: analysis.tokens[first].start,
        end: last.end,
        first,
        end_: sentence.endToken,
        sentence: sentence.index,
      })
  }
  return units
}

function classify(
  analysis: TextAnalysis,
  first: number,
  end: number,
  position: number,
  hypo: boolean,
  /** the subject of the sentence's clause before, when this one goes on with its verb */
  carried: 'i' | 'we' | null,
): { part: StarPart | null; also: StarPart[] } {
  const tokens = analysis.tokens.slice(first, end)
  const score: Record<StarPart, number> = { situation: 0, task: 0, action: 0, result: 0 }
  const cueHit = {} as Record<StarPart, boolean>
  for (const part of STAR_PARTS) {
    cueHit[part] = containsPhrase(analysis, cues[part], first, end) !== undefined
    if (part === 'task' && !cueHit.task) cueHit.task = namesOwnGoal(tokens)
    if (cueHit[part]) score[part] += 1.2
  }
  const past = tokens.some(isPastVerb)
  const quantity = tokens.some(isQuantity)
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]
    if (t.lower !== 'i' && t.lower !== 'we') continue
    // a tagger may read a verb spelled like a noun as one ("I re-split the zones")
    const verb = tokens.slice(i + 1, i + 4).find((v) => v.pos === 'VERB' || isPastAction(v))
    if (verb && isPastAction(verb) && !['was', 'were', 'had'].includes(verb.lower))
      score.action += t.lower === 'i' ? 1 : 0.7
    if (verb && hypo) score.action += 0.8
  }
  // "…, and told the planner": the verb goes on with the clause before's subject
  if (carried && tokens.slice(1, 3).some((v) => v.pos === 'VERB' && isPastVerb(v)))
    score.action += carried === 'i' ? 1 : 0.7
  if (quantity && past) score.result += 0.6
  if (past && tokens.some((t) => t.lower === 'was' || t.lower === 'were' || t.lower === 'had'))
    score.situation += 0.4
  // stories run situation → result: a weak prior by position
  score.situation += position < 0.25 ? 0.5 : 0
  // a story's opening clause that starts with its setting ("At the depot I was…", "As a nurse…")
  if (position === 0 && SETTING_OPENERS.has(tokens[0]?.lower ?? '')) score.situation += 0.2
  // a story's first clause told in the past sets its scene ("the scanners went down on a Friday")
  if (position === 0 && past) score.situation += 0.5
  score.result += position > 0.7 ? 0.5 : 0
  let best: StarPart | null = null
  for (const part of STAR_PARTS)
    if (score[part] >= 1 && (best === null || score[part] > score[best])) best = part
  // one clause can set the scene and say what was at stake ("During the audit I had to…"): it
  // also counts for another part whose own words it uses
  const also = best === null ? [] : STAR_PARTS.filter((part) => part !== best && cueHit[part])
  return { part: best, also }
}

/** The STAR reading of `transcript` (shared by star, concision and the rewrite: read-only). */
export function analyseStar(transcript: string): StarTextAnalysis {
  return starOf(analyseText(transcript))
}

const starOf = perAnalysis((analysis): StarTextAnalysis => {
  const transcript = analysis.text
  const units = splitClauses(analysis)
  const clauses: StarClause[] = []
  let firstPersonClauses = 0
  let hypotheticalClauses = 0
  let previous: { sentence: number; subject: 'i' | 'we' | null } | undefined
  units.forEach((unit, index) => {
    const position = units.length <= 1 ? 0.5 : index / (units.length - 1)
    const tokens = analysis.tokens.slice(unit.first, unit.end_)
    const hypo = isHypothetical(analysis, unit.first, unit.end_)
    const gen =
      containsPhrase(analysis, generic, unit.first, unit.end_) !== undefined ||
      describesSelf(analysis, unit.first, unit.end_)
    const subject = tokens.find((t) => t.lower === 'i' || t.lower === 'we')?.lower as
      'i' | 'we' | undefined
    if (subject) firstPersonClauses += 1
    if (subject && hypo) hypotheticalClauses += 1
    const carried =
      !subject && previous?.sentence === unit.sentence && CONTINUERS.has(tokens[0]?.lower ?? '')
        ? previous.subject
        : null
    previous = { sentence: unit.sentence, subject: subject ?? carried }
    const { part, also } = gen
      ? { part: null, also: [] }
      : classify(analysis, unit.first, unit.end_, position, hypo, carried)
    clauses.push({
      start: unit.start,
      end: unit.end,
      text: transcript.slice(unit.start, unit.end),
      sentence: unit.sentence,
      part,
      also,
      hypothetical: hypo,
      generic: gen,
      quantified: tokens.some(isQuantity) || countsNone(tokens),
      subject: subject ?? null,
    })
  })
  const parts: Record<StarPart, Span[]> = { situation: [], task: [], action: [], result: [] }
  for (const clause of clauses)
    for (const part of clause.part ? [clause.part, ...clause.also] : [])
      parts[part].push({ start: clause.start, end: clause.end })
  const quantifiedEvidence = clauses
    .filter((c) => c.part === 'result' && c.quantified)
    .map(({ start, end }) => ({ start, end }))
  const words = analysis.tokens.filter(isWordLike)
  return {
    clauses,
    parts,
    quantified: quantifiedEvidence.length > 0,
    quantifiedEvidence,
    hypotheticalEvidence: clauses
      .filter((c) => c.hypothetical)
      .map(({ start, end }) => ({ start, end })),
    genericEvidence: clauses.filter((c) => c.generic).map(({ start, end }) => ({ start, end })),
    iCount: words.filter((t) => FIRST_SINGULAR.has(t.lower)).length,
    weCount: words.filter((t) => FIRST_PLURAL.has(t.lower)).length,
    hypotheticalRatio: firstPersonClauses === 0 ? 0 : hypotheticalClauses / firstPersonClauses,
  }
})

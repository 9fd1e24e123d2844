/**
 * What an interviewer marks down however fluent the answer, found from how such acts are said in
 * general: patterns over the answer's lemmas (judgement.data.ts), so "I kept it from my manager",
 * "we never told the client" and "I hid it" are one act however they are worded. An act counts when
 * the speaker does it (the clause's subject is "I" or "we") and they did not resist it, deny it
 * ("I never skipped", "the one step I won't skip") or name it as the wrong move ("rather than
 * hide it"); a confidence kept ("I can't go into detail") is not concealment. And the signs of
 * sound judgement they listen for.
 */
import type { Span } from '../../types.ts'
import { isPastVerb } from '../../text/grammar.ts'
import { analyseText, perAnalysis, type TextAnalysis, type TextToken } from '../../text/nlp.ts'
import {
  EXCUSES,
  GOOD_SIGNS,
  RED_FLAG_PATTERNS,
  RESISTING_CUES,
  WORD_CLASSES,
} from './judgement.data.ts'

export type RedFlagKind =
  | 'concealment'
  | 'misrepresentation'
  | 'blame'
  | 'cutting corners'
  | 'undermining'
  | 'coerced overtime'
  | 'taking credit'

export interface Finding extends Span {
  kind: RedFlagKind
  text: string
}

type Step = { wild: true } | { wild: false; words: ReadonlySet<string> }

/** Up to this many other words may stand between two steps of a pattern. */
const GAP = 4
/** Words that end a clause: a pattern never reaches across them. */
const CLAUSE_END = new Set(['.', ';', '!', '?', ',', 'but', 'because', 'although'])
/** Steps that are function words, not the act's verb (no VERB tag required). */
const FUNCTION_FIRST = new Set([
  'not',
  'never',
  'no',
  'so',
  'be',
  'without',
  'straight',
  'rather',
  'instead',
  'quietly',
  'if',
  'nothing',
  'none',
  'would',
  'will',
])

function compile(pattern: string): Step[] {
  return pattern.split(' ').map((part) =>
    part === '*'
      ? { wild: true as const }
      : {
          wild: false as const,
          words: new Set(part.split('|').flatMap((w) => WORD_CLASSES[w] ?? [w])),
        },
  )
}

const PATTERNS = RED_FLAG_PATTERNS.map((p) => {
  const steps = compile(p.pattern)
  const first = p.pattern.split(' ')[0].split('|')
  return { ...p, steps, verbFirst: !first.some((w) => FUNCTION_FIRST.has(w)) }
})

/** Pattern indices by each word their first step accepts: a token tries only the patterns it can start. */
const BY_FIRST_WORD = new Map<string, number[]>()
PATTERNS.forEach((p, index) => {
  const first = p.steps[0]
  if (first.wild) return
  for (const word of first.words)
    BY_FIRST_WORD.set(word, [...(BY_FIRST_WORD.get(word) ?? []), index])
})

/** The patterns whose first step the token matches (by lemma or as written), in pattern order. */
function startingAt(t: TextToken): readonly number[] {
  const byLemma = BY_FIRST_WORD.get(t.lemma)
  const byValue = t.lower === t.lemma ? undefined : BY_FIRST_WORD.get(t.lower)
  if (!byValue) return byLemma ?? []
  if (!byLemma) return byValue
  return [...new Set([...byLemma, ...byValue])].sort((a, b) => a - b)
}

const RESISTED = new RegExp(
  `(?:${RESISTING_CUES.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]")).join('|')})\\b[\\w'’ ]{0,30}$`,
  'i',
)

const matches = (t: TextToken, step: Step & { wild: false }) =>
  step.words.has(t.lemma) || step.words.has(t.lower)

/** The end token (exclusive) of `steps` matched from token `i`, or -1. */
function matchFrom(tokens: readonly TextToken[], i: number, steps: readonly Step[]): number {
  let at = i
  for (let s = 0; s < steps.length; s += 1) {
    const step = steps[s]
    if (step.wild) continue
    const gap = s > 0 && steps[s - 1].wild ? GAP : 0
    let found = -1
    for (let k = at; k <= at + gap && k < tokens.length; k += 1) {
      if (k > at && CLAUSE_END.has(tokens[k - 1].lower)) break
      if (matches(tokens[k], step)) {
        found = k
        break
      }
      if (CLAUSE_END.has(tokens[k].lower)) break
    }
    if (found < 0) return -1
    at = found + 1
  }
  return at
}

/** A verb, or a participle the tagger reads as an adjective ("we muted the alarm"). */
const isVerbLike = (t: TextToken) => t.pos === 'VERB' || (t.pos === 'ADJ' && t.lower.endsWith('ed'))

const SELF = new Set(['i', 'we', "i'm", "i'd"])

/** Verbs that hand an act to someone else: "I told the drivers to skip it" is the speaker's act. */
const DIRECTIVES = new Set(['tell', 'ask', 'get', 'instruct', 'order', 'encourage'])

/** The clause's subject before token `i`: the nearest pronoun or noun, or null. */
function subjectBefore(tokens: readonly TextToken[], i: number): TextToken | null {
  if (i > 0 && tokens[i - 1].lower === 'to')
    for (let k = i - 2; k >= 0 && k >= i - 6; k -= 1) {
      if (CLAUSE_END.has(tokens[k].lower)) break
      if (tokens[k].pos === 'VERB' && DIRECTIVES.has(tokens[k].lemma))
        return subjectBefore(tokens, k)
    }
  for (let k = i - 1; k >= 0 && k >= i - 6; k -= 1) {
    const t = tokens[k]
    if (CLAUSE_END.has(t.lower)) return null
    if (SELF.has(t.lower) || t.pos === 'PRON' || t.pos === 'PROPN' || t.pos === 'NOUN') return t
  }
  return null
}

/** Whether the clause's subject before token `i` is the speaker ("I", "we"). */
function spokenBySelf(tokens: readonly TextToken[], i: number): boolean {
  const subject = subjectBefore(tokens, i)
  return subject !== null && SELF.has(subject.lower)
}

/** Whether the clause's subject before token `i` is someone other than the speaker. */
function spokenByOthers(tokens: readonly TextToken[], i: number): boolean {
  const subject = subjectBefore(tokens, i)
  return subject !== null && !SELF.has(subject.lower)
}

const NEGATIONS = new Set(['not', 'never'])

/**
 * Whether the act at token `i` is denied by its speaker: a negation between the clause's subject
 * and the verb ("I never skipped", "the one step I won't skip", "we'd never bypass").
 */
function deniedBySpeaker(tokens: readonly TextToken[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 6; k -= 1) {
    const t = tokens[k]
    if (CLAUSE_END.has(t.lower) || SELF.has(t.lower)) return false
    if (NEGATIONS.has(t.lemma) || NEGATIONS.has(t.lower)) return true
  }
  return false
}

/**
 * Whether a denial of telling is one of ability or discretion ("I can't go into detail", "I
 * couldn't say more"): a confidence kept about someone else, not a problem kept from a manager.
 */
const deniedByCannot = (tokens: readonly TextToken[], i: number) =>
  tokens[i].lemma === 'not' && i > 0 && tokens[i - 1].lemma === 'can'

/** Whether the sentence holding token `i` tells it in the past ("I shipped it without testing"). */
function toldInThePast(tokens: readonly TextToken[], i: number): boolean {
  for (let k = i; k >= 0 && tokens[k].sentence === tokens[i].sentence; k -= 1)
    if (isPastVerb(tokens[k])) return true
  return false
}

export interface RedFlagContext {
  /**
   * The question asks for a mistake: a shortcut told in the past is the mistake it asked for,
   * owned, not a plan to cut corners.
   */
  asksForAMistake?: boolean
}

/** The red flags in the answer, in text order, each with its span (shared by judgement and star: read-only). */
export function findRedFlags(text: string, context: RedFlagContext = {}): readonly Finding[] {
  const analysis = analyseText(text)
  return context.asksForAMistake ? flagsOf.askedForAMistake(analysis) : flagsOf.plain(analysis)
}

const flagsOf = {
  plain: perAnalysis((analysis) => readRedFlags(analysis, {})),
  askedForAMistake: perAnalysis((analysis) => readRedFlags(analysis, { asksForAMistake: true })),
}

function readRedFlags({ text, tokens }: TextAnalysis, context: RedFlagContext): Finding[] {
  const found: Finding[] = []
  const taken = new Set<number>()
  for (let i = 0; i < tokens.length; i += 1) {
    for (const index of startingAt(tokens[i])) {
      const p = PATTERNS[index]
      if (p.verbFirst && !isVerbLike(tokens[i])) continue
      const end = matchFrom(tokens, i, p.steps)
      if (end < 0) continue
      if (p.subject === 'self' && !spokenBySelf(tokens, i)) continue
      if (p.subject === 'others' && !spokenByOthers(tokens, i)) continue
      if (p.verbFirst && deniedBySpeaker(tokens, i)) continue
      if (p.kind === 'concealment' && deniedByCannot(tokens, i)) continue
      if (p.kind === 'cutting corners' && context.asksForAMistake && toldInThePast(tokens, i))
        continue
      // "wouldn't": the quote starts at the auxiliary the negation is written onto
      const start = tokens[i].lemma === 'not' && i > 0 ? tokens[i - 1].start : tokens[i].start
      const before = text.slice(Math.max(0, start - 60), start)
      const clause = before.split(/[.;!?]|,\s*but\b/).pop() ?? ''
      if (RESISTED.test(clause)) continue
      if (taken.has(i)) continue
      taken.add(i)
      const stop = tokens[end - 1].end
      found.push({ kind: p.kind, start, end: stop, text: text.slice(start, stop) })
      break
    }
  }
  return found
}

/** The ways of excusing a lapse the answer uses, one span per kind of excuse (EXCUSES). */
export function findExcuses(text: string): Span[] {
  const spans: Span[] = []
  for (const pattern of EXCUSES) {
    const m = pattern.exec(text)
    if (m) spans.push({ start: m.index, end: m.index + m[0].length })
  }
  return spans.sort((a, b) => a.start - b.start)
}

/** The signs of sound judgement, at most one span per kind of sign. */
export function findGoodSigns(text: string): Span[] {
  const spans: Span[] = []
  for (const pattern of GOOD_SIGNS) {
    pattern.lastIndex = 0
    const m = pattern.exec(text)
    pattern.lastIndex = 0
    if (m) spans.push({ start: m.index, end: m.index + m[0].length })
  }
  return spans.sort((a, b) => a.start - b.start)
}

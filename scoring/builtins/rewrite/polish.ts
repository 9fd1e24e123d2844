/**
 * Builds a polished answer from the candidate's own clauses: a story restructured into situation,
 * task, action and result; a plan kept in its own order of steps (with its reasons and fallbacks);
 * fillers and hedges cut, a clause that only repeats an earlier one dropped, tidy punctuation. It
 * never writes a word of its own.
 */
import type { QuestionKind, Span, StarAnalysis, StarPart } from '../../types.ts'
import { findFillers, findHedges } from '../../text/disfluency.ts'
import { isPastVerb } from '../../text/grammar.ts'
import { analyseText, isContentWord, type TextAnalysis, type TextToken } from '../../text/nlp.ts'
import { analyseStar } from '../star/star-analysis.ts'

const ORDER: readonly StarPart[] = ['situation', 'task', 'action', 'result']
const DEPENDENT = /^(?:because|since|so that|which|unless|until|although|whereas)\b/i
const LEADING_LINKS = /^(?:(?:so|and|but|then|well|okay|ok|also|anyway)\b[\s,]*)+/i

/** The clause with the fillers and hedges inside it removed. */
function cleanClause(transcript: string, clause: Span, cuts: readonly Span[]): string {
  let text = ''
  let cursor = clause.start
  for (const cut of cuts) {
    if (cut.end <= clause.start || cut.start >= clause.end) continue
    text += transcript.slice(cursor, Math.max(cursor, cut.start))
    cursor = Math.max(cursor, Math.min(clause.end, cut.end))
  }
  text += transcript.slice(cursor, clause.end)
  text = text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;!?])/g, '$1')
    .replace(/([,;])(\s*[,;.])+/g, '$1')
    .replace(/^[\s,;.!?-]+/, '')
    .replace(LEADING_LINKS, '')
    .replace(/[\s,;-]+$/, '')
    .trim()
  if (!text) return ''
  text = text[0].toUpperCase() + text.slice(1)
  return /[.!?]$/.test(text) ? text : `${text}.`
}

/** The tokens inside a span. */
function tokensIn(analysis: TextAnalysis, span: Span): TextToken[] {
  // tokens follow one another without overlap: those inside the span are one run of them
  const { tokens } = analysis
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid].start < span.start) lo = mid + 1
    else hi = mid
  }
  let end = lo
  while (end < tokens.length && tokens[end].end <= span.end) end += 1
  return tokens.slice(lo, end)
}

/** The content lemmas of a span: what it says, to tell a repeat from news. */
function contentOf(analysis: TextAnalysis, span: Span): Set<string> {
  return new Set(
    tokensIn(analysis, span)
      .filter(isContentWord)
      .map((token) => token.lemma),
  )
}

/**
 * Whether a sentence of no STAR part tells something that happened ("The supplier swapped the
 * scanner the same week."): a verb in the past, and no question. A remark about the answer
 * itself ("I hope that makes sense", "That's my example", "Does that answer it?") tells nothing.
 */
function narrates(transcript: string, analysis: TextAnalysis, span: Span): boolean {
  if (/\?["'”’)\s]*$/.test(transcript.slice(span.start, span.end))) return false
  return tokensIn(analysis, span).some(isPastVerb)
}

/**
 * The spans to keep, in the order to tell them. A story is told part by part; a clause that is
 * none of the parts is told right after the last part clause before it, so that nothing the
 * candidate did is lost to the reordering: joined to it when it goes on from it in the same
 * sentence ("…traced it to a scanner, and had it replaced the same week"), a sentence of its own
 * when it is one and tells what happened ("The supplier swapped the scanner the same week.").
 */
type Told = Span & { follows?: boolean }

function spansToTell(
  transcript: string,
  analysis: TextAnalysis,
  star: StarAnalysis,
  kind: QuestionKind,
): Told[] {
  if (kind === 'behavioural') {
    const followers = new Map<string, Told[]>()
    let lead: (Span & { sentence: number }) | undefined
    for (const clause of analyseStar(transcript).clauses) {
      if (clause.part !== null) lead = clause
      else if (lead && !clause.generic && !clause.hypothetical) {
        const follows = lead.sentence === clause.sentence
        if (!follows && !narrates(transcript, analysis, clause)) continue
        const key = `${lead.start}:${lead.end}`
        followers.set(key, [
          ...(followers.get(key) ?? []),
          { start: clause.start, end: clause.end, follows },
        ])
      }
    }
    return ORDER.flatMap((part) => star[part].evidence).flatMap((span) => [
      span,
      ...(followers.get(`${span.start}:${span.end}`) ?? []),
    ])
  }
  // a plan: its steps in the candidate's order, with the reasons and fallbacks between them,
  // leaving out self-description
  return analyseStar(transcript)
    .clauses.filter((c) => !c.generic)
    .map(({ start, end }) => ({ start, end }))
}

/** The polished answer, or '' when nothing to tell was found. */
export function polish(
  transcript: string,
  star: StarAnalysis,
  kind: QuestionKind = 'behavioural',
): { text: string; usedChars: number } {
  const analysis = analyseText(transcript)
  const fillers = findFillers(analysis)
  const cuts = [...fillers, ...findHedges(analysis)].sort((a, b) => a.start - b.start)
  const seen = new Set<string>()
  const said = new Set<string>()
  const out: string[] = []
  let usedChars = 0
  // whether the span before was told: a clause that goes on from it joins it only then
  let toldBefore = false
  for (const span of spansToTell(transcript, analysis, star, kind)) {
    const key = `${span.start}:${span.end}`
    const joins = toldBefore && span.follows === true
    toldBefore = false
    if (seen.has(key)) continue
    seen.add(key)
    const clause = cleanClause(transcript, span, cuts)
    if (clause.split(/\s+/).length < 3) continue
    // a clause whose content words were all said already only repeats: tightened away
    const content = contentOf(analysis, span)
    if (content.size > 0 && [...content].every((w) => said.has(w))) continue
    for (const w of content) said.add(w)
    toldBefore = true
    // a reason or condition belongs to the step before it, not a sentence of its own, and so
    // does a clause that goes on from it ("…, and had it replaced the same week")
    if (out.length > 0 && (DEPENDENT.test(clause) || joins)) {
      const previous = out.pop()!.replace(/[.!?]$/, '')
      const link = joins && /^\s*and\b/i.test(transcript.slice(span.start, span.end)) ? 'and ' : ''
      out.push(`${previous}, ${link}${clause[0].toLowerCase()}${clause.slice(1)}`)
    } else out.push(clause)
    usedChars += span.end - span.start
  }
  return { text: out.join(' '), usedChars }
}

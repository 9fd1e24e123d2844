/**
 * Builds a polished answer from the candidate's own clauses: STAR order, fillers and
 * hedges cut, tidy punctuation. It never writes a word of its own.
 */
import type { Span, StarAnalysis, StarPart } from '../../types.ts'
import { findFillers, findHedges } from '../../text/disfluency.ts'
import { analyseText } from '../../text/nlp.ts'

const ORDER: readonly StarPart[] = ['situation', 'task', 'action', 'result']
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

/** The polished answer, or '' when no STAR part was found. */
export function polish(
  transcript: string,
  star: StarAnalysis,
): { text: string; usedChars: number } {
  const analysis = analyseText(transcript)
  const fillers = findFillers(analysis)
  const cuts = [...fillers, ...findHedges(analysis, fillers)].sort((a, b) => a.start - b.start)
  const seen = new Set<string>()
  const out: string[] = []
  let usedChars = 0
  for (const part of ORDER) {
    for (const span of star[part].evidence) {
      const key = `${span.start}:${span.end}`
      if (seen.has(key)) continue
      seen.add(key)
      const clause = cleanClause(transcript, span, cuts)
      if (clause.split(/\s+/).length < 3) continue
      out.push(clause)
      usedChars += span.end - span.start
    }
  }
  return { text: out.join(' '), usedChars }
}

/**
 * Sentences of a spoken or typed answer, as character spans into it. A sentence ends at `.`, `!`
 * or `?` (with any closing quote or bracket) followed by white space, or at a line break; a full
 * stop inside a number ("2.5") or a word ("node.js") does not end one.
 */
export interface Sentence {
  start: number
  end: number
  text: string
}

const boundary = /[.!?…]+["'”’)\]]*(?=\s|$)|\n+/g

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = []
  let from = 0
  const push = (start: number, end: number) => {
    const raw = text.slice(start, end)
    const lead = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    if (trimmed !== '')
      sentences.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed })
  }
  for (const match of text.matchAll(boundary)) {
    const end = match.index + (match[0].startsWith('\n') ? 0 : match[0].length)
    push(from, end)
    from = match.index + match[0].length
  }
  push(from, text.length)
  return sentences
}

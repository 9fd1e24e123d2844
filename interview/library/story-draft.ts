/**
 * A STAR story drafted from a scored attempt. Every sentence the candidate said lands, verbatim,
 * in exactly one STAR part: the earliest part whose STAR-scorer evidence covers a quarter of it; a sentence the
 * scorer left unclaimed joins the part of the sentence before it, and unclaimed opening sentences
 * are the situation (the setting: "Two weeks before Black Friday…") or, when they state the
 * candidate's goal, the task. An opening read as the task is the situation when nothing else is. The polished answer is the rewrite with any sentence it dropped put
 * back where the candidate said it; the coach notes are the feedback.
 *
 * The assignment reads only the evidence spans of `star`, never how a scorer found them, so that
 * a retuned or replaced STAR scorer changes where a sentence goes, never whether it is kept.
 */
import type { MockInterviewAttemptResponse, Span, StarPart } from '../../scoring/index.ts'
import { splitSentences, type Sentence } from './sentences.ts'
import { functionWords, taskCues } from './story-draft.data.ts'

export interface StoryDraft {
  situation: string
  task: string
  action: string
  result: string
  polishedAnswer: string
  coachNotes: string
}

type StarEvidence = Partial<Record<StarPart, { evidence: readonly Span[] } | undefined>>

export const starParts: readonly StarPart[] = ['situation', 'task', 'action', 'result']

/** a sentence counts as kept by the rewrite when this share of its fact words appears in it */
const keptShare = 0.6

function overlap(sentence: Sentence, span: Span): number {
  return Math.max(0, Math.min(span.end, sentence.end) - Math.max(span.start, sentence.start))
}

/** a part claims a sentence when its evidence covers at least this share of it */
const claimShare = 0.25

/**
 * The STAR part a sentence belongs to by the scorer's evidence, or null. Evidence is often a
 * clause ("…, and the big one was that he talked for ten minutes"): a part claims a sentence when
 * its spans cover a quarter of it, and of several claimants the earliest in STAR order wins, since
 * a sentence that reports what was done and then what came of it is still telling the action.
 */
function claimedBy(sentence: Sentence, star: StarEvidence | null): StarPart | null {
  const length = sentence.end - sentence.start
  for (const part of starParts) {
    const spans = star?.[part]?.evidence ?? []
    const covered = spans.reduce((sum, span) => sum + overlap(sentence, span), 0)
    if (covered >= claimShare * length) return part
  }
  return null
}

function statesTask(sentence: Sentence): boolean {
  const lower = sentence.text.toLowerCase()
  return taskCues.some((cue) => lower.includes(cue))
}

/** Each sentence's STAR part, in the order spoken. */
export function assignSentences(
  sentences: readonly Sentence[],
  star: StarEvidence | null,
): StarPart[] {
  const claimed = sentences.map((sentence) => claimedBy(sentence, star))
  if (claimed.every((part) => part === null)) return positional(sentences)
  const parts: StarPart[] = []
  const firstClaimed = claimed.find((part) => part !== null)!
  for (const [index, sentence] of sentences.entries()) {
    const mine = claimed[index]
    if (mine) parts.push(mine)
    else if (index > 0 && parts[index - 1] !== undefined && claimed.slice(0, index).some(Boolean))
      parts.push(parts[index - 1]!)
    else parts.push(openingPart(sentence, index, parts[index - 1], firstClaimed))
  }
  // An answer opens with its setting: when the scorer read the opening as the task ("At
  // Ledgerly I owned the nightly job…") and nothing else as the situation, the opening is it.
  if (sentences.length > 1 && parts[0] === 'task' && !parts.includes('situation'))
    parts[0] = 'situation'
  return parts
}

function openingPart(
  sentence: Sentence,
  index: number,
  previous: StarPart | undefined,
  firstClaimed: StarPart,
): StarPart {
  if (previous === 'task') return 'task'
  const taskStillOpen = firstClaimed === 'action' || firstClaimed === 'result'
  return index > 0 && taskStillOpen && statesTask(sentence) ? 'task' : 'situation'
}

/** Without any evidence: the setting first, a stated goal as the task, the last as the result. */
function positional(sentences: readonly Sentence[]): StarPart[] {
  if (sentences.length === 1) return ['action']
  return sentences.map((sentence, index) => {
    if (index === 0) return 'situation'
    if (index === sentences.length - 1 && sentences.length >= 3) return 'result'
    return statesTask(sentence) ? 'task' : 'action'
  })
}

const ignored = new Set(functionWords)

function factWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter(
    (word) => word.length >= 3 && !ignored.has(word),
  )
}

function share(words: readonly string[], within: ReadonlySet<string>): number {
  if (words.length === 0) return 1
  return words.filter((word) => within.has(word)).length / words.length
}

/** Whether the text still says what the sentence said (most of its fact words appear in it). */
export function keepsSentence(text: string, sentence: string): boolean {
  return share(factWords(sentence), new Set(factWords(text))) >= keptShare
}

/** a rewrite sentence this much inside a dropped sentence is its shortened form: replaced by it */
const shortenedShare = 0.8

/**
 * The rewrite, with each sentence of the answer that it dropped put back in its place; where the
 * rewrite only shortened a sentence ("It shipped in three weeks." for "Priya agreed, we paired on
 * it, and it shipped in three weeks."), the candidate's sentence replaces the short one.
 */
export function mergeRewrite(sentences: readonly Sentence[], rewrite: string): string {
  const rewritten = splitSentences(rewrite).map((s) => s.text)
  const rewriteWords = new Set(factWords(rewrite))
  const perSentence = rewritten.map((text) => new Set(factWords(text)))
  const replaced = new Map<number, string>()
  const out: string[] = []
  let next = 0
  const emitThrough = (index: number) => {
    while (next <= index) {
      out.push(replaced.get(next) ?? rewritten[next]!)
      next++
    }
  }
  for (const sentence of sentences) {
    const words = factWords(sentence.text)
    const own = new Set(words)
    if (share(words, rewriteWords) < keptShare) {
      const shortened = rewritten.findIndex(
        (text, index) =>
          index >= next &&
          !replaced.has(index) &&
          factWords(text).length > 0 &&
          share(factWords(text), own) >= shortenedShare,
      )
      if (shortened < 0) {
        out.push(sentence.text)
        continue
      }
      replaced.set(shortened, sentence.text)
      emitThrough(shortened)
      continue
    }
    let where = -1
    let best = -1
    for (const [index, mine] of perSentence.entries()) {
      const overlap = share(words, mine)
      if (overlap > best) [where, best] = [index, overlap]
    }
    emitThrough(where)
  }
  emitThrough(rewritten.length - 1)
  return out.join(' ')
}

export function draftStory(
  transcript: string,
  response: MockInterviewAttemptResponse | null,
): StoryDraft {
  const sentences = splitSentences(transcript)
  const assigned = assignSentences(sentences, response?.star ?? null)
  const fields = Object.fromEntries(
    starParts.map((part) => [
      part,
      sentences
        .filter((_, index) => assigned[index] === part)
        .map((s) => s.text)
        .join(' '),
    ]),
  ) as Record<StarPart, string>
  const notes = (response?.feedback ?? []).map(
    (item) => `- ${item.kind === 'strength' ? 'Keep' : 'Work on'}: ${item.message}`,
  )
  const rewrite = response?.rewrite?.trim()
  return {
    ...fields,
    polishedAnswer: rewrite
      ? mergeRewrite(sentences, rewrite)
      : sentences.map((s) => s.text).join(' '),
    coachNotes: [...new Set(notes)].join('\n'),
  }
}

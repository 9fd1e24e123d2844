/**
 * A STAR story drafted from a scored attempt: each part is the transcript's words the STAR
 * scorer found for it (its evidence spans, sliced), the polished answer is the rewrite, and the
 * coach notes are the feedback.
 */
import type { MockInterviewAttemptResponse, Span, StarPart } from '../../scoring/index.ts'

export interface StoryDraft {
  situation: string
  task: string
  action: string
  result: string
  polishedAnswer: string
  coachNotes: string
}

const parts: StarPart[] = ['situation', 'task', 'action', 'result']

function slice(transcript: string, spans: readonly Span[]): string {
  return [...spans]
    .sort((a, b) => a.start - b.start)
    .map((span) => transcript.slice(span.start, span.end).trim())
    .filter((text) => text !== '')
    .join(' ')
}

export function draftStory(
  transcript: string,
  response: MockInterviewAttemptResponse | null,
): StoryDraft {
  const star = response?.star
  const fields = Object.fromEntries(
    parts.map((part) => [part, star ? slice(transcript, star[part].evidence) : '']),
  ) as Record<StarPart, string>
  const notes = (response?.feedback ?? []).map(
    (item) => `- ${item.kind === 'strength' ? 'Keep' : 'Work on'}: ${item.message}`,
  )
  return {
    ...fields,
    polishedAnswer: response?.rewrite ?? transcript,
    coachNotes: [...new Set(notes)].join('\n'),
  }
}

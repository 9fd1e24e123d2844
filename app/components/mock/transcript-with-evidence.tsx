export type Span = { start: number; end: number }

/** Cuts `text` at the spans' edges: each piece is marked when a span covers it. */
export function evidenceSegments(text: string, spans: Span[]) {
  const edges = new Set([0, text.length])
  for (const span of spans) {
    edges.add(Math.max(0, Math.min(text.length, span.start)))
    edges.add(Math.max(0, Math.min(text.length, span.end)))
  }
  const sorted = [...edges].sort((a, b) => a - b)
  return sorted.slice(0, -1).flatMap((start, i) => {
    const end = sorted[i + 1]!
    if (end <= start) return []
    const marked = spans.some((span) => span.start <= start && span.end >= end)
    return [{ text: text.slice(start, end), marked }]
  })
}

/** The transcript, with the words a focused feedback item rests on highlighted. */
export function TranscriptWithEvidence({ text, highlight }: { text: string; highlight: Span[] }) {
  return (
    <p
      className="mt-2 whitespace-pre-wrap rounded-lg border border-slate-200 bg-white px-4 py-3 leading-relaxed text-slate-800"
      data-testid="transcript"
    >
      {evidenceSegments(text, highlight).map((segment, i) =>
        segment.marked ? (
          <mark key={i} className="rounded bg-yellow-200 px-0.5 text-slate-900">
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </p>
  )
}

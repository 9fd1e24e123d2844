import { diffWords } from 'diff'

/**
 * The answer and its rewrite side by side, the words that changed marked on each side. A word the
 * rewrite only capitalised (a clause that now starts a sentence) is the candidate's word, not an
 * added one: the words are compared ignoring case, and each side is diffed from its own text, so
 * that each shows its own casing.
 */
export function RewritePanel({ before, after }: { before: string; after: string | null }) {
  if (!after) {
    return <p className="text-sm text-slate-600">No rewrite for this attempt.</p>
  }
  // jsdiff takes an unchanged run's text from its second string
  const parts = diffWords(before, after, { ignoreCase: true })
  const beforeParts = diffWords(after, before, { ignoreCase: true })
  return (
    <section aria-labelledby="rewrite-heading" className="space-y-3">
      <h2 id="rewrite-heading" className="text-lg font-semibold">
        Your answer, restructured
      </h2>
      <p className="text-sm text-slate-600">
        Built from your own words: nothing is added that you did not say.{' '}
        <span className="inline-block rounded bg-rose-100 px-1 text-rose-900 line-through">
          Removed
        </span>{' '}
        <span className="inline-block rounded bg-emerald-100 px-1 text-emerald-900">added</span>
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Before</h3>
          <p
            className="mt-1 rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm leading-relaxed"
            data-testid="rewrite-before"
          >
            {beforeParts.map((part, i) =>
              part.removed ? null : part.added ? (
                <del key={i} className="rounded bg-rose-100 text-rose-900">
                  {part.value}
                </del>
              ) : (
                <span key={i}>{part.value}</span>
              ),
            )}
          </p>
        </div>
        <div>
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">After</h3>
          <p
            className="mt-1 rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm leading-relaxed"
            data-testid="rewrite-after"
          >
            {parts.map((part, i) =>
              part.removed ? null : part.added ? (
                <ins key={i} className="rounded bg-emerald-100 text-emerald-900 no-underline">
                  {part.value}
                </ins>
              ) : (
                <span key={i}>{part.value}</span>
              ),
            )}
          </p>
        </div>
      </div>
    </section>
  )
}

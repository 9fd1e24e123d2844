import { Form, useNavigation } from '@remix-run/react'
import { competencyLabel } from './competencies'

export type StoryCandidateEntry = {
  attemptId: string
  competency: string
  overallScore: number
  questionText: string
  interviewTitle: string
}

/** Strong answers from finished interviews, not saved yet: one click makes each a story. */
export function StoryCandidates({ candidates }: { candidates: StoryCandidateEntry[] }) {
  const navigation = useNavigation()
  const saving = navigation.formData?.get('intent') === 'save-attempt'
  if (candidates.length === 0) return null
  return (
    <section
      aria-labelledby="candidates-heading"
      className="rounded-2xl border border-indigo-200 bg-indigo-50/60 p-4 sm:p-6 print:hidden"
    >
      <h2 id="candidates-heading" className="font-semibold text-slate-900">
        Answers worth keeping
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        These answers from your finished interviews scored well. Save one as a STAR story to polish
        it and rehearse it before the real interview.
      </p>
      <ul className="mt-4 space-y-3">
        {candidates.map((candidate) => (
          <li
            key={candidate.attemptId}
            className="flex flex-col gap-3 rounded-xl bg-white p-4 shadow-sm sm:flex-row sm:items-center sm:justify-between"
          >
            <div className="min-w-0">
              <p className="font-medium text-slate-900">{candidate.questionText}</p>
              <p className="mt-1 text-xs text-slate-500">
                {competencyLabel(candidate.competency)} · scored{' '}
                {Math.round(candidate.overallScore)} · {candidate.interviewTitle}
              </p>
            </div>
            <Form method="post" action="/dashboard/library?index" className="shrink-0">
              <input type="hidden" name="intent" value="save-attempt" />
              <input type="hidden" name="attemptId" value={candidate.attemptId} />
              <button
                type="submit"
                disabled={saving}
                aria-label={`Save to library: ${candidate.questionText}`}
                className="w-full rounded-lg bg-indigo-600 px-3 py-2 text-sm font-semibold text-white hover:bg-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-300 disabled:opacity-70 sm:w-auto"
              >
                Save to library
              </button>
            </Form>
          </li>
        ))}
      </ul>
    </section>
  )
}

import { Link, useRouteLoaderData } from '@remix-run/react'
import { focusRing } from '~/components/focus-ring'
import type { loader as rootLoader } from '~/root'

const features = [
  {
    title: 'Start from the job description',
    body: 'Paste the posting you are applying for. Encore pulls out the competencies it asks for and plans a balanced set of questions around them.',
  },
  {
    title: 'An interviewer that asks',
    body: 'An avatar asks each question out loud, with a follow-up when your answer leaves something open — like a real interviewer would.',
  },
  {
    title: 'Answer by voice or typing',
    body: 'Speak your answer as you would in the room, or type it when you would rather think on the page.',
  },
  {
    title: 'Scores while you watch',
    body: 'Content, delivery and STAR structure are scored as the results stream in: relevance and specificity, pace and filler words, situation, task, action and result.',
  },
  {
    title: 'Retry until it lands',
    body: 'Try an answer again, compare attempts, and keep the best one. Each attempt comes with feedback that quotes your own words.',
  },
  {
    title: 'Your answer library',
    body: 'Save your best answers as polished STAR stories, tied to the job they were for, ready to rehearse before the real thing.',
  },
]

export default function Index() {
  const rootData = useRouteLoaderData<typeof rootLoader>('root')
  const signedIn = Boolean(rootData?.viewer)
  return (
    <div>
      <section className="bg-gradient-to-b from-indigo-50 to-slate-50">
        <div className="mx-auto max-w-5xl px-4 py-20 text-center sm:px-6 sm:py-28">
          <p className="text-sm font-semibold uppercase tracking-widest text-indigo-600">
            Mock interviews that coach you
          </p>
          <h1 className="mx-auto mt-4 max-w-3xl text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">
            Rehearse the interview for the job you actually want
          </h1>
          <p className="mx-auto mt-6 max-w-2xl text-lg text-slate-600">
            Paste a job description, answer the questions an interviewer would ask, and see how each
            answer does on content, delivery and structure — then try again.
          </p>
          <div className="mt-10 flex flex-wrap items-center justify-center gap-3">
            {signedIn ? (
              <Link
                to="/dashboard"
                className={`rounded-lg bg-indigo-600 px-5 py-3 font-semibold text-white shadow-sm hover:bg-indigo-500 ${focusRing}`}
              >
                Go to your dashboard
              </Link>
            ) : (
              <>
                <Link
                  to="/signup"
                  className={`rounded-lg bg-indigo-600 px-5 py-3 font-semibold text-white shadow-sm hover:bg-indigo-500 ${focusRing}`}
                >
                  Create your free account
                </Link>
                <Link
                  to="/signin"
                  className={`rounded-lg px-5 py-3 font-semibold text-slate-700 hover:bg-white ${focusRing}`}
                >
                  I already have an account
                </Link>
              </>
            )}
          </div>
        </div>
      </section>
      <section aria-labelledby="how-it-works" className="mx-auto max-w-5xl px-4 py-16 sm:px-6">
        <h2 id="how-it-works" className="text-2xl font-bold tracking-tight">
          How Encore works
        </h2>
        <ul className="mt-8 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {features.map((feature) => (
            <li
              key={feature.title}
              className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
            >
              <h3 className="font-semibold text-slate-900">{feature.title}</h3>
              <p className="mt-2 text-sm leading-6 text-slate-600">{feature.body}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { Link, useFetcher, useLoaderData } from '@remix-run/react'
import { formatCompetency, formatScore } from '~/components/mock/format'
import { graphql } from '~/graphql/gql'
import { query } from '~/graphql.server'
import { signInUrlFor } from '~/session.server'

const SummaryQuery = graphql(`
  query InterviewSummary($id: ID!) {
    viewer {
      id
      stories(first: 100) {
        edges {
          node {
            id
            sourceAttempt {
              id
            }
          }
        }
      }
    }
    node(id: $id) {
      __typename
      ... on MockInterview {
        id
        title
        status
        completedAt
        plan {
          text
        }
        summary {
          overall
          answered
          unanswered
          dimensions {
            content
            delivery
            structure
          }
          competencies {
            competency
            score
            answered
          }
          delivery {
            meanWpm
            fillersPerMinute
            fillersPer100Words
            longPauses
          }
          strengths {
            message
            quote
            exchangeId
            questionText
          }
          improvements {
            message
            quote
            exchangeId
            questionText
          }
        }
        exchanges(first: 30) {
          edges {
            node {
              id
              order
              questionText
              competency
              followUpOf {
                id
              }
              finalAttempt {
                id
                attemptNumber
                overallScore
                transcript
              }
            }
          }
        }
      }
    }
  }
`)

const SaveStoryMutation = graphql(`
  mutation SummarySaveStory($input: SaveStarStoryFromAttemptInput!) {
    saveStarStoryFromAttempt(input: $input) {
      __typename
      ... on StarStory {
        id
      }
      ... on Error {
        code
        message
      }
    }
  }
`)

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Summary: ${data?.title ?? 'interview'} · Encore` },
]

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  const { data } = await query(context, SummaryQuery, { id: params.id! })
  if (!data.viewer) throw redirect(signInUrlFor(request))
  const interview = data.node?.__typename === 'MockInterview' ? data.node : null
  if (!interview) throw new Response('There is no interview at this address.', { status: 404 })
  if (interview.status !== 'COMPLETED' || !interview.summary) {
    throw redirect(`/dashboard/mock/${params.id}`)
  }
  const savedFrom = new Map(
    data.viewer.stories.edges.flatMap(({ node }) =>
      node.sourceAttempt ? [[node.sourceAttempt.id, node.id] as const] : [],
    ),
  )
  const askedPlanned = interview.exchanges.edges.filter(({ node }) => !node.followUpOf).length
  return {
    title: interview.title,
    // planned questions the interview was finished before reaching
    notReached: Math.max(0, interview.plan.length - askedPlanned),
    summary: interview.summary,
    answers: interview.exchanges.edges.map(({ node }) => ({
      ...node,
      savedStoryId: node.finalAttempt ? (savedFrom.get(node.finalAttempt.id) ?? null) : null,
    })),
  }
}

export async function action({ context, request }: ActionFunctionArgs) {
  const form = await request.formData()
  const attemptId = String(form.get('attemptId') ?? '')
  const { data } = await query(context, SaveStoryMutation, { input: { attemptId } })
  const result = data.saveStarStoryFromAttempt
  if (result.__typename === 'StarStory') return { attemptId, storyId: result.id, error: null }
  return { attemptId, storyId: null, error: result.message }
}

export default function Summary() {
  const { title, summary, answers, notReached } = useLoaderData<typeof loader>()
  const delivery = summary.delivery
  return (
    <div className="mx-auto max-w-5xl px-4 py-8 sm:px-6">
      <Link to="/dashboard" className="link text-sm">
        ← Your interviews
      </Link>
      <div className="mt-2 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
          <p className="mt-1 text-slate-600">
            {summary.answered} {summary.answered === 1 ? 'question' : 'questions'} answered
            {summary.unanswered > 0 ? `, ${summary.unanswered} asked but not answered` : ''}
            {notReached > 0 ? `, ${notReached} not reached before you finished` : ''}.
          </p>
        </div>
        <p className="text-right">
          <span className="block text-xs uppercase tracking-wide text-slate-500">Overall</span>
          <span className="text-5xl font-bold tabular-nums" data-testid="summary-overall">
            {formatScore(summary.overall)}
          </span>
        </p>
      </div>

      <section aria-labelledby="scores-heading" className="mt-8 grid gap-4 md:grid-cols-2">
        <h2 id="scores-heading" className="sr-only">
          Scores
        </h2>
        <div className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm">
          <h3 className="font-semibold">By dimension</h3>
          <dl className="mt-3 grid grid-cols-3 gap-3 text-center">
            {(['content', 'delivery', 'structure'] as const).map((dimension) => (
              <div key={dimension}>
                <dt className="text-xs uppercase tracking-wide text-slate-500">{dimension}</dt>
                <dd className="text-2xl font-semibold tabular-nums">
                  {formatScore(summary.dimensions[dimension])}
                </dd>
              </div>
            ))}
          </dl>
          <h3 className="mt-5 font-semibold">Delivery</h3>
          <dl className="mt-2 grid grid-cols-2 gap-2 text-sm">
            <dt className="text-slate-600">Pace</dt>
            <dd>
              {delivery.meanWpm != null
                ? `${Math.round(delivery.meanWpm)} words a minute`
                : 'not measured for typed answers'}
            </dd>
            <dt className="text-slate-600">Fillers</dt>
            <dd>
              {delivery.fillersPerMinute != null
                ? `${delivery.fillersPerMinute.toFixed(1)} a minute`
                : delivery.fillersPer100Words != null
                  ? `${delivery.fillersPer100Words.toFixed(1)} per 100 words`
                  : 'not measured'}
            </dd>
            <dt className="text-slate-600">Long pauses</dt>
            <dd>{delivery.longPauses ?? 'not measured for typed answers'}</dd>
          </dl>
        </div>
        <div className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm">
          <h3 className="font-semibold">By competency</h3>
          <ul className="mt-3 space-y-3">
            {summary.competencies.map((c) => (
              <li key={c.competency}>
                <div className="flex justify-between text-sm">
                  <span>{formatCompetency(c.competency)}</span>
                  <span className="tabular-nums font-medium">{formatScore(c.score)}</span>
                </div>
                <div className="mt-1 h-2 rounded-full bg-slate-100" aria-hidden="true">
                  <div
                    className="h-2 rounded-full bg-indigo-500"
                    style={{ width: `${Math.max(2, c.score ?? 0)}%` }}
                  />
                </div>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section aria-labelledby="points-heading" className="mt-8 grid gap-4 md:grid-cols-2">
        <h2 id="points-heading" className="sr-only">
          Strengths and improvements
        </h2>
        <Points
          title="Strengths"
          points={summary.strengths}
          tone="emerald"
          empty="No clear strength stood out yet: your next interview will tell."
        />
        <Points
          title="To improve"
          points={summary.improvements}
          tone="amber"
          empty="Nothing to improve stood out."
        />
      </section>

      <section aria-labelledby="answers-heading" className="mt-10">
        <h2 id="answers-heading" className="text-xl font-semibold">
          Your answers
        </h2>
        <ol className="mt-4 space-y-4">
          {answers.map((answer) => (
            <li
              key={answer.id}
              id={`answer-${answer.id}`}
              className="scroll-mt-6 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm"
            >
              <div className="flex items-start justify-between gap-3">
                <div className="min-w-0 flex-1">
                  <p className="text-xs uppercase tracking-wide text-slate-500">
                    {answer.followUpOf ? 'Follow-up' : 'Question'} ·{' '}
                    {formatCompetency(answer.competency)}
                  </p>
                  <h3 className="mt-1 font-medium">{answer.questionText}</h3>
                </div>
                <p className="shrink-0 text-2xl font-semibold tabular-nums">
                  {formatScore(answer.finalAttempt?.overallScore)}
                </p>
              </div>
              {answer.finalAttempt ? (
                <>
                  <p className="mt-3 text-sm leading-relaxed text-slate-700">
                    {answer.finalAttempt.transcript}
                  </p>
                  <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
                    <span className="text-slate-500">
                      Kept: attempt {answer.finalAttempt.attemptNumber}
                    </span>
                    <SaveStory
                      attemptId={answer.finalAttempt.id}
                      savedStoryId={answer.savedStoryId}
                    />
                  </div>
                </>
              ) : (
                <p className="mt-3 text-sm text-slate-500">Not answered.</p>
              )}
            </li>
          ))}
        </ol>
      </section>

      <div className="mt-10 flex flex-wrap gap-3">
        <Link to="/dashboard/mock/new" className="btn-primary">
          Practise again
        </Link>
        <Link to="/dashboard" className="btn-secondary">
          Back to your interviews
        </Link>
      </div>
    </div>
  )
}

function Points({
  title,
  points,
  tone,
  empty,
}: {
  title: string
  points: { message: string; quote: string; exchangeId: string; questionText: string }[]
  tone: 'emerald' | 'amber'
  empty: string
}) {
  return (
    <div className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm">
      <h3 className="font-semibold">{title}</h3>
      {points.length === 0 ? <p className="mt-2 text-sm text-slate-600">{empty}</p> : null}
      <ul className="mt-3 space-y-3">
        {points.map((point, i) => (
          <li
            key={i}
            className={`border-l-4 pl-3 text-sm ${tone === 'emerald' ? 'border-emerald-400' : 'border-amber-400'}`}
          >
            <p>{point.message}</p>
            <a href={`#answer-${point.exchangeId}`} className="link mt-1 block text-xs italic">
              “{point.quote}”
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}

function SaveStory({
  attemptId,
  savedStoryId,
}: {
  attemptId: string
  savedStoryId: string | null
}) {
  const fetcher = useFetcher<typeof action>()
  const storyId =
    savedStoryId ?? (fetcher.data?.attemptId === attemptId ? fetcher.data.storyId : null)
  if (storyId) {
    return (
      <Link to={`/dashboard/library/${storyId}`} className="link">
        Saved to your library: edit the story
      </Link>
    )
  }
  return (
    <fetcher.Form method="post">
      <input type="hidden" name="attemptId" value={attemptId} />
      <button
        type="submit"
        className="btn-secondary px-3 py-1.5 text-sm"
        disabled={fetcher.state !== 'idle'}
      >
        {fetcher.state !== 'idle' ? 'Saving…' : 'Save to library'}
      </button>
      {fetcher.data?.error ? (
        <span role="alert" className="ml-2 text-rose-700">
          {fetcher.data.error}
        </span>
      ) : null}
    </fetcher.Form>
  )
}

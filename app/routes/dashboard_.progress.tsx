import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { requireViewer } from '~/components/library/library.server'
import { CompetencyTrends, type CompetencyTrend } from '~/components/progress/competency-trends'
import { TrendChart } from '~/components/progress/trend-chart'
import { graphql } from '~/graphql/gql'
import { query } from '~/graphql.server'

const ProgressQuery = graphql(`
  query Progress($first: Int!) {
    viewer {
      id
      interviews(first: $first) {
        edges {
          node {
            id
            title
            status
            createdAt
            completedAt
            summary {
              overall
              answered
              dimensions {
                content
                delivery
                structure
              }
              delivery {
                meanWpm
                fillersPerMinute
                fillersPer100Words
              }
              competencies {
                competency
                score
              }
            }
          }
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
`)

// The API's largest page: the last hundred interviews are plenty of history for a trend.
const pageSize = 100
const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' })

export const meta: MetaFunction = () => [{ title: 'Progress · Encore' }]

export async function loader({ context, request }: LoaderFunctionArgs) {
  await requireViewer(context, request)
  const { data } = await query(context, ProgressQuery, { first: pageSize })
  const interviews = data.viewer!.interviews
  const sessions = interviews.edges
    .map(({ node }) => node)
    .filter((node) => node.status === 'COMPLETED' && node.summary && node.summary.answered > 0)
    .map((node) => ({ ...node, summary: node.summary!, at: node.completedAt ?? node.createdAt }))
    // the API lists newest first; a trend reads oldest to newest
    .sort((a, b) => a.at.localeCompare(b.at))
  const labels = sessions.map(
    (session, index) => `#${index + 1} · ${dateFormat.format(new Date(session.at))}`,
  )
  const names = [
    ...new Set(sessions.flatMap((s) => s.summary.competencies.map((c) => c.competency))),
  ]
  const competencies: CompetencyTrend[] = names
    .map((competency) => ({
      competency,
      scores: sessions.map(
        (s) => s.summary.competencies.find((c) => c.competency === competency)?.score ?? null,
      ),
    }))
    .sort((a, b) => a.competency.localeCompare(b.competency))
  return {
    labels,
    partial: interviews.pageInfo.hasNextPage,
    overall: sessions.map((s) => s.summary.overall ?? null),
    content: sessions.map((s) => s.summary.dimensions.content ?? null),
    delivery: sessions.map((s) => s.summary.dimensions.delivery ?? null),
    structure: sessions.map((s) => s.summary.dimensions.structure ?? null),
    wpm: sessions.map((s) => s.summary.delivery.meanWpm ?? null),
    fillersPerMinute: sessions.map((s) => s.summary.delivery.fillersPerMinute ?? null),
    competencies,
    unfinished: interviews.edges.filter(({ node }) => node.status === 'IN_PROGRESS').length,
  }
}

export default function Progress() {
  const data = useLoaderData<typeof loader>()
  const count = data.labels.length
  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">Your progress</h1>
      <p className="mt-2 max-w-2xl text-slate-600">
        {count === 0
          ? 'How your answers improve from one mock interview to the next.'
          : `Across ${count === 1 ? 'your one finished interview' : `your ${count} finished interviews`}, oldest to newest.`}
        {data.partial ? ' Only your last 100 interviews are shown.' : ''}
      </p>

      {count === 0 ? (
        <div className="mt-8 rounded-2xl border border-dashed border-slate-300 bg-white px-6 py-16 text-center">
          <p className="text-lg font-semibold text-slate-900">No finished interviews yet</p>
          <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">
            {data.unfinished > 0
              ? 'Finish the interview you started: its scores are the first point of your trend.'
              : 'Take a mock interview and finish it: each one adds a point to your overall score, each dimension, your pace and fillers, and every competency it asked about.'}
          </p>
          <Link
            to="/dashboard/mock/new"
            className="mt-6 inline-block rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-300"
          >
            Start a mock interview
          </Link>
        </div>
      ) : (
        <div className="mt-8 grid gap-6">
          <TrendChart
            title="Scores"
            description="Overall and each dimension, 0 to 100."
            sessions={data.labels}
            domain={[0, 100]}
            series={[
              { key: 'overall', label: 'Overall', color: '#4f46e5', values: data.overall },
              {
                key: 'content',
                label: 'Content',
                color: '#059669',
                dash: '6 4',
                values: data.content,
              },
              {
                key: 'delivery',
                label: 'Delivery',
                color: '#d97706',
                dash: '2 4',
                values: data.delivery,
              },
              {
                key: 'structure',
                label: 'Structure',
                color: '#0284c7',
                dash: '10 4 2 4',
                values: data.structure,
              },
            ]}
            empty="No scores yet."
          />
          <div className="grid gap-6 lg:grid-cols-2">
            <TrendChart
              title="Pace"
              description="Words per minute when you answer aloud; 120 to 160 is easy to follow."
              sessions={data.labels}
              series={[
                { key: 'wpm', label: 'Words per minute', color: '#4f46e5', values: data.wpm },
              ]}
              empty="Not measured for typed answers: answer aloud to see your pace."
            />
            <TrendChart
              title="Fillers per minute"
              description="“Um”, “like”, “you know”: fewer is calmer."
              sessions={data.labels}
              series={[
                {
                  key: 'fillers',
                  label: 'Fillers per minute',
                  color: '#d97706',
                  values: data.fillersPerMinute,
                },
              ]}
              empty="Not measured for typed answers: answer aloud to see your fillers per minute."
            />
          </div>
          <CompetencyTrends trends={data.competencies} />
        </div>
      )}
    </div>
  )
}

import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { StatusBadge } from '~/components/status-badge'
import { graphql } from '~/graphql/gql'
import { query } from '~/graphql.server'
import { signInUrlFor } from '~/session.server'

const DashboardQuery = graphql(`
  query Dashboard($first: Int!) {
    viewer {
      id
      email
      name
      interviews(first: $first) {
        edges {
          node {
            id
            title
            status
            createdAt
            overallScore
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`)

const pageSize = 50
const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' })

export const meta: MetaFunction = () => [{ title: 'Dashboard · Encore' }]

export async function loader({ context, request }: LoaderFunctionArgs) {
  const { data } = await query(context, DashboardQuery, { first: pageSize })
  if (!data.viewer) throw redirect(signInUrlFor(request))
  // The API lists them newest first.
  const interviews = data.viewer.interviews.edges.map(({ node }) => ({
    ...node,
    href:
      node.status === 'COMPLETED'
        ? `/dashboard/mock/${node.id}/summary`
        : `/dashboard/mock/${node.id}`,
    // Formatted here so that server and browser render the same text.
    createdOn: dateFormat.format(new Date(node.createdAt)),
  }))
  return {
    greeting: data.viewer.name || data.viewer.email,
    interviews,
    hasMore: data.viewer.interviews.pageInfo.hasNextPage,
  }
}

export default function Dashboard() {
  const { greeting, interviews, hasMore } = useLoaderData<typeof loader>()
  return (
    <div className="mx-auto max-w-5xl px-4 py-12 sm:px-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Your mock interviews</h1>
          <p className="mt-2 text-slate-600">Signed in as {greeting}.</p>
        </div>
        <Link to="/dashboard/mock/new" className="btn-primary">
          New mock interview
        </Link>
      </div>
      <section aria-labelledby="interviews-heading" className="mt-8">
        <h2 id="interviews-heading" className="sr-only">
          Interviews
        </h2>
        {interviews.length === 0 ? (
          <div className="rounded-2xl border border-dashed border-slate-300 bg-white px-6 py-16 text-center">
            <p className="text-lg font-semibold text-slate-900">No interviews yet</p>
            <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">
              Paste a job description and Encore plans a balanced set of questions for it. Answer by
              voice or by typing, and see every answer scored as you go.
            </p>
            <Link to="/dashboard/mock/new" className="btn-primary mt-6">
              Start your first mock interview
            </Link>
          </div>
        ) : (
          <ul className="divide-y divide-slate-200 overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm">
            {interviews.map((interview) => (
              <li
                key={interview.id}
                className="flex flex-wrap items-center justify-between gap-4 px-6 py-4"
              >
                <div className="min-w-0">
                  <Link to={interview.href} className="link truncate text-slate-900">
                    {interview.title}
                  </Link>
                  <p className="mt-1 flex items-center gap-3 text-sm text-slate-500">
                    <StatusBadge status={interview.status} />
                    <time dateTime={interview.createdAt}>{interview.createdOn}</time>
                  </p>
                </div>
                <div className="text-right">
                  <p className="text-xs uppercase tracking-wide text-slate-500">Overall</p>
                  <p className="text-2xl font-semibold tabular-nums text-slate-900">
                    {interview.overallScore === null ? (
                      <span aria-label="not scored yet">—</span>
                    ) : (
                      Math.round(interview.overallScore)
                    )}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        )}
        {hasMore ? (
          <p className="mt-4 text-sm text-slate-500">
            Showing your {pageSize} most recent interviews.
          </p>
        ) : null}
      </section>
    </div>
  )
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { FormAlert } from '~/components/form-alert'
import { CoverageBadge } from '~/components/library/coverage-badge'
import { competencyLabel } from '~/components/library/competencies'
import { requireViewer, startPractice } from '~/components/library/library.server'
import { graphql } from '~/graphql/gql'
import { query } from '~/graphql.server'

const JobCoverageQuery = graphql(`
  query JobCoverage($id: ID!) {
    node(id: $id) {
      __typename
      ... on JobDescription {
        id
        title
        company
        text
        storyCoverage {
          competency
          weight
          stories
          bestScore
          status
        }
      }
    }
    viewer {
      id
      stories(first: 100) {
        edges {
          node {
            id
            title
            competencies
          }
        }
      }
    }
  }
`)

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.job.title ?? 'Job'} · Coverage · Encore` },
]

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  await requireViewer(context, request)
  const { data } = await query(context, JobCoverageQuery, { id: params.id! })
  const job = data.node?.__typename === 'JobDescription' ? data.node : null
  if (!job) throw new Response('There is no job description at this address.', { status: 404 })
  const stories = data.viewer?.stories.edges.map(({ node }) => node) ?? []
  const rows = job.storyCoverage.map((entry) => ({
    ...entry,
    storyLinks: stories
      .filter((story) => story.competencies.includes(entry.competency))
      .slice(0, 3)
      .map(({ id, title }) => ({ id, title })),
  }))
  return { job: { id: job.id, title: job.title, company: job.company, text: job.text }, rows }
}

export async function action({ context, request, params }: ActionFunctionArgs) {
  await requireViewer(context, request)
  const form = await request.formData()
  const competencies = form.getAll('competency').map(String).filter(Boolean)
  if (competencies.length === 0) return { formError: 'Choose a competency to practise.' }
  return startPractice(context, { jobDescriptionId: params.id!, competencies })
}

const percent = (weight: number) => `${Math.round(weight * 100)}%`

export default function JobCoveragePage() {
  const { job, rows } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const starting = navigation.state !== 'idle' && navigation.formMethod === 'POST'
  const gaps = rows.filter((row) => row.status !== 'COVERED')
  const count = (status: string) => rows.filter((row) => row.status === status).length
  const focus = gaps.length > 0 ? gaps : rows

  return (
    <div className="mx-auto max-w-5xl px-4 py-8 sm:px-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link to="/dashboard/library" className="font-medium text-indigo-600 hover:text-indigo-500">
          ← Answer library
        </Link>
      </nav>
      <h1 className="mt-3 text-2xl font-bold tracking-tight sm:text-3xl">
        {job.title}
        {job.company ? <span className="text-slate-500"> at {job.company}</span> : null}
      </h1>
      <p className="mt-2 max-w-2xl text-slate-600">
        The competencies this job asks for, heaviest first, against the stories in your library. A
        story that scored 70 or more covers its competency; a weaker one is a start.
      </p>

      {actionData?.formError ? (
        <div className="mt-4">
          <FormAlert message={actionData.formError} />
        </div>
      ) : null}

      {rows.length === 0 ? (
        <div className="mt-8 rounded-2xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
          <p className="font-semibold text-slate-900">No competencies found in this job ad</p>
          <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">
            Encore looks for what a job asks of you (leading, handling conflict, prioritising…).
            Paste the full ad, with its responsibilities, to see your coverage.
          </p>
        </div>
      ) : (
        <>
          <section
            aria-labelledby="summary-heading"
            className="mt-6 flex flex-col gap-4 rounded-2xl border border-indigo-200 bg-indigo-50/60 p-4 sm:flex-row sm:items-center sm:justify-between sm:p-6"
          >
            <div>
              <h2 id="summary-heading" className="font-semibold text-slate-900">
                {count('COVERED')} of {rows.length} covered · {count('WEAK')} weak ·{' '}
                {count('MISSING')} missing
              </h2>
              <p className="mt-1 text-sm text-slate-600">
                {gaps.length > 0
                  ? `Practise ${gaps.map((g) => competencyLabel(g.competency)).join(', ')}, then save your best answers.`
                  : 'Every competency has a strong story. Rehearse them all in one interview.'}
              </p>
            </div>
            <Form method="post" className="shrink-0">
              {focus.map((row) => (
                <input
                  key={row.competency}
                  type="hidden"
                  name="competency"
                  value={row.competency}
                />
              ))}
              <button
                type="submit"
                disabled={starting}
                className="w-full rounded-lg bg-indigo-600 px-4 py-2.5 font-semibold text-white shadow-sm hover:bg-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-300 disabled:opacity-70 sm:w-auto"
              >
                {starting
                  ? 'Starting…'
                  : gaps.length > 0
                    ? 'Practise the gaps'
                    : 'Practise the whole job'}
              </button>
            </Form>
          </section>

          <ul
            aria-label="Competencies"
            className="mt-6 divide-y divide-slate-200 overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm"
          >
            {rows.map((row) => {
              const label = competencyLabel(row.competency)
              return (
                <li
                  key={row.competency}
                  className="flex flex-col gap-3 px-4 py-4 sm:flex-row sm:items-center sm:justify-between sm:px-6"
                >
                  <div className="min-w-0 flex-1">
                    <div className="flex flex-wrap items-center gap-2">
                      <h3 className="font-semibold text-slate-900">{label}</h3>
                      <CoverageBadge status={row.status} />
                    </div>
                    <div className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-500">
                      <div
                        className="h-1.5 w-24 overflow-hidden rounded-full bg-slate-100"
                        aria-hidden="true"
                      >
                        <div
                          className="h-full rounded-full bg-indigo-400"
                          style={{ width: percent(row.weight) }}
                        />
                      </div>
                      <span>{percent(row.weight)} of the job</span>
                      <span aria-hidden="true">·</span>
                      <span>
                        {row.stories === 0
                          ? 'no story yet'
                          : `${row.stories} ${row.stories === 1 ? 'story' : 'stories'}`}
                        {row.bestScore !== null ? `, best scored ${Math.round(row.bestScore)}` : ''}
                      </span>
                    </div>
                    {row.storyLinks.length > 0 ? (
                      <p className="mt-2 text-sm">
                        {row.storyLinks.map((story, index) => (
                          <span key={story.id}>
                            {index > 0 ? ', ' : ''}
                            <Link
                              to={`/dashboard/library/${story.id}`}
                              className="font-medium text-indigo-600 hover:text-indigo-500"
                            >
                              {story.title}
                            </Link>
                          </span>
                        ))}
                      </p>
                    ) : null}
                  </div>
                  <div className="flex shrink-0 flex-wrap gap-2">
                    {row.stories > 0 ? (
                      <Link
                        to={`/dashboard/library?competency=${encodeURIComponent(row.competency)}`}
                        className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 focus:outline-none focus:ring-2 focus:ring-indigo-300"
                      >
                        See stories
                      </Link>
                    ) : null}
                    <Form method="post">
                      <input type="hidden" name="competency" value={row.competency} />
                      <button
                        type="submit"
                        disabled={starting}
                        aria-label={`Practise ${label}`}
                        className="rounded-lg border border-indigo-300 bg-white px-3 py-1.5 text-sm font-semibold text-indigo-700 hover:bg-indigo-50 focus:outline-none focus:ring-2 focus:ring-indigo-300 disabled:opacity-70"
                      >
                        Practise this
                      </button>
                    </Form>
                  </div>
                </li>
              )
            })}
          </ul>
        </>
      )}

      <details className="mt-8 rounded-2xl border border-slate-200 bg-white p-4 text-sm shadow-sm">
        <summary className="cursor-pointer font-medium text-slate-800">The job ad</summary>
        <p className="mt-3 whitespace-pre-line text-slate-600">{job.text}</p>
      </details>
    </div>
  )
}

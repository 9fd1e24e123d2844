import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import {
  Form,
  Link,
  useActionData,
  useLoaderData,
  useLocation,
  useNavigation,
  useSubmit,
} from '@remix-run/react'
import { useCallback, useEffect, useState } from 'react'
import { FormAlert } from '~/components/form-alert'
import { competencyLabel } from '~/components/library/competencies'
import { deleteStory, requireViewer, restoreStory } from '~/components/library/library.server'
import { StoryCandidates, type StoryCandidateEntry } from '~/components/library/story-candidates'
import { StoryListItem } from '~/components/library/story-list-item'
import { UndoToast, type DeletedStory } from '~/components/library/undo-toast'
import { graphql } from '~/graphql/gql'
import { query } from '~/graphql.server'

const LibraryQuery = graphql(`
  query Library($search: String, $competency: String, $job: ID, $first: Int!) {
    viewer {
      id
      stories(first: $first, search: $search, competency: $competency, jobDescriptionId: $job) {
        edges {
          node {
            id
            title
            competencies
            situation
            task
            action
            result
            polishedAnswer
            updatedAt
            jobDescription {
              id
              title
            }
            sourceAttempt {
              id
              overallScore
            }
          }
        }
        pageInfo {
          hasNextPage
        }
      }
      everyStory: stories(first: 100) {
        edges {
          node {
            id
            competencies
            sourceAttempt {
              id
            }
          }
        }
      }
      jobDescriptions(first: 50) {
        edges {
          node {
            id
            title
            company
          }
        }
      }
      interviews(first: 10) {
        edges {
          node {
            id
            title
            status
            exchanges(first: 20) {
              edges {
                node {
                  questionText
                  competency
                  finalAttempt {
                    id
                    overallScore
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`)

const CreateStoryMutation = graphql(`
  mutation CreateBlankStory($input: CreateStarStoryInput!) {
    createStarStory(input: $input) {
      __typename
      ... on StarStory {
        id
      }
      ... on Error {
        message
      }
    }
  }
`)

const SaveFromAttemptMutation = graphql(`
  mutation SaveStoryFromAttempt($input: SaveStarStoryFromAttemptInput!) {
    saveStarStoryFromAttempt(input: $input) {
      __typename
      ... on StarStory {
        id
      }
      ... on Error {
        message
      }
    }
  }
`)

const pageSize = 50
/** an answer scoring this much is worth keeping (the summary's story threshold) */
const strongFrom = 70
const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' })

export const meta: MetaFunction = () => [{ title: 'Answer library · Encore' }]

export async function loader({ context, request }: LoaderFunctionArgs) {
  await requireViewer(context, request)
  const params = new URL(request.url).searchParams
  const filters = {
    search: params.get('q')?.trim() || '',
    competency: params.get('competency') || '',
    job: params.get('job') || '',
  }
  const { data } = await query(context, LibraryQuery, {
    search: filters.search || null,
    competency: filters.competency || null,
    job: filters.job || null,
    first: pageSize,
  })
  const viewer = data.viewer!
  const stories = viewer.stories.edges.map(({ node }) => ({
    id: node.id,
    title: node.title,
    competencies: node.competencies,
    excerpt: (
      [node.situation, node.task, node.action, node.result, node.polishedAnswer].find((text) =>
        text.trim(),
      ) ?? ''
    ).slice(0, 220),
    updatedAt: node.updatedAt,
    updatedOn: dateFormat.format(new Date(node.updatedAt)),
    job: node.jobDescription,
    score: node.sourceAttempt?.overallScore ?? null,
  }))
  const every = viewer.everyStory.edges.map(({ node }) => node)
  const saved = new Set(every.map((story) => story.sourceAttempt?.id).filter(Boolean))
  // The answers kept in finished interviews that scored well, best first: the summary's own
  // story candidates also need every STAR part detected, which would hide a good answer whose
  // setting the scorer missed; saving keeps every sentence anyway (interview/library).
  const candidates: StoryCandidateEntry[] = viewer.interviews.edges
    .filter(({ node }) => node.status === 'COMPLETED')
    .flatMap(({ node }) =>
      node.exchanges.edges.flatMap(({ node: exchange }) => {
        const final = exchange.finalAttempt
        if (!final || final.overallScore === null || final.overallScore < strongFrom) return []
        return [
          {
            attemptId: final.id,
            overallScore: final.overallScore,
            questionText: exchange.questionText,
            competency: exchange.competency,
            interviewTitle: node.title,
          },
        ]
      }),
    )
    .filter((candidate) => !saved.has(candidate.attemptId))
    .sort((a, b) => b.overallScore - a.overallScore)
    .slice(0, 5)
  const competencies = [...new Set(every.flatMap((story) => story.competencies))].sort()
  return {
    filters,
    stories,
    hasMore: viewer.stories.pageInfo.hasNextPage,
    libraryIsEmpty: every.length === 0,
    candidates,
    competencies,
    jobs: viewer.jobDescriptions.edges.map(({ node }) => node),
  }
}

export async function action({ context, request }: ActionFunctionArgs) {
  await requireViewer(context, request)
  const form = await request.formData()
  const intent = form.get('intent')
  if (intent === 'delete') return deleteStory(context, String(form.get('id')))
  if (intent === 'restore') return restoreStory(context, form.get('story'))
  if (intent === 'create') {
    const { data } = await query(context, CreateStoryMutation, {
      input: { title: 'Untitled story' },
    })
    const created = data.createStarStory
    if (created.__typename === 'StarStory') throw redirect(`/dashboard/library/${created.id}`)
    return { formError: 'message' in created ? created.message : 'Could not create the story.' }
  }
  if (intent === 'save-attempt') {
    const { data } = await query(context, SaveFromAttemptMutation, {
      input: { attemptId: String(form.get('attemptId')) },
    })
    const saved = data.saveStarStoryFromAttempt
    if (saved.__typename === 'StarStory') throw redirect(`/dashboard/library/${saved.id}`)
    return { formError: 'message' in saved ? saved.message : 'Could not save that answer.' }
  }
  return { formError: 'Unknown action.' }
}

function exportSearch(job: string) {
  return job ? `?${new URLSearchParams({ job })}` : ''
}

export default function Library() {
  const { filters, stories, hasMore, libraryIsEmpty, candidates, competencies, jobs } =
    useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const location = useLocation()
  const navigation = useNavigation()
  const submit = useSubmit()
  const fromEditor = (location.state as { deleted?: DeletedStory } | null)?.deleted ?? null
  const justDeleted =
    actionData && 'deleted' in actionData ? actionData.deleted : (fromEditor ?? null)
  const [toast, setToast] = useState<DeletedStory | null>(justDeleted)
  useEffect(() => setToast(justDeleted), [justDeleted])
  const closeToast = useCallback(() => setToast(null), [])
  const filtered = Boolean(filters.search || filters.competency || filters.job)
  const searching =
    navigation.state === 'loading' && navigation.location.pathname === location.pathname

  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Answer library</h1>
          <p className="mt-2 max-w-xl text-slate-600">
            Your STAR stories, polished from your best answers. Rehearse them before the real
            interview.
          </p>
        </div>
        <div className="flex flex-wrap gap-2 print:hidden">
          <Form method="post">
            <input type="hidden" name="intent" value="create" />
            <button
              type="submit"
              className="rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-300"
            >
              Write a story
            </button>
          </Form>
          {libraryIsEmpty ? null : (
            <>
              <a
                href={`/dashboard/library/export${exportSearch(filters.job)}`}
                download
                className="rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 focus:outline-none focus:ring-2 focus:ring-indigo-300"
              >
                Download Markdown
              </a>
              <Link
                to={`/dashboard/library/print${exportSearch(filters.job)}`}
                className="rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 focus:outline-none focus:ring-2 focus:ring-indigo-300"
              >
                Print or save as PDF
              </Link>
            </>
          )}
        </div>
      </div>

      {actionData && 'formError' in actionData ? (
        <div className="mt-6">
          <FormAlert message={actionData.formError} />
        </div>
      ) : null}

      <div className="mt-8 space-y-8">
        <StoryCandidates candidates={candidates} />

        {libraryIsEmpty ? (
          <EmptyLibrary hasCandidates={candidates.length > 0} />
        ) : (
          <section aria-labelledby="stories-heading">
            <h2 id="stories-heading" className="sr-only">
              Stories
            </h2>
            <Form
              // remount when the URL's filters change (a link, back): the fields show them
              key={`${filters.search}|${filters.competency}|${filters.job}`}
              method="get"
              role="search"
              aria-label="Filter stories"
              className="grid gap-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end print:hidden"
            >
              <div>
                <label
                  htmlFor="library-search"
                  className="block text-sm font-medium text-slate-800"
                >
                  Search
                </label>
                <input
                  id="library-search"
                  type="search"
                  name="q"
                  defaultValue={filters.search}
                  placeholder="Words in a title or any part"
                  className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 shadow-sm outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200"
                />
              </div>
              <div>
                <label
                  htmlFor="library-competency"
                  className="block text-sm font-medium text-slate-800"
                >
                  Competency
                </label>
                <select
                  id="library-competency"
                  name="competency"
                  defaultValue={filters.competency}
                  onChange={(event) => submit(event.currentTarget.form)}
                  className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 shadow-sm outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200"
                >
                  <option value="">All competencies</option>
                  {competencies.map((competency) => (
                    <option key={competency} value={competency}>
                      {competencyLabel(competency)}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor="library-job" className="block text-sm font-medium text-slate-800">
                  Job
                </label>
                <select
                  id="library-job"
                  name="job"
                  defaultValue={filters.job}
                  onChange={(event) => submit(event.currentTarget.form)}
                  className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 shadow-sm outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200"
                >
                  <option value="">All jobs</option>
                  {jobs.map((job) => (
                    <option key={job.id} value={job.id}>
                      {job.title}
                      {job.company ? ` at ${job.company}` : ''}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="submit"
                className="rounded-lg bg-slate-900 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-700 focus:outline-none focus:ring-2 focus:ring-indigo-300"
              >
                Search
              </button>
            </Form>

            <div className="mt-4 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
              <p role="status" aria-live="polite" aria-busy={searching || undefined}>
                {stories.length === 1 ? '1 story' : `${stories.length} stories`}
                {filtered ? (stories.length === 1 ? ' matches' : ' match') : ''}, most recently
                changed first.
              </p>
              {filtered ? (
                <Link
                  to="/dashboard/library"
                  className="font-medium text-indigo-600 hover:text-indigo-500 print:hidden"
                >
                  Clear filters
                </Link>
              ) : null}
            </div>

            {stories.length === 0 ? (
              <div className="mt-4 rounded-2xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
                <p className="font-semibold text-slate-900">No stories match</p>
                <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">
                  Try other words, or another competency or job.{' '}
                  <Link to="/dashboard/library" className="font-medium text-indigo-600">
                    Show every story
                  </Link>
                  .
                </p>
              </div>
            ) : (
              <ul className="mt-4 divide-y divide-slate-200 overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm">
                {stories.map((story) => (
                  <StoryListItem key={story.id} story={story} />
                ))}
              </ul>
            )}
            {hasMore ? (
              <p className="mt-4 text-sm text-slate-500">
                Showing the {pageSize} most recently changed; search to find older ones.
              </p>
            ) : null}
          </section>
        )}

        {jobs.length > 0 ? (
          <section aria-labelledby="jobs-heading" className="print:hidden">
            <h2 id="jobs-heading" className="text-lg font-semibold text-slate-900">
              Jobs you are preparing for
            </h2>
            <p className="mt-1 text-sm text-slate-600">
              See which of each job’s competencies your stories cover, and practise the gaps.
            </p>
            <ul className="mt-3 grid gap-3 sm:grid-cols-2">
              {jobs.map((job) => (
                <li key={job.id}>
                  <Link
                    to={`/dashboard/jobs/${job.id}`}
                    className="block rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm hover:border-indigo-300 focus:outline-none focus:ring-2 focus:ring-indigo-300"
                  >
                    <span className="font-medium text-slate-900">{job.title}</span>
                    {job.company ? <span className="text-slate-500"> at {job.company}</span> : null}
                    <span className="mt-1 block text-sm font-medium text-indigo-600">
                      Coverage and practice →
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
      {toast ? <UndoToast story={toast} onClose={closeToast} /> : null}
    </div>
  )
}

function EmptyLibrary({ hasCandidates }: { hasCandidates: boolean }) {
  return (
    <div className="rounded-2xl border border-dashed border-slate-300 bg-white px-6 py-14 text-center">
      <p className="text-lg font-semibold text-slate-900">Your library is empty</p>
      <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">
        {hasCandidates
          ? 'Save one of the answers above to start it: Encore splits it into situation, task, action and result for you to polish.'
          : 'Take a mock interview and save your best answers here as STAR stories, or write one from memory.'}
      </p>
      {hasCandidates ? null : (
        <Link
          to="/dashboard/mock/new"
          className="mt-6 inline-block rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-300"
        >
          Start a mock interview
        </Link>
      )}
    </div>
  )
}

import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { competencyLabel, starFields } from '~/components/library/competencies'
import { requireViewer } from '~/components/library/library.server'
import { graphql } from '~/graphql/gql'
import { query } from '~/graphql.server'

const PrintQuery = graphql(`
  query LibraryPrint($job: ID, $first: Int!) {
    viewer {
      id
      name
      stories(first: $first, jobDescriptionId: $job) {
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
            coachNotes
          }
        }
      }
    }
  }
`)

const PrintJobQuery = graphql(`
  query LibraryPrintJob($id: ID!) {
    node(id: $id) {
      __typename
      ... on JobDescription {
        title
        company
      }
    }
  }
`)

const OneStoryQuery = graphql(`
  query LibraryPrintOne($id: ID!) {
    node(id: $id) {
      __typename
      ... on StarStory {
        id
        title
        competencies
        situation
        task
        action
        result
        polishedAnswer
        coachNotes
      }
    }
  }
`)

export const meta: MetaFunction = () => [{ title: 'STAR stories · Encore' }]

export async function loader({ context, request }: LoaderFunctionArgs) {
  await requireViewer(context, request)
  const params = new URL(request.url).searchParams
  const storyId = params.get('story')
  if (storyId) {
    const { data } = await query(context, OneStoryQuery, { id: storyId })
    if (data.node?.__typename !== 'StarStory') throw new Response('No such story.', { status: 404 })
    return {
      heading: data.node.title,
      stories: [data.node],
      single: true,
      back: `/dashboard/library/${storyId}`,
    }
  }
  const job = params.get('job')
  const { data } = await query(context, PrintQuery, { job: job || null, first: 100 })
  const jobNode = job ? (await query(context, PrintJobQuery, { id: job })).data.node : null
  if (job && jobNode?.__typename !== 'JobDescription')
    throw new Response('There is no such job description.', { status: 404 })
  const heading =
    jobNode?.__typename === 'JobDescription'
      ? `STAR stories for ${jobNode.title}${jobNode.company ? ` at ${jobNode.company}` : ''}`
      : 'My STAR stories'
  return {
    heading,
    stories: data.viewer!.stories.edges.map(({ node }) => node),
    single: false,
    back: `/dashboard/library${job ? `?job=${encodeURIComponent(job)}` : ''}`,
  }
}

/** A clean document of the stories, made to be printed or saved as a PDF from the browser. */
export default function PrintStories() {
  const { heading, stories, single, back } = useLoaderData<typeof loader>()
  return (
    <article className="mx-auto max-w-3xl px-4 py-8 sm:px-6 print:max-w-none print:p-0">
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link to={back} className="text-sm font-medium text-indigo-600 hover:text-indigo-500">
          ← Back
        </Link>
        <button
          type="button"
          onClick={() => window.print()}
          className="rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-300"
        >
          Print or save as PDF
        </button>
      </div>
      {single ? null : (
        <h1 className="text-3xl font-bold tracking-tight print:text-2xl">{heading}</h1>
      )}
      {stories.length === 0 ? <p className="mt-6 text-slate-600">No stories saved yet.</p> : null}
      {stories.map((story) => (
        <section
          key={story.id}
          aria-labelledby={`story-${story.id}`}
          className="print-story mt-8 border-t border-slate-200 pt-6 first-of-type:border-0 print:mt-6"
        >
          {single ? (
            <h1
              id={`story-${story.id}`}
              className="text-3xl font-bold tracking-tight print:text-2xl"
            >
              {story.title}
            </h1>
          ) : (
            <h2 id={`story-${story.id}`} className="text-2xl font-semibold print:text-xl">
              {story.title}
            </h2>
          )}
          {story.competencies.length > 0 ? (
            <p className="mt-1 text-sm text-slate-500">
              {story.competencies.map(competencyLabel).join(' · ')}
            </p>
          ) : null}
          <dl className="mt-4 space-y-3">
            {starFields.map((field) => (
              <div key={field.name}>
                <dt className="text-xs font-semibold uppercase tracking-wide text-indigo-700 print:text-slate-700">
                  {field.label}
                </dt>
                <dd className="mt-0.5 whitespace-pre-line leading-relaxed text-slate-800">
                  {story[field.name].trim() || <em className="text-slate-400">Not written yet</em>}
                </dd>
              </div>
            ))}
          </dl>
          {story.polishedAnswer.trim() ? (
            <>
              <h3 className="mt-5 font-semibold text-slate-900">Polished answer</h3>
              <p className="mt-1 whitespace-pre-line leading-relaxed text-slate-800">
                {story.polishedAnswer}
              </p>
            </>
          ) : null}
          {story.coachNotes.trim() ? (
            <>
              <h3 className="mt-5 font-semibold text-slate-900">Coach notes</h3>
              <p className="mt-1 whitespace-pre-line text-sm leading-relaxed text-slate-700">
                {story.coachNotes}
              </p>
            </>
          ) : null}
        </section>
      ))}
    </article>
  )
}

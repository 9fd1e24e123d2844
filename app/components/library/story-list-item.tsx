import { Form, Link } from '@remix-run/react'
import { competencyLabel } from './competencies'

export type StoryListEntry = {
  id: string
  title: string
  competencies: string[]
  excerpt: string
  updatedAt: string
  updatedOn: string
  job: { id: string; title: string } | null
  score: number | null
}

export function StoryListItem({ story }: { story: StoryListEntry }) {
  return (
    <li className="flex flex-col gap-3 px-4 py-4 sm:flex-row sm:items-start sm:justify-between sm:px-6">
      <div className="min-w-0 flex-1">
        <h3 className="font-semibold text-slate-900">
          <Link
            to={`/dashboard/library/${story.id}`}
            className="rounded hover:text-indigo-600 focus:outline-none focus:ring-2 focus:ring-indigo-300"
          >
            {story.title}
          </Link>
        </h3>
        {story.excerpt ? (
          <p className="mt-1 line-clamp-2 text-sm text-slate-600">{story.excerpt}</p>
        ) : (
          <p className="mt-1 text-sm italic text-slate-500">Nothing written yet.</p>
        )}
        <div className="mt-2 flex flex-wrap items-center gap-2 text-xs text-slate-500">
          {story.competencies.map((competency) => (
            <span
              key={competency}
              className="rounded-full bg-indigo-50 px-2 py-0.5 font-medium text-indigo-700"
            >
              {competencyLabel(competency)}
            </span>
          ))}
          {story.job ? <span>for {story.job.title}</span> : null}
          <span>
            changed <time dateTime={story.updatedAt}>{story.updatedOn}</time>
          </span>
          {story.score !== null ? <span>scored {Math.round(story.score)}</span> : null}
        </div>
      </div>
      <Form method="post" className="shrink-0 print:hidden">
        <input type="hidden" name="intent" value="delete" />
        <input type="hidden" name="id" value={story.id} />
        <button
          type="submit"
          aria-label={`Delete “${story.title}”`}
          className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:border-rose-300 hover:bg-rose-50 hover:text-rose-700 focus:outline-none focus:ring-2 focus:ring-rose-200"
        >
          Delete
        </button>
      </Form>
    </li>
  )
}

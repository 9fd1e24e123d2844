import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import {
  type ShouldRevalidateFunction,
  Form,
  Link,
  useActionData,
  useFetcher,
  useLoaderData,
  useNavigate,
  useNavigation,
} from '@remix-run/react'
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import { FormAlert } from '~/components/form-alert'
import { competencyLabel, parseCompetencies, starFields } from '~/components/library/competencies'
import { deleteStory, requireViewer, startPractice } from '~/components/library/library.server'
import { SourceAttemptPanel } from '~/components/library/source-attempt'
import { UnsavedChangesGuard } from '~/components/library/unsaved-changes'
import { formErrorsFrom } from '~/form-errors'
import { graphql } from '~/graphql/gql'
import { query } from '~/graphql.server'

const StoryEditorQuery = graphql(`
  query StoryEditor($id: ID!) {
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
        updatedAt
        jobDescription {
          id
        }
        sourceAttempt {
          id
          attemptNumber
          transcript
          overallScore
          contentScore
          deliveryScore
          structureScore
          exchange {
            questionText
            competency
            interview {
              id
              title
            }
          }
        }
      }
    }
    viewer {
      id
      jobDescriptions(first: 50) {
        edges {
          node {
            id
            title
            company
          }
        }
      }
    }
  }
`)

const UpdateStoryMutation = graphql(`
  mutation UpdateStory($input: UpdateStarStoryInput!) {
    updateStarStory(input: $input) {
      __typename
      ... on StarStory {
        id
        updatedAt
      }
      ... on Error {
        code
        message
      }
      ... on ValidationFailedError {
        issues {
          path
          message
        }
      }
    }
  }
`)

const textFields = [
  'title',
  ...starFields.map((f) => f.name),
  'polishedAnswer',
  'coachNotes',
] as const
type Values = Record<(typeof textFields)[number] | 'competencies' | 'jobDescriptionId', string>

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.story.title ?? 'Story'} · Answer library · Encore` },
]

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  await requireViewer(context, request)
  const { data } = await query(context, StoryEditorQuery, { id: params.storyId! })
  const story = data.node?.__typename === 'StarStory' ? data.node : null
  if (!story) throw new Response('There is no story at this address.', { status: 404 })
  return {
    story,
    jobs: data.viewer?.jobDescriptions.edges.map(({ node }) => node) ?? [],
  }
}

// After a delete the story is gone: reloading it would show "not found" before the page can
// move on to the library with its Undo.
export const shouldRevalidate: ShouldRevalidateFunction = ({
  formData,
  defaultShouldRevalidate,
}) => (formData?.get('intent') === 'delete' ? false : defaultShouldRevalidate)

export async function action({ context, request, params }: ActionFunctionArgs) {
  await requireViewer(context, request)
  const id = params.storyId!
  const form = await request.formData()
  const intent = form.get('intent')
  if (intent === 'delete') return deleteStory(context, id)
  if (intent === 'practise') {
    const competencies = parseCompetencies(String(form.get('competencies') ?? ''))
    if (competencies.length === 0)
      return { formError: 'Name at least one competency to practise it.' }
    return startPractice(context, {
      jobDescriptionId: String(form.get('jobDescriptionId') ?? '') || null,
      competencies,
    })
  }
  const text = (name: string) => String(form.get(name) ?? '')
  const { data } = await query(context, UpdateStoryMutation, {
    input: {
      id,
      title: text('title'),
      competencies: parseCompetencies(text('competencies')),
      situation: text('situation'),
      task: text('task'),
      action: text('action'),
      result: text('result'),
      polishedAnswer: text('polishedAnswer'),
      coachNotes: text('coachNotes'),
      jobDescriptionId: text('jobDescriptionId') || null,
    },
  })
  const updated = data.updateStarStory
  if (updated.__typename === 'StarStory') return { saved: updated.updatedAt }
  return formErrorsFrom(updated, [...textFields, 'competencies'])
}

function valuesOf(story: ReturnType<typeof useLoaderData<typeof loader>>['story']): Values {
  return {
    title: story.title,
    competencies: story.competencies.join(', '),
    jobDescriptionId: story.jobDescription?.id ?? '',
    situation: story.situation,
    task: story.task,
    action: story.action,
    result: story.result,
    polishedAnswer: story.polishedAnswer,
    coachNotes: story.coachNotes,
  }
}

const inputClass =
  'mt-1 block w-full rounded-lg border bg-white px-3 py-2 text-slate-900 shadow-sm outline-none focus:ring-2'
const okBorder = 'border-slate-300 focus:border-indigo-500 focus:ring-indigo-200'
const badBorder = 'border-rose-400 focus:border-rose-500 focus:ring-rose-200'

export default function StoryEditor() {
  const { story, jobs } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const navigate = useNavigate()
  const saved = useMemo(() => valuesOf(story), [story])
  const [values, setValues] = useState<Values>(saved)
  // a save (or another tab's) brings new loader data: that is now the saved state
  useEffect(() => setValues(saved), [saved])
  const dirty = (Object.keys(saved) as (keyof Values)[]).some((key) => values[key] !== saved[key])
  const saving = navigation.state !== 'idle' && navigation.formData?.get('intent') === 'save'
  const deleter = useFetcher<typeof action>()
  const [leaving, setLeaving] = useState(false)

  useEffect(() => {
    const data = deleter.data
    if (deleter.state === 'idle' && data && 'deleted' in data) {
      setLeaving(true)
      navigate('/dashboard/library', { state: { deleted: data.deleted }, replace: true })
    }
  }, [deleter.state, deleter.data, navigate])

  const formRef = useRef<HTMLFormElement>(null)
  const saveRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.metaKey || event.ctrlKey) && event.key === 's') {
        event.preventDefault()
        formRef.current?.requestSubmit(saveRef.current)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const errors = actionData && 'fieldErrors' in actionData ? actionData.fieldErrors : {}
  const formError = actionData && 'formError' in actionData ? actionData.formError : undefined
  const deleteError =
    deleter.data && 'formError' in deleter.data ? deleter.data.formError : undefined
  const change = (name: keyof Values) => (event: { currentTarget: { value: string } }) => {
    // read now: React clears currentTarget before a state updater runs
    const value = event.currentTarget.value
    setValues((current) => ({ ...current, [name]: value }))
  }
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (saving) event.preventDefault()
  }
  const competencies = parseCompetencies(values.competencies)

  return (
    <div className="mx-auto max-w-5xl px-4 py-8 sm:px-6">
      <UnsavedChangesGuard dirty={dirty && !leaving && !saving} />
      <nav aria-label="Breadcrumb" className="text-sm print:hidden">
        <Link to="/dashboard/library" className="font-medium text-indigo-600 hover:text-indigo-500">
          ← Answer library
        </Link>
      </nav>
      <div className="mt-3 flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="break-words text-2xl font-bold tracking-tight sm:text-3xl">
            {saved.title}
          </h1>
          <p role="status" aria-live="polite" className="mt-1 text-sm text-slate-500">
            {saving ? 'Saving…' : dirty ? 'Unsaved changes' : 'All changes saved'}
          </p>
        </div>
        <div className="flex flex-wrap gap-2 print:hidden">
          <Link
            to={`/dashboard/library/print?story=${story.id}`}
            className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 focus:outline-none focus:ring-2 focus:ring-indigo-300"
          >
            Print or save as PDF
          </Link>
          <deleter.Form method="post">
            <input type="hidden" name="intent" value="delete" />
            <button
              type="submit"
              disabled={deleter.state !== 'idle'}
              className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-700 hover:border-rose-300 hover:bg-rose-50 hover:text-rose-700 focus:outline-none focus:ring-2 focus:ring-rose-200"
            >
              Delete story
            </button>
          </deleter.Form>
        </div>
      </div>

      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Form
          method="post"
          ref={formRef}
          onSubmit={onSubmit}
          noValidate
          aria-label="Edit story"
          className="space-y-5"
        >
          <FormAlert message={formError ?? deleteError} />
          <div>
            <label htmlFor="story-title" className="block text-sm font-medium text-slate-800">
              Title
            </label>
            <input
              id="story-title"
              name="title"
              value={values.title}
              onChange={change('title')}
              required
              maxLength={200}
              aria-invalid={errors.title ? true : undefined}
              aria-describedby={errors.title ? 'story-title-error' : undefined}
              className={`${inputClass} ${errors.title ? badBorder : okBorder}`}
            />
            {errors.title ? (
              <p id="story-title-error" className="mt-1 text-sm text-rose-600">
                {errors.title}
              </p>
            ) : null}
          </div>
          <div className="grid gap-5 sm:grid-cols-2">
            <div>
              <label
                htmlFor="story-competencies"
                className="block text-sm font-medium text-slate-800"
              >
                Competencies
              </label>
              <input
                id="story-competencies"
                name="competencies"
                value={values.competencies}
                onChange={change('competencies')}
                aria-describedby="story-competencies-hint"
                className={`${inputClass} ${okBorder}`}
              />
              <p id="story-competencies-hint" className="mt-1 text-xs text-slate-500">
                Separated by commas, e.g. conflict, mentoring.
              </p>
            </div>
            <div>
              <label htmlFor="story-job" className="block text-sm font-medium text-slate-800">
                Job
              </label>
              <select
                id="story-job"
                name="jobDescriptionId"
                value={values.jobDescriptionId}
                onChange={change('jobDescriptionId')}
                className={`${inputClass} ${okBorder}`}
              >
                <option value="">Not tied to a job</option>
                {jobs.map((job) => (
                  <option key={job.id} value={job.id}>
                    {job.title}
                    {job.company ? ` at ${job.company}` : ''}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <fieldset className="space-y-4 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm">
            <legend className="px-1 text-sm font-semibold text-slate-900">STAR</legend>
            {starFields.map((field) => (
              <StoryTextArea
                key={field.name}
                name={field.name}
                label={field.label}
                hint={field.hint}
                value={values[field.name]}
                onChange={change(field.name)}
                error={errors[field.name]}
              />
            ))}
          </fieldset>
          <StoryTextArea
            name="polishedAnswer"
            label="Polished answer"
            hint="The whole answer as you want to tell it, in about two minutes."
            value={values.polishedAnswer}
            onChange={change('polishedAnswer')}
            error={errors.polishedAnswer}
            rows={8}
          />
          <StoryTextArea
            name="coachNotes"
            label="Coach notes"
            hint="What to keep and what to work on, from the scores and your own rehearsal."
            value={values.coachNotes}
            onChange={change('coachNotes')}
            error={errors.coachNotes}
          />
          <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-xl sm:border sm:px-4 print:hidden">
            <button
              ref={saveRef}
              type="submit"
              name="intent"
              value="save"
              disabled={saving}
              className="rounded-lg bg-indigo-600 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-300 disabled:opacity-70"
            >
              {saving ? 'Saving…' : 'Save story'}
            </button>
            {dirty ? (
              <button
                type="button"
                onClick={() => setValues(saved)}
                className="rounded-lg px-3 py-2 text-sm font-medium text-slate-600 hover:bg-slate-100 focus:outline-none focus:ring-2 focus:ring-slate-300"
              >
                Discard changes
              </button>
            ) : null}
            <span className="hidden text-xs text-slate-500 sm:inline">Ctrl+S saves</span>
          </div>
        </Form>

        <aside className="space-y-4 print:hidden" aria-label="About this story">
          <section
            aria-labelledby="practise-heading"
            className="rounded-2xl border border-indigo-200 bg-indigo-50/60 p-4"
          >
            <h2 id="practise-heading" className="font-semibold text-slate-900">
              Practise it
            </h2>
            <p className="mt-1 text-sm text-slate-600">
              {competencies.length > 0
                ? `A short mock interview on ${competencies.map(competencyLabel).join(', ')}, where this story should be your answer.`
                : 'Name a competency above to practise this story in a mock interview.'}
            </p>
            <Form method="post" className="mt-3">
              <input type="hidden" name="intent" value="practise" />
              <input type="hidden" name="competencies" value={values.competencies} />
              <input type="hidden" name="jobDescriptionId" value={values.jobDescriptionId} />
              <button
                type="submit"
                disabled={competencies.length === 0}
                className="w-full rounded-lg bg-indigo-600 px-3 py-2 text-sm font-semibold text-white hover:bg-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-300 disabled:opacity-60"
              >
                Practise this
              </button>
            </Form>
          </section>
          <SourceAttemptPanel attempt={story.sourceAttempt ?? null} />
        </aside>
      </div>
    </div>
  )
}

function StoryTextArea({
  name,
  label,
  hint,
  value,
  onChange,
  error,
  rows = 4,
}: {
  name: string
  label: string
  hint: string
  value: string
  onChange: (event: { currentTarget: { value: string } }) => void
  error?: string
  rows?: number
}) {
  const id = `story-${name}`
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        value={value}
        onChange={onChange}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        className={`${inputClass} ${error ? badBorder : okBorder} min-h-24 leading-relaxed [field-sizing:content]`}
      />
      <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
        {hint}
      </p>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-rose-600">
          {error}
        </p>
      ) : null}
    </div>
  )
}

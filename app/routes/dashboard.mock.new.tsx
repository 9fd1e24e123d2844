import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { FormAlert } from '~/components/form-alert'
import { formatCompetency } from '~/components/mock/format'
import { SubmitButton } from '~/components/submit-button'
import { TextField } from '~/components/text-field'
import { useFocusFirstError } from '~/components/use-focus-first-error'
import { formErrorsFrom } from '~/form-errors'
import { graphql } from '~/graphql/gql'
import { query } from '~/graphql.server'
import { signInUrlFor } from '~/session.server'

const NewInterviewQuery = graphql(`
  query NewInterview($first: Int!) {
    viewer {
      id
      jobDescriptions(first: $first) {
        edges {
          node {
            id
            title
            company
            text
            competencies {
              competency
              weight
              evidence {
                start
                end
              }
            }
          }
        }
      }
    }
  }
`)

const CreateJobDescriptionMutation = graphql(`
  mutation NewInterviewCreateJobDescription($input: JobDescriptionInput!) {
    createJobDescription(input: $input) {
      __typename
      ... on JobDescription {
        id
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

const StartInterviewMutation = graphql(`
  mutation NewInterviewStart($input: StartMockInterviewInput!) {
    startMockInterview(input: $input) {
      __typename
      ... on MockInterview {
        id
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

const jobFields = ['title', 'company', 'text'] as const
const questionCounts = [3, 5, 7, 10] as const

export const meta: MetaFunction = () => [{ title: 'New mock interview · Encore' }]

export async function loader({ context, request }: LoaderFunctionArgs) {
  const { data } = await query(context, NewInterviewQuery, { first: 20 })
  if (!data.viewer) throw redirect(signInUrlFor(request))
  const jobs = data.viewer.jobDescriptions.edges.map(({ node }) => ({
    id: node.id,
    title: node.title,
    company: node.company,
    competencies: node.competencies.map((c) => ({
      competency: c.competency,
      share: Math.round(c.weight * 100),
      // the job's own words that asked for it
      quote: c.evidence[0] ? node.text.slice(c.evidence[0].start, c.evidence[0].end) : null,
    })),
  }))
  const chosenId = new URL(request.url).searchParams.get('job')
  return { jobs, chosen: jobs.find((job) => job.id === chosenId) ?? null }
}

export async function action({ context, request }: ActionFunctionArgs) {
  const form = await request.formData()
  if (form.get('intent') === 'save-job') {
    const input = {
      title: String(form.get('title') ?? '').trim(),
      company: String(form.get('company') ?? '').trim() || null,
      text: String(form.get('text') ?? '').trim(),
    }
    const { data } = await query(context, CreateJobDescriptionMutation, { input })
    const result = data.createJobDescription
    if (result.__typename === 'JobDescription') {
      return redirect(`/dashboard/mock/new?job=${encodeURIComponent(result.id)}`)
    }
    return { step: 'job' as const, values: input, ...formErrorsFrom(result, jobFields) }
  }

  const jobDescriptionId = String(form.get('jobDescriptionId') ?? '') || null
  const questionCount = Number(form.get('questionCount') ?? 5)
  const mode = form.get('mode') === 'typed' ? 'typed' : 'voice'
  const { data } = await query(context, StartInterviewMutation, {
    input: { jobDescriptionId, questionCount },
  })
  const result = data.startMockInterview
  if (result.__typename === 'MockInterview') {
    return redirect(`/dashboard/mock/${encodeURIComponent(result.id)}?mode=${mode}`)
  }
  return { step: 'start' as const, formError: result.message, fieldErrors: {} }
}

export default function NewInterview() {
  const { jobs, chosen } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const busy = navigation.state !== 'idle'
  const jobErrors = actionData?.step === 'job' ? actionData : undefined
  const formRef = useFocusFirstError(jobErrors?.fieldErrors)

  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <Link
        to="/dashboard"
        className="text-sm font-medium text-indigo-700 hover:text-indigo-600 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-600"
      >
        ← Your interviews
      </Link>
      <h1 className="mt-3 text-3xl font-bold tracking-tight">New mock interview</h1>
      <p className="mt-2 text-slate-600">
        Paste the job ad you are preparing for. Encore reads which competencies it asks for and
        plans a balanced set of questions around them.
      </p>

      {chosen ? (
        <section aria-labelledby="review-heading" className="mt-8 space-y-6">
          <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
            <h2 id="review-heading" className="text-lg font-semibold">
              {chosen.title}
              {chosen.company ? <span className="text-slate-500"> · {chosen.company}</span> : null}
            </h2>
            <p className="mt-1 text-sm text-slate-600">What this job asks for, heaviest first:</p>
            <ul className="mt-4 space-y-3" aria-label="Competencies">
              {chosen.competencies.map((c) => (
                <li key={c.competency}>
                  <div className="flex items-center justify-between gap-3 text-sm">
                    <span className="font-medium text-slate-900">
                      {formatCompetency(c.competency)}
                    </span>
                    <span className="tabular-nums text-slate-500">{c.share}%</span>
                  </div>
                  <div className="mt-1 h-2 rounded-full bg-slate-100" aria-hidden="true">
                    <div
                      className="h-2 rounded-full bg-indigo-500"
                      style={{ width: `${Math.max(4, c.share)}%` }}
                    />
                  </div>
                  {c.quote ? (
                    <p className="mt-1 text-xs italic text-slate-500">“{c.quote}”</p>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
          <StartForm
            jobDescriptionId={chosen.id}
            busy={busy}
            error={actionData?.step === 'start' ? actionData.formError : undefined}
          />
          <Link
            to="/dashboard/mock/new"
            className="inline-block text-sm font-medium text-indigo-700 hover:text-indigo-600 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-600"
          >
            Use a different job description
          </Link>
        </section>
      ) : (
        <>
          <Form
            method="post"
            ref={formRef}
            noValidate
            className="mt-8 space-y-5 rounded-2xl border border-slate-200 bg-white p-6 shadow-sm"
          >
            <div hidden>
              <input type="hidden" name="intent" value="save-job" />
            </div>
            <FormAlert message={jobErrors?.formError} />
            <div className="grid gap-5 sm:grid-cols-2">
              <TextField
                label="Job title"
                name="title"
                required
                defaultValue={jobErrors?.values.title}
                error={jobErrors?.fieldErrors.title}
              />
              <TextField
                label="Company (optional)"
                name="company"
                defaultValue={jobErrors?.values.company ?? undefined}
                error={jobErrors?.fieldErrors.company}
              />
            </div>
            <div className="space-y-1.5">
              <label htmlFor="field-text" className="block text-sm font-medium text-slate-800">
                Job description
              </label>
              <textarea
                id="field-text"
                name="text"
                rows={10}
                required
                defaultValue={jobErrors?.values.text}
                aria-invalid={jobErrors?.fieldErrors.text ? true : undefined}
                aria-describedby={
                  jobErrors?.fieldErrors.text ? 'field-text-error' : 'field-text-hint'
                }
                className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200"
                placeholder="Paste the whole ad: responsibilities, requirements, what they value."
              />
              {jobErrors?.fieldErrors.text ? (
                <p id="field-text-error" className="text-sm text-rose-600">
                  {jobErrors.fieldErrors.text}
                </p>
              ) : (
                <p id="field-text-hint" className="text-xs text-slate-500">
                  At least 20 characters. It stays in your account; nothing is shared.
                </p>
              )}
            </div>
            <SubmitButton busy={busy}>Read the competencies</SubmitButton>
          </Form>

          {jobs.length > 0 ? (
            <section aria-labelledby="saved-heading" className="mt-10">
              <h2 id="saved-heading" className="text-lg font-semibold">
                Or practise for a saved job
              </h2>
              <ul className="mt-3 divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white">
                {jobs.map((job) => (
                  <li key={job.id}>
                    <Link
                      to={`?job=${encodeURIComponent(job.id)}`}
                      className="flex items-center justify-between gap-3 px-5 py-3 hover:bg-slate-50 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-indigo-600"
                    >
                      <span className="font-medium text-slate-900">
                        {job.title}
                        {job.company ? (
                          <span className="text-slate-500"> · {job.company}</span>
                        ) : null}
                      </span>
                      <span className="text-sm text-slate-500">
                        {job.competencies
                          .slice(0, 3)
                          .map((c) => formatCompetency(c.competency))
                          .join(', ')}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <section aria-labelledby="general-heading" className="mt-10">
            <h2 id="general-heading" className="text-lg font-semibold">
              No job in mind?
            </h2>
            <p className="mt-1 text-sm text-slate-600">
              Practise a general interview that covers the most common competencies.
            </p>
            <StartForm
              busy={busy}
              error={actionData?.step === 'start' ? actionData.formError : undefined}
            />
          </section>
        </>
      )}
    </div>
  )
}

function StartForm({
  jobDescriptionId,
  busy,
  error,
}: {
  jobDescriptionId?: string
  busy: boolean
  error?: string
}) {
  return (
    <Form
      method="post"
      className="mt-4 space-y-5 rounded-2xl border border-slate-200 bg-white p-6 shadow-sm"
    >
      <input type="hidden" name="intent" value="start" />
      {jobDescriptionId ? (
        <input type="hidden" name="jobDescriptionId" value={jobDescriptionId} />
      ) : null}
      <FormAlert message={error} />
      <div className="grid gap-5 sm:grid-cols-2">
        <div className="space-y-1.5">
          <label
            htmlFor={`count-${jobDescriptionId ?? 'general'}`}
            className="block text-sm font-medium text-slate-800"
          >
            Number of questions
          </label>
          <select
            id={`count-${jobDescriptionId ?? 'general'}`}
            name="questionCount"
            defaultValue={5}
            className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200"
          >
            {questionCounts.map((count) => (
              <option key={count} value={count}>
                {count} questions (about {count * 3} minutes)
              </option>
            ))}
          </select>
        </div>
        <fieldset className="space-y-1.5">
          <legend className="block text-sm font-medium text-slate-800">Answer by</legend>
          <div className="flex gap-4 pt-2 text-sm">
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name="mode"
                value="voice"
                defaultChecked
                className="h-4 w-4 accent-indigo-600"
              />
              Voice
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="mode" value="typed" className="h-4 w-4 accent-indigo-600" />
              Typing
            </label>
          </div>
        </fieldset>
      </div>
      <SubmitButton busy={busy}>Start the interview</SubmitButton>
    </Form>
  )
}

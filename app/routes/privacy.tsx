import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { graphql } from '~/graphql/gql'
import { query } from '~/graphql.server'

const DataPolicyQuery = graphql(`
  query DataPolicy {
    dataPolicy {
      database
      recordingRetentionDays
      sessionDays
      idleInterviewHours
      services {
        name
        purpose
        receives
      }
    }
  }
`)

export const meta: MetaFunction = () => [{ title: 'Privacy — Encore' }]

export async function loader({ context }: LoaderFunctionArgs) {
  const { data } = await query(context, DataPolicyQuery)
  return data.dataPolicy
}

export default function Privacy() {
  const policy = useLoaderData<typeof loader>()
  const where =
    policy.database === 'postgresql'
      ? 'in the PostgreSQL database this server is configured with'
      : 'in a database stored as files on this server'
  return (
    <article className="mx-auto max-w-3xl space-y-6 px-4 py-12 text-slate-700 sm:px-6">
      <h1 className="text-3xl font-semibold text-slate-900">Your data on this server</h1>
      <section className="space-y-2">
        <h2 className="text-xl font-semibold text-slate-900">What is stored, and where</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            Your account: email, name, a salted hash of your password (never the password), and
            hashes of your sessions and API tokens; {where}.
          </li>
          <li>
            What you practise with: job descriptions, interviews, the questions asked, your answers
            (transcripts and word timings), their scores and feedback, and your STAR stories; in the
            same database.
          </li>
          <li>Recorded answers: as audio files on this server, in its data folder.</li>
        </ul>
      </section>
      <section className="space-y-2">
        <h2 className="text-xl font-semibold text-slate-900">For how long</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>Everything stays until you delete it, or your account.</li>
          <li>
            {policy.recordingRetentionDays
              ? `Recordings are deleted after ${policy.recordingRetentionDays} days; their transcripts and scores stay.`
              : 'Recordings are kept until you delete your account.'}
          </li>
          <li>A sign-in lasts {policy.sessionDays} days.</li>
          <li>
            An interview left for {policy.idleInterviewHours} hours is closed; its answers are kept.
          </li>
        </ul>
      </section>
      <section className="space-y-2">
        <h2 className="text-xl font-semibold text-slate-900">Who else receives what</h2>
        {policy.services.length === 0 ? (
          <p data-testid="no-services">
            Nobody: this server uses no outside service. Scoring, the interviewer and everything
            else run here.
          </p>
        ) : (
          <ul className="space-y-3">
            {policy.services.map((service) => (
              <li key={service.name}>
                <p className="font-medium text-slate-900">{service.name}</p>
                <p>{service.purpose}</p>
                <p>Receives: {service.receives}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>
        <Link to="/account" className="font-medium text-indigo-600 hover:text-indigo-500">
          Download all your data or delete your account
        </Link>
      </p>
    </article>
  )
}

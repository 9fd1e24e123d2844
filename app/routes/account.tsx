import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { Form, Link, useActionData, useNavigation } from '@remix-run/react'
import { FormAlert } from '~/components/form-alert'
import { graphql } from '~/graphql/gql'
import { query } from '~/graphql.server'
import { redirectWithoutSession, signInUrlFor } from '~/session.server'

const AccountQuery = graphql(`
  query Account {
    viewer {
      id
      email
    }
  }
`)

const CreateDataExportMutation = graphql(`
  mutation CreateDataExport {
    createDataExport {
      url
    }
  }
`)

const DeleteAccountMutation = graphql(`
  mutation DeleteAccount($input: DeleteAccountInput!) {
    deleteAccount(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`)

export const meta: MetaFunction = () => [{ title: 'Your account — Encore' }]

export async function loader({ context, request }: LoaderFunctionArgs) {
  const { data } = await query(context, AccountQuery)
  if (!data.viewer) throw redirect(signInUrlFor(request))
  return { email: data.viewer.email }
}

export async function action({ context, request }: ActionFunctionArgs) {
  const form = await request.formData()
  if (form.get('intent') === 'export') {
    const { data } = await query(context, CreateDataExportMutation)
    return redirect(data.createDataExport.url)
  }
  const password = String(form.get('password') ?? '')
  const { data } = await query(context, DeleteAccountMutation, { input: { password } })
  if (data.deleteAccount.__typename === 'DeletedAccount')
    return redirectWithoutSession(request, '/')
  return { error: data.deleteAccount.message ?? 'Your account could not be deleted.' }
}

export default function Account() {
  const actionData = useActionData<typeof action>()
  const busy = useNavigation().state !== 'idle'
  return (
    <div className="mx-auto max-w-xl space-y-10 px-4 py-12 sm:px-6">
      <h1 className="text-3xl font-semibold text-slate-900">Your account and your data</h1>
      <section className="space-y-3">
        <h2 className="text-xl font-semibold text-slate-900">Download all your data</h2>
        <p className="text-slate-600">
          One zip file: every record as JSON, your stories as Markdown, your recordings.{' '}
          <Link to="/privacy" className="text-indigo-600 hover:text-indigo-500">
            What is stored
          </Link>
        </p>
        <Form method="post" reloadDocument>
          <input type="hidden" name="intent" value="export" />
          <button
            type="submit"
            className="rounded-lg border border-slate-300 px-4 py-2 font-medium text-slate-700 hover:bg-slate-100"
          >
            Download my data
          </button>
        </Form>
      </section>
      <section className="space-y-3">
        <h2 className="text-xl font-semibold text-slate-900">Delete your account</h2>
        <p className="text-slate-600">
          Everything goes, for good: interviews, answers, stories and recordings. Signed-in devices
          and API tokens stop working.
        </p>
        <Form method="post" className="space-y-3">
          <input type="hidden" name="intent" value="delete" />
          <FormAlert message={actionData?.error} />
          <label className="block text-sm font-medium text-slate-700">
            Your password
            <input
              type="password"
              name="password"
              required
              autoComplete="current-password"
              className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
            />
          </label>
          <button
            type="submit"
            disabled={busy}
            className="rounded-lg bg-rose-600 px-4 py-2 font-semibold text-white hover:bg-rose-500 disabled:opacity-70"
          >
            Delete my account
          </button>
        </Form>
      </section>
    </div>
  )
}

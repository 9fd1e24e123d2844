import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useNavigation, useSearchParams } from '@remix-run/react'
import { authActionResult, readAuthForm } from '~/auth-form.server'
import { AuthCard } from '~/components/auth-card'
import { focusRing } from '~/components/focus-ring'
import { FormAlert } from '~/components/form-alert'
import { SubmitButton } from '~/components/submit-button'
import { TextField } from '~/components/text-field'
import { useFocusFirstError } from '~/components/use-focus-first-error'
import { graphql } from '~/graphql/gql'
import { query } from '~/graphql.server'
import { redirectIfSignedIn } from '~/session.server'

const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      __typename
      ... on AuthSession {
        sessionToken
        expiresAt
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

const fields = ['name', 'email', 'password'] as const

export const meta: MetaFunction = () => [{ title: 'Create your account · Encore' }]

export async function loader({ context, request }: LoaderFunctionArgs) {
  await redirectIfSignedIn(context, request)
  return null
}

export async function action({ context, request }: ActionFunctionArgs) {
  const form = await request.formData()
  const input = readAuthForm(form, fields)
  const { data } = await query(context, SignUpMutation, { input })
  return authActionResult(request, form, data.signUp, input, { EMAIL_TAKEN: 'email' })
}

export default function SignUp() {
  const actionData = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const formRef = useFocusFirstError(actionData)
  const submitting = useNavigation().state === 'submitting'
  const redirectTo = searchParams.get('redirectTo') ?? ''
  const fieldErrors = actionData?.fieldErrors ?? {}
  const email = actionData?.values.email ?? ''
  const emailError =
    actionData?.code === 'EMAIL_TAKEN' ? (
      <>
        An account with {email} already exists.{' '}
        <Link
          to={{ pathname: '/signin', search: signInSearch(email, redirectTo) }}
          className={`rounded-sm font-medium underline hover:text-rose-500 ${focusRing}`}
        >
          Sign in
        </Link>{' '}
        instead, or use another email.
      </>
    ) : (
      fieldErrors.email
    )
  return (
    <AuthCard
      title="Create your account"
      footer={
        <>
          Already have an account?{' '}
          <Link
            to={{ pathname: '/signin', search: searchParams.toString() }}
            className={`rounded-sm font-medium text-indigo-600 hover:text-indigo-500 ${focusRing}`}
          >
            Sign in
          </Link>
        </>
      }
    >
      <Form method="post" noValidate ref={formRef} className="space-y-5">
        <FormAlert message={actionData?.formError} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField
          label="Name"
          name="name"
          autoComplete="name"
          defaultValue={actionData?.values.name}
          error={fieldErrors.name}
        />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={actionData?.values.email}
          error={emailError}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          hint="At least 10 characters."
          error={fieldErrors.password}
        />
        <SubmitButton busy={submitting}>Create account</SubmitButton>
      </Form>
    </AuthCard>
  )
}

/** The sign-in page's query: the email to prefill and where to go after. */
function signInSearch(email: string, redirectTo: string): string {
  const search = new URLSearchParams({ email })
  if (redirectTo) search.set('redirectTo', redirectTo)
  return `?${search}`
}

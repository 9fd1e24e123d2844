import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useNavigation, useSearchParams } from '@remix-run/react'
import { AuthCard } from '~/components/auth-card'
import { FormAlert } from '~/components/form-alert'
import { SubmitButton } from '~/components/submit-button'
import { TextField } from '~/components/text-field'
import { useFocusFirstError } from '~/components/use-focus-first-error'
import { formErrorsFrom, type ApiError } from '~/form-errors'
import { typedDocument } from '~/graphql-document'
import { query } from '~/graphql.server'
import { safeRedirect } from '~/safe-redirect'
import { redirectWithSession, redirectIfSignedIn } from '~/session.server'

type SignUpPayload =
  { __typename: 'AuthSession'; sessionToken: string; expiresAt: string } | ApiError

const SignUpMutation = typedDocument<
  { signUp: SignUpPayload },
  { input: { email: string; password: string; name: string } }
>(/* GraphQL */ `
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
  const input = {
    name: String(form.get('name') ?? '').trim(),
    email: String(form.get('email') ?? '').trim(),
    password: String(form.get('password') ?? ''),
  }
  const { data } = await query(context, SignUpMutation, { input })
  const result = data.signUp
  if ('sessionToken' in result) {
    return redirectWithSession(request, result, safeRedirect(form.get('redirectTo')))
  }
  const errors = formErrorsFrom(result, fields, { EMAIL_TAKEN: 'email' })
  return { ...errors, values: { name: input.name, email: input.email } }
}

export default function SignUp() {
  const actionData = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const formRef = useFocusFirstError(actionData)
  const submitting = useNavigation().state === 'submitting'
  const redirectTo = searchParams.get('redirectTo') ?? ''
  const fieldErrors = actionData?.fieldErrors ?? {}
  return (
    <AuthCard
      title="Create your account"
      footer={
        <>
          Already have an account?{' '}
          <Link
            to={{ pathname: '/signin', search: searchParams.toString() }}
            className="font-medium text-indigo-600 hover:text-indigo-500"
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
          error={fieldErrors.email}
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

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

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
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

const fields = ['email', 'password'] as const

export const meta: MetaFunction = () => [{ title: 'Sign in · Encore' }]

export async function loader({ context, request }: LoaderFunctionArgs) {
  await redirectIfSignedIn(context, request)
  return null
}

export async function action({ context, request }: ActionFunctionArgs) {
  const form = await request.formData()
  const input = readAuthForm(form, fields)
  const { data } = await query(context, SignInMutation, { input })
  return authActionResult(request, form, data.signIn, input)
}

export default function SignIn() {
  const actionData = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const formRef = useFocusFirstError(actionData)
  const submitting = useNavigation().state === 'submitting'
  const fieldErrors = actionData?.fieldErrors ?? {}
  return (
    <AuthCard
      title="Sign in to Encore"
      footer={
        <>
          New to Encore?{' '}
          <Link
            to={{ pathname: '/signup', search: searchParams.toString() }}
            className={`rounded-sm font-medium text-indigo-600 hover:text-indigo-500 ${focusRing}`}
          >
            Create an account
          </Link>
        </>
      }
    >
      <Form method="post" noValidate ref={formRef} className="space-y-5">
        <FormAlert message={actionData?.formError} />
        <input type="hidden" name="redirectTo" value={searchParams.get('redirectTo') ?? ''} />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          required
          // prefilled from ?email= when sign-up found the account already exists
          defaultValue={actionData?.values.email ?? searchParams.get('email') ?? undefined}
          error={fieldErrors.email}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={fieldErrors.password}
        />
        <SubmitButton busy={submitting}>Sign in</SubmitButton>
      </Form>
    </AuthCard>
  )
}

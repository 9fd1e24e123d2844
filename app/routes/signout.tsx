import type { ActionFunctionArgs } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { graphql } from '~/graphql/gql'
import { query } from '~/graphql.server'
import { redirectWithoutSession } from '~/session.server'

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`)

// Signing out changes state, so it is a POST (a form in the header); a GET just goes home.
export function loader() {
  return redirect('/')
}

export async function action({ context, request }: ActionFunctionArgs) {
  await query(context, SignOutMutation)
  return redirectWithoutSession(request, '/')
}

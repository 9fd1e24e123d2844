import { formErrorsFrom, type ApiError } from '~/form-errors'
import { safeRedirect } from '~/safe-redirect'
import { redirectWithSession } from '~/session.server'

/** What `signIn` and `signUp` return, as the sign-in and sign-up routes select it. */
export type AuthPayload =
  { __typename: 'AuthSession'; sessionToken: string; expiresAt: string } | ApiError

/** The form's fields as typed: the password exactly, every other field trimmed. */
export function readAuthForm<TField extends string>(
  form: FormData,
  fields: readonly TField[],
): Record<TField, string> {
  const entries = fields.map((name) => {
    const value = String(form.get(name) ?? '')
    return [name, name === 'password' ? value : value.trim()] as const
  })
  return Object.fromEntries(entries) as Record<TField, string>
}

/**
 * Ends the sign-in and sign-up actions alike: a session goes into the cookie and on to
 * `redirectTo`; an error goes back beside its field, with what was typed (never the password).
 */
export function authActionResult<TField extends string>(
  request: Request,
  form: FormData,
  result: AuthPayload,
  input: Record<TField, string>,
  fieldByCode: Partial<Record<string, TField>> = {},
) {
  if ('sessionToken' in result) {
    return redirectWithSession(request, result, safeRedirect(form.get('redirectTo')))
  }
  const fields = Object.keys(input) as TField[]
  const { password: _password, ...values } = input as Record<TField | 'password', string>
  const errors = formErrorsFrom(result, fields, fieldByCode)
  // the code lets a page say more than the message can, e.g. link "Sign in" for EMAIL_TAKEN
  const code = result.code ?? undefined
  return { ...errors, code, values: values as Omit<Record<TField, string>, 'password'> }
}

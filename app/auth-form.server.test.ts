import { authActionResult, readAuthForm } from './auth-form.server.ts'

function formOf(entries: Record<string, string>): FormData {
  const form = new FormData()
  for (const [name, value] of Object.entries(entries)) form.set(name, value)
  return form
}

const request = new Request('http://localhost:3000/signup', { method: 'POST' })

test('a name and email typed with stray spaces are read trimmed, the password exactly', () => {
  const form = formOf({ name: ' Ada ', email: ' ada@example.com ', password: ' secret pass ' })
  expect(readAuthForm(form, ['name', 'email', 'password'])).toEqual({
    name: 'Ada',
    email: 'ada@example.com',
    password: ' secret pass ',
  })
})

test('a new session sets the cookie and goes on to where the candidate was going', () => {
  const form = formOf({ redirectTo: '/interviews/1' })
  const session = {
    __typename: 'AuthSession' as const,
    sessionToken: 'encs_x',
    expiresAt: '2099-01-01T00:00:00Z',
  }
  const response = authActionResult(request, form, session, { email: 'a@b.c', password: 'p' })
  expect(response).toBeInstanceOf(Response)
  const redirect = response as Response
  expect(redirect.headers.get('Location')).toBe('/interviews/1')
  expect(redirect.headers.get('Set-Cookie')).toMatch(/^encore_session=encs_x; /)
})

test('a taken email is shown beside the email field, with what was typed but the password', () => {
  const error = { __typename: 'EmailTakenError', code: 'EMAIL_TAKEN', message: 'Email taken.' }
  const input = { name: 'Ada', email: 'ada@example.com', password: 'secret pass' }
  const result = authActionResult(request, formOf({}), error, input, { EMAIL_TAKEN: 'email' })
  expect(result).toEqual({
    fieldErrors: { email: 'Email taken.' },
    formError: undefined,
    code: 'EMAIL_TAKEN',
    values: { name: 'Ada', email: 'ada@example.com' },
  })
})

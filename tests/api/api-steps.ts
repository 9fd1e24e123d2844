// Steps several API tests share: a signed-up user with a session token, an interview with its
// first question asked.
import { gqlData, password, uniqueEmail } from './api-harness.ts'
import { SignUp } from './accounts-documents.ts'
import * as doc from './interview-documents.ts'

export async function signUp(
  url: string,
  prefix = 'user',
): Promise<{ sessionToken: string; userId: string }> {
  const data = await gqlData(url, SignUp, { input: { email: uniqueEmail(prefix), password } })
  return { sessionToken: data.signUp.sessionToken, userId: data.signUp.viewer.id }
}

export async function firstQuestion(url: string, token: string) {
  const started = await gqlData(
    url,
    doc.StartMockInterview,
    { input: { questionCount: 2, seed: 'steps' } },
    token,
  )
  const interviewId = started.startMockInterview.id as string
  const next = await gqlData(url, doc.NextQuestion, { interviewId }, token)
  return { interviewId, exchangeId: next.nextQuestion.id as string }
}

/** Uploads a recording as the answer to `exchangeId` (the GraphQL multipart spec); its attempt id. */
export async function uploadAnswer(
  url: string,
  token: string,
  exchangeId: string,
  bytes: Uint8Array,
  mutation: 'submitAttempt' | 'retryExchange' = 'submitAttempt',
): Promise<{ status: number; body: any }> {
  const form = new FormData()
  form.append(
    'operations',
    JSON.stringify({
      query: `mutation ($input: SubmitAttemptInput!) { ${mutation}(input: $input) { __typename ... on MockInterviewAttempt { id } ... on Error { code } } }`,
      variables: { input: { exchangeId, audio: null } },
    }),
  )
  form.append('map', JSON.stringify({ 0: ['variables.input.audio'] }))
  form.append('0', new Blob([bytes as BlobPart], { type: 'audio/webm' }), 'answer.webm')
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'graphql-preflight': '1' },
    body: form,
  })
  return { status: response.status, body: await response.json() }
}

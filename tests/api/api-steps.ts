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

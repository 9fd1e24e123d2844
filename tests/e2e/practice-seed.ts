// Seeds what a candidate would have done before opening the library or progress screens: an
// account, job descriptions, finished mock interviews with scored answers, stories. Everything
// goes through the public API over HTTP, as a third-party client would.
import { expect } from 'vitest'
import { SignUp } from '../api/accounts-documents.ts'
import { gqlData } from '../api/api-harness.ts'
import * as doc from '../api/interview-documents.ts'

export const password = 'correct horse battery staple'

export async function signUpCandidate(url: string, email: string, name = 'Ada Candidate') {
  const data = await gqlData(url, SignUp, { input: { email, password, name } })
  expect(data.signUp.__typename).toBe('AuthSession')
  return data.signUp.sessionToken as string
}

export async function createJob(
  url: string,
  token: string,
  input: { title: string; company?: string; text: string },
) {
  const data = await gqlData(url, doc.CreateJobDescription, { input }, token)
  return data.createJobDescription.id as string
}

const AttemptStatus = /* GraphQL */ `
  query ($id: ID!) {
    node(id: $id) {
      ... on MockInterviewAttempt {
        status
      }
    }
  }
`

/** Deepgram-shaped word timings for a text read at a steady pace, fillers included. */
export function spokenWords(text: string, wordsPerMinute: number) {
  const seconds = 60 / wordsPerMinute
  const tokens = text.split(/\s+/).filter(Boolean)
  const words = tokens.map((token, index) => ({
    word: token.toLowerCase().replace(/[^\p{L}\p{N}'%-]/gu, ''),
    punctuatedWord: token,
    start: index * seconds,
    end: index * seconds + seconds * 0.8,
    confidence: 0.97,
  }))
  return { words, durationMs: Math.round(tokens.length * seconds * 1000) }
}

// A plain loop, not expect.poll: seeding runs in beforeAll, outside any test.
async function scored(url: string, token: string, attemptId: string) {
  const deadline = Date.now() + 30_000
  for (;;) {
    const status = (await gqlData(url, AttemptStatus, { id: attemptId }, token)).node.status
    if (status === 'SCORED') return
    if (status === 'FAILED' || Date.now() > deadline)
      throw new Error(`attempt ${attemptId} is ${status}, not SCORED`)
    await new Promise((resolve) => setTimeout(resolve, 150))
  }
}

/**
 * A finished interview: each answer given to the next question asked (a follow-up included),
 * typed, or spoken at `wordsPerMinute`; returns the interview and its attempts.
 * `answers.length` is the number of planned questions.
 */
export async function finishedInterview(
  url: string,
  token: string,
  options: {
    answers: string[]
    jobDescriptionId?: string
    competencies?: string[]
    seed: string
    wordsPerMinute?: number
    /** picks the answer by the question's competency instead of in order */
    answerFor?: (competency: string) => string
  },
) {
  const started = await gqlData(
    url,
    doc.StartMockInterview,
    {
      input: {
        jobDescriptionId: options.jobDescriptionId,
        competencies: options.competencies,
        questionCount: options.answers.length,
        seed: options.seed,
      },
    },
    token,
  )
  expect(started.startMockInterview.__typename).toBe('MockInterview')
  const interviewId = started.startMockInterview.id as string
  const attempts: { id: string; question: string; competency: string }[] = []
  // with answerFor, follow-ups are answered too, so that every planned question is reached
  const turns = options.answerFor ? options.answers.length * 2 : options.answers.length
  for (let turn = 0; turn < turns; turn++) {
    const next = await gqlData(url, doc.NextQuestion, { interviewId }, token)
    if (!next.nextQuestion) break
    const text = options.answerFor?.(next.nextQuestion.competency) ?? options.answers[turn]!
    const answer = options.wordsPerMinute
      ? spokenWords(text, options.wordsPerMinute)
      : { transcript: text }
    const sent = await gqlData(
      url,
      doc.SubmitAttempt,
      { input: { exchangeId: next.nextQuestion.id, ...answer } },
      token,
    )
    expect(sent.submitAttempt.__typename).toBe('MockInterviewAttempt')
    await scored(url, token, sent.submitAttempt.id)
    attempts.push({
      id: sent.submitAttempt.id,
      question: next.nextQuestion.questionText,
      competency: next.nextQuestion.competency,
    })
  }
  const finished = await gqlData(url, doc.FinishMockInterview, { id: interviewId }, token)
  expect(finished.finishMockInterview.status).toBe('COMPLETED')
  return { interviewId, attempts, summary: finished.finishMockInterview.summary }
}

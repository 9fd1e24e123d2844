/** What an interview's subscribers receive (the live view of its exchanges and scores). */
import type { MockInterviewStatus } from '../../generated/prisma/client.ts'

type Base = { interviewId: string; at: Date }

export type InterviewEvent = Base &
  (
    | { type: 'STATUS'; status: MockInterviewStatus }
    | { type: 'EXCHANGE_ADDED'; exchangeId: string; followUpOfId: string | null }
    | { type: 'ATTEMPT_SCORED'; exchangeId: string; attemptId: string; overallScore: number | null }
  )

export function interviewTopic(interviewId: string): string {
  return `interview:${interviewId}`
}

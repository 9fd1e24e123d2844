/**
 * The privacy page's facts, from the configuration: only the services this server is configured
 * to use are named, each with what it receives (docs/privacy.md says the same in prose).
 */
import type { DataPolicy } from '../graphql/types/Privacy.ts'
import type { Config } from './env.ts'

export function dataPolicyOf(
  config: Pick<
    Config,
    'sessionTtlDays' | 'interviewIdleMs' | 'recordingRetentionDays' | 'databaseUrl'
  > &
    Partial<Pick<Config, 'openai' | 'deepgram' | 'heygen'>>,
): DataPolicy {
  const services: DataPolicy['services'] = []
  if (config.openai?.apiKey)
    services.push({
      name: `OpenAI-compatible API (${hostOf(config.openai.baseUrl) ?? 'api.openai.com'})`,
      purpose: 'Scores and rewrites answers, writes tailored questions and follow-ups.',
      receives:
        'The question, your answer’s transcript, and the job description’s text. Never your email, name or recordings.',
    })
  if (config.deepgram?.apiKey)
    services.push({
      name: 'Deepgram (api.deepgram.com)',
      purpose: 'Turns spoken answers into text with word timings.',
      receives:
        'Your recorded answers (audio), and live microphone audio while you answer, through a short-lived token.',
    })
  if (config.heygen?.apiKey)
    services.push({
      name: 'HeyGen (api.heygen.com and its LiveKit rooms)',
      purpose: 'The video interviewer who asks the questions.',
      receives: 'The text of each question. Never your answers, recordings or account.',
    })
  return {
    database: config.databaseUrl ? 'postgresql' : 'embedded',
    recordingRetentionDays: config.recordingRetentionDays ?? null,
    sessionDays: config.sessionTtlDays,
    idleInterviewHours: config.interviewIdleMs / 3_600_000,
    services,
  }
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    return new URL(url).host
  } catch {
    return undefined
  }
}

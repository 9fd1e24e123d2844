/**
 * The LLM's side of the question plan: competencies extracted from a job description and
 * questions tailored to it (up to the count asked; the plan tops up a short answer). Both throw ServiceUnavailableError when the LLM is down or answers
 * badly twice; the plan builder then uses its local extraction and the seeded question bank.
 */
import { z } from 'zod'
import type { QuestionKind } from '../../../scoring/types.ts'
import type { LlmClient } from './llm-client.ts'
import { competencyMessages, questionMessages } from './prompts.ts'
import { requestStructured } from './structured-output.ts'

export interface ExtractedCompetency {
  name: string
  /** 0–1, most important first */
  weight: number
  /** the phrase of the job description that shows it */
  evidence: string
}

export interface GeneratedQuestion {
  text: string
  competency: string
  kind: QuestionKind
}

export interface GenerateQuestionsInput {
  jobDescription: string
  competencies: string[]
  /** 1–15 */
  count: number
  signal?: AbortSignal
}

export interface QuestionWriter {
  extractCompetencies(text: string, signal?: AbortSignal): Promise<ExtractedCompetency[]>
  generateQuestions(input: GenerateQuestionsInput): Promise<GeneratedQuestion[]>
}

const competenciesSchema = z.object({
  competencies: z
    .array(
      z.object({
        name: z.string().trim().min(1),
        weight: z.number().min(0).max(1),
        evidence: z.string(),
      }),
    )
    .min(1)
    .max(12),
})

// Lenient on purpose: too few questions, or one for a competency the bank lacks, is still
// usable. The plan tops it up from the bank instead of spending a repair round or failing.
function questionsSchema(competencies: string[], count: number) {
  const named = competencies.length > 0 ? `one of: ${competencies.join(', ')}` : 'its competency'
  return z.object({
    questions: z
      .array(
        z.object({
          text: z.string().trim().min(10),
          competency: z.string().trim().min(1).describe(named),
          kind: z.enum(['behavioural', 'situational', 'technical']),
        }),
      )
      .min(1)
      .max(15)
      .describe(`${count} questions`),
  })
}

export function createQuestionWriter({ llm }: { llm: LlmClient }): QuestionWriter {
  return {
    async extractCompetencies(text, signal) {
      const { value } = await requestStructured(llm, {
        name: 'job_competencies',
        schema: competenciesSchema,
        messages: competencyMessages(text),
        signal,
      })
      const seen = new Set<string>()
      return value.competencies
        .filter((c) => !seen.has(c.name.toLowerCase()) && seen.add(c.name.toLowerCase()))
        .sort((a, b) => b.weight - a.weight)
    },

    async generateQuestions({ jobDescription, competencies, count, signal }) {
      if (!Number.isInteger(count) || count < 1 || count > 15) {
        throw new RangeError(`count must be an integer from 1 to 15, got ${count}`)
      }
      const { value } = await requestStructured(llm, {
        name: 'interview_questions',
        schema: questionsSchema(competencies, count),
        messages: questionMessages({ jobDescription, competencies, count }),
        signal,
      })
      return value.questions.slice(0, count)
    },
  }
}

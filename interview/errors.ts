import type { z } from 'zod'

/**
 * Expected failures. Clients branch on `code`, never on the message; each class has a GraphQL
 * type in graphql/types/errors.ts. Codes are SCREAMING_SNAKE and the classes stay sorted by code.
 */
export abstract class EncoreError extends Error {
  abstract readonly code: string

  constructor(message: string) {
    super(message)
    this.name = new.target.name
  }
}

export class AuthenticationRequiredError extends EncoreError {
  readonly code = 'AUTHENTICATION_REQUIRED'

  constructor(
    message = 'You are not signed in. Sign in, or send an API token as "Authorization: Bearer <token>".',
  ) {
    super(message)
  }
}

export class EmailTakenError extends EncoreError {
  readonly code = 'EMAIL_TAKEN'

  readonly email: string

  constructor(email: string) {
    super(`An account with ${email} already exists. Sign in instead, or use another email.`)
    this.email = email
  }
}

export class ForbiddenScopeError extends EncoreError {
  readonly code = 'FORBIDDEN_SCOPE'

  readonly scopes: string[]

  constructor(
    scopes: string[],
    message = `This token lacks the ${scopes.join(' or ')} scope. Create a token with ${scopes.length === 1 ? 'that scope' : 'one of those scopes'}, or sign in.`,
  ) {
    super(message)
    this.scopes = scopes
  }
}

export class InterviewClosedError extends EncoreError {
  readonly code = 'INTERVIEW_CLOSED'

  readonly interviewId: string
  readonly status: string

  constructor(interviewId: string, status: string) {
    super(
      `Interview ${interviewId} is ${status.toLowerCase()}; its answers are kept. Start a new interview to keep practising.`,
    )
    this.interviewId = interviewId
    this.status = status
  }
}

/** An attempt (or its exchange) is not in the state the operation needs; the message says what to do. */
export class InvalidAttemptStateError extends EncoreError {
  readonly code = 'INVALID_ATTEMPT_STATE'
}

export class InvalidCredentialsError extends EncoreError {
  readonly code = 'INVALID_CREDENTIALS'

  constructor() {
    super('The email or password is wrong. Check both and try again.')
  }
}

export class NotFoundError extends EncoreError {
  readonly code = 'NOT_FOUND'

  readonly resource: string
  readonly id: string

  constructor(resource: string, id: string) {
    super(`${resource} ${id} does not exist or is not yours. Check the id.`)
    this.resource = resource
    this.id = id
  }
}

export type ValidationIssue = { path: string[]; message: string }

export class ValidationFailedError extends EncoreError {
  readonly code = 'VALIDATION_FAILED'

  readonly issues: ValidationIssue[]

  constructor(issues: ValidationIssue[]) {
    super(
      `The input is invalid. ${issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message.replace(/\.$/, '')}.`).join(' ')}`,
    )
    this.issues = issues
  }
}

/** Parses input where it enters a service; a failure becomes VALIDATION_FAILED naming each field. */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): z.output<Schema> {
  const parsed = schema.safeParse(input)
  if (parsed.success) return parsed.data
  throw new ValidationFailedError(
    parsed.error.issues.map((issue) => ({
      path: issue.path.map((part) => String(part)),
      message: issue.message,
    })),
  )
}

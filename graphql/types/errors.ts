import {
  AuthenticationRequiredError,
  EmailTakenError,
  EncoreError,
  ForbiddenScopeError,
  InterviewClosedError,
  InvalidAttemptStateError,
  InvalidCredentialsError,
  NotFoundError,
  ValidationFailedError,
  type ValidationIssue,
} from '../../interview/errors.ts'
import {
  ServiceNotConfiguredError,
  ServiceUnavailableError,
} from '../../interview/integrations/service-error.ts'
import { builder } from '../builder.ts'
import { RateLimitedError } from '../rate-limit.ts'

export const ErrorInterface = builder.interfaceRef<EncoreError>('Error').implement({
  description:
    'An expected failure. Branch on `code`; `message` says what happened and what to do.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'A stable SCREAMING_SNAKE code.' }),
    message: t.exposeString('message'),
  }),
})

// The abstract base catches any EncoreError a field did not list, so it still arrives typed.
builder.objectType(EncoreError as unknown as new (...args: any[]) => EncoreError, {
  name: 'BaseError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof EncoreError,
})

builder.objectType(AuthenticationRequiredError, {
  name: 'AuthenticationRequiredError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof AuthenticationRequiredError,
})

builder.objectType(EmailTakenError, {
  name: 'EmailTakenError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof EmailTakenError,
  fields: (t) => ({ email: t.exposeString('email') }),
})

builder.objectType(ForbiddenScopeError, {
  name: 'ForbiddenScopeError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ForbiddenScopeError,
  fields: (t) => ({
    scopes: t.exposeStringList('scopes', { description: 'The scopes that would have allowed it.' }),
  }),
})

builder.objectType(InterviewClosedError, {
  name: 'InterviewClosedError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InterviewClosedError,
  fields: (t) => ({
    status: t.exposeString('status', { description: 'COMPLETED or ABANDONED.' }),
  }),
})

builder.objectType(InvalidAttemptStateError, {
  name: 'InvalidAttemptStateError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InvalidAttemptStateError,
})

builder.objectType(InvalidCredentialsError, {
  name: 'InvalidCredentialsError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InvalidCredentialsError,
})

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NotFoundError,
})

builder.objectType(RateLimitedError, {
  name: 'RateLimitedError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof RateLimitedError,
  fields: (t) => ({
    retryAfterSeconds: t.exposeInt('retryAfterSeconds'),
  }),
})

builder.objectType(ServiceNotConfiguredError, {
  name: 'ServiceNotConfiguredError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ServiceNotConfiguredError,
  fields: (t) => ({
    service: t.exposeString('service', { description: 'openai, deepgram or heygen.' }),
    envVar: t.exposeString('envVar', { description: 'The variable that configures it.' }),
  }),
})

builder.objectType(ServiceUnavailableError, {
  name: 'ServiceUnavailableError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ServiceUnavailableError,
  fields: (t) => ({
    service: t.exposeString('service'),
    retryable: t.exposeBoolean('retryable'),
  }),
})

const ValidationIssueRef = builder.objectRef<ValidationIssue>('ValidationIssue').implement({
  description: 'One invalid input field and why.',
  fields: (t) => ({
    path: t.exposeStringList('path', { description: 'The input field, e.g. ["email"].' }),
    message: t.exposeString('message'),
  }),
})

builder.objectType(ValidationFailedError, {
  name: 'ValidationFailedError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ValidationFailedError,
  fields: (t) => ({ issues: t.expose('issues', { type: [ValidationIssueRef] }) }),
})

import type { ExecutionResult, GraphQLError } from 'graphql'
import {
  createGraphQLError,
  handleStreamOrSingleExecutionResult,
  type Plugin,
  type YogaLogger,
} from 'graphql-yoga'
import { EncoreError } from '../interview/errors.ts'
import type { GraphQLContext } from './context.ts'

/**
 * Shapes the errors that reach `errors` (fields without a typed result, auth failures outside
 * one): an EncoreError keeps its message and gets `extensions.code`; anything else is logged
 * with the request id and, in production, masked with the request id so a report can be traced.
 */
export function useEncoreErrors({
  logger,
  mask,
}: {
  logger: YogaLogger
  mask: boolean
}): Plugin<GraphQLContext> {
  const reshape =
    (context: GraphQLContext) =>
    ({
      result,
      setResult,
    }: {
      result: ExecutionResult
      setResult: (r: ExecutionResult) => void
    }) => {
      if (!result.errors?.length) return
      setResult({
        ...result,
        errors: result.errors.map((error) => shape(error, context.requestId)),
      })
    }

  return {
    onExecute({ args }) {
      const context = args.contextValue as GraphQLContext
      return {
        onExecuteDone: (payload) => handleStreamOrSingleExecutionResult(payload, reshape(context)),
      }
    },
    // A subscription's errors too: one thrown while subscribing (e.g. NOT_FOUND) and in events.
    onSubscribe({ args }) {
      const context = args.contextValue as GraphQLContext
      return {
        onSubscribeResult: (payload) =>
          handleStreamOrSingleExecutionResult(payload, reshape(context)),
      }
    },
  }

  function shape(error: GraphQLError, requestId: string): GraphQLError {
    const original = error.originalError
    // createGraphQLError builds Yoga's own GraphQLError class: `graphql` can load twice (ESM and
    // CJS), and Yoga only lets through errors that are instances of its copy.
    if (original instanceof EncoreError) {
      return createGraphQLError(original.message, {
        nodes: error.nodes,
        path: error.path,
        extensions: { ...error.extensions, code: original.code },
      })
    }
    // A GraphQL error of its own (no thrown cause) is about the request, safe to show.
    if (!original || original.name === 'GraphQLError') return error
    // Pothos refusing an argument (e.g. `first: -1`, `before` with `after`): the client's input,
    // not a fault, so not logged (decision 060)
    if (original.name === 'PothosValidationError') {
      return createGraphQLError(original.message, {
        nodes: error.nodes,
        path: error.path,
        extensions: { code: 'VALIDATION_FAILED' },
      })
    }
    logger.error(`[${requestId}] ${error.path?.join('.') ?? 'graphql'}:`, original)
    if (!mask) return error
    return createGraphQLError(`Unexpected error (request ${requestId}).`, {
      nodes: error.nodes,
      path: error.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    })
  }
}

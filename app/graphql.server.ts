import type { AppLoadContext } from '@remix-run/node'
import type { TypedDocumentString } from '~/graphql/graphql'

/** A top-level GraphQL error as the server's executor returns it. */
export type GraphQLResponseError = { message: string; extensions?: Record<string, unknown> }

export type GraphQLExecutionResult = {
  data?: any
  errors?: GraphQLResponseError[]
}

/** What `server/create-server.ts` puts in Remix's load context: runs a document in-process. */
export type GraphQLExecutor = (
  document: string,
  variables?: Record<string, unknown>,
) => Promise<GraphQLExecutionResult>

export type QueryResult<TData> = {
  data: TData
  /** top-level errors that came with data (a field failed but the rest resolved) */
  errors: GraphQLResponseError[]
}

/**
 * Runs a document against the in-process GraphQL API with the request's cookie.
 * Expected failures (bad password, taken email…) come back as typed union members in
 * `data`; a transport failure or a response without data is a server fault, thrown as a 500.
 */
export async function query<TData, TVariables>(
  context: AppLoadContext,
  document: TypedDocumentString<TData, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<QueryResult<TData>> {
  const execute = executorFrom(context)
  let result: GraphQLExecutionResult
  try {
    result = await execute(document.toString(), variables as Record<string, unknown> | undefined)
  } catch (error) {
    console.error('GraphQL request failed', error)
    throw new Response('The Encore API could not be reached. Try again in a moment.', {
      status: 500,
    })
  }
  if (result.data === undefined || result.data === null) {
    const messages = (result.errors ?? []).map((error) => error.message).join('; ')
    console.error(`GraphQL returned no data: ${messages || 'no errors either'}`)
    throw new Response('The Encore API returned an error. Try again in a moment.', {
      status: 500,
    })
  }
  return { data: result.data as TData, errors: result.errors ?? [] }
}

function executorFrom(context: AppLoadContext): GraphQLExecutor {
  const execute = (context as { graphql?: unknown }).graphql
  if (typeof execute !== 'function') {
    throw new Error(
      'Remix load context has no graphql executor: start the app through server/create-server.ts.',
    )
  }
  return execute as GraphQLExecutor
}

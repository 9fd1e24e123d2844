import type { EncoreYoga } from '../graphql/yoga.ts'
import { graphqlPath } from '../graphql/yoga.ts'

export type InProcessResult = {
  data?: any
  errors?: { message: string; extensions?: Record<string, unknown> }[]
}

/**
 * What Remix loaders and actions get as `context.graphql`: runs a document against the same Yoga
 * in-process, as the browser's request (its cookie, so the same viewer), without a network hop.
 */
export function createInProcessGraphQL(
  yoga: EncoreYoga,
  forward: {
    cookie?: string
    requestId?: string
    /** the browser's address (Express's `req.ip`, which honours TRUST_PROXY), for rate limits */
    clientIp?: string
  },
) {
  return async (
    document: string,
    variables?: Record<string, unknown>,
  ): Promise<InProcessResult> => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    }
    if (forward.cookie) headers.cookie = forward.cookie
    if (forward.requestId) headers['x-request-id'] = forward.requestId
    // the server context's clientIp keys rate limits: without it every browser would share one
    const response = await yoga.fetch(
      `http://in-process${graphqlPath}`,
      { method: 'POST', headers, body: JSON.stringify({ query: document, variables }) },
      { clientIp: forward.clientIp },
    )
    const body = (await response.json()) as InProcessResult
    return { data: body.data, errors: body.errors }
  }
}

import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention'
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection'
import { createLogger, createYoga, type YogaLogger } from 'graphql-yoga'
import { createContext, type GraphQLContext, type Services } from './context.ts'
import { useEncoreErrors } from './errors-plugin.ts'
import { useInputTextCheck } from './input-text.ts'
import { useQueryLimits } from './query-limits.ts'
import { useRequestLimits } from './request-limits.ts'
import { schema } from './schema.ts'

export const graphqlPath = '/graphql'

/** Any one of these headers marks a request as not a cross-site form or link (see docs/api.md). */
export const csrfHeaders = ['x-graphql-yoga-csrf', 'apollo-require-preflight', 'graphql-preflight']

export type YogaOptions = {
  services: Services
  /** production masks unexpected errors and hides GraphiQL */
  isProduction: boolean
  introspection: boolean
  graphiql: boolean
  logger?: YogaLogger
}

export type EncoreYoga = ReturnType<typeof createEncoreYoga>

export function createEncoreYoga({
  services,
  isProduction,
  introspection,
  graphiql,
  logger = createLogger(isProduction ? 'info' : 'debug'),
}: YogaOptions) {
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    graphqlEndpoint: graphqlPath,
    logging: logger,
    graphiql: graphiql ? { title: 'Encore API' } : false,
    landingPage: false,
    // Masking happens in useEncoreErrors, which knows the request id; this is the backstop for
    // errors outside execution (e.g. while building the context).
    maskedErrors: { isDev: !isProduction },
    // graphql-ws (graphql/ws.ts) authenticates the socket once and passes a built context.
    context: (initial) =>
      'viewer' in initial
        ? (initial as unknown as GraphQLContext)
        : createContext(services, {
            authorization: initial.request.headers.get('authorization'),
            cookie: initial.request.headers.get('cookie'),
            requestId: initial.request.headers.get('x-request-id'),
            clientIp: clientIpOf(initial),
          }),
    plugins: [
      useRequestLimits(),
      // A browser cannot send a custom header cross-site without a CORS preflight, so a GET or a
      // form-encoded/multipart POST must carry one (JSON POSTs are preflighted anyway).
      useCSRFPrevention({ requestHeaders: csrfHeaders }),
      ...useQueryLimits({ suggestions: introspection, schema }),
      useInputTextCheck(),
      useEncoreErrors({ logger, mask: isProduction }),
      ...(introspection ? [] : [useDisableIntrospection()]),
    ],
  })
}

/**
 * The client's address: what an in-process caller forwarded (Remix), else Express's `req.ip`
 * (X-Forwarded-For only when `trust proxy` is set), else the socket's peer.
 */
function clientIpOf(initial: Record<string, unknown>): string | undefined {
  if (typeof initial.clientIp === 'string') return initial.clientIp
  const req = initial.req as { ip?: string; socket?: { remoteAddress?: string } } | undefined
  return req?.ip ?? req?.socket?.remoteAddress
}

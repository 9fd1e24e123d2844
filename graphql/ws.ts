import { randomUUID } from 'node:crypto'
import type { Server } from 'node:http'
import { CloseCode } from 'graphql-ws'
import { useServer } from 'graphql-ws/use/ws'
import { WebSocketServer } from 'ws'
import type { Viewer } from '../interview/accounts/scopes.ts'
import { tokenFromHeaders, type GraphQLContext, type Services } from './context.ts'
import type { EncoreYoga } from './yoga.ts'
import { graphqlPath } from './yoga.ts'

/**
 * graphql-ws on the HTTP server's /graphql path, running operations through Yoga's envelop (the
 * same schema, plugins and error shaping as HTTP).
 *
 * Every socket must authenticate, because every subscription is about the viewer's own data.
 * The token comes from `connectionParams.authorization` ("Bearer <token>" or the bare token),
 * else the upgrade request's `Authorization` header, else its `encore_session` cookie:
 * - no token at all → closed with 4401 Unauthorized;
 * - an unknown, expired or revoked token → closed with 4403 Forbidden.
 */
export function attachGraphQLWebSocket({
  httpServer,
  yoga,
  services,
}: {
  httpServer: Server
  yoga: EncoreYoga
  services: Services
}) {
  const wsServer = new WebSocketServer({ server: httpServer, path: graphqlPath })

  const disposable = useServer<Record<string, unknown>, { viewer: Viewer }>(
    {
      execute: (args: any) => args.rootValue.execute(args),
      subscribe: (args: any) => args.rootValue.subscribe(args),
      onConnect: async (ctx) => {
        const fromParams =
          ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization
        const token =
          typeof fromParams === 'string' && fromParams.trim() !== ''
            ? tokenFromHeaders({
                authorization: /^bearer\s/i.test(fromParams) ? fromParams : `Bearer ${fromParams}`,
              })
            : tokenFromHeaders({
                authorization: ctx.extra.request.headers.authorization,
                cookie: ctx.extra.request.headers.cookie,
              })
        if (!token) {
          ctx.extra.socket.close(
            CloseCode.Unauthorized,
            'Unauthorized: send connectionParams.authorization',
          )
          return false
        }
        const viewer = await services.accounts.authenticate(token)
        if (!viewer) return false // graphql-ws closes with 4403 Forbidden
        ctx.extra.viewer = viewer
        return true
      },
      onSubscribe: async (ctx, _id, payload) => {
        const context: GraphQLContext = {
          viewer: ctx.extra.viewer ?? null,
          services,
          requestId: randomUUID(),
          clientIp: ctx.extra.request.socket.remoteAddress,
        }
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...context,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params: payload,
        })
        const args = {
          schema,
          operationName: payload.operationName,
          document: parse(payload.query),
          variableValues: payload.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        }
        const errors = validate(args.schema, args.document)
        if (errors.length > 0) return errors
        return args
      },
    },
    wsServer,
  )

  return {
    wsServer,
    /** Closes every client with 1001 Going Away, then the WebSocket server. */
    close: () => disposable.dispose(),
  }
}

import { randomUUID } from 'node:crypto'
import type { Server } from 'node:http'
import { CloseCode } from 'graphql-ws'
import { useServer } from 'graphql-ws/use/ws'
import { getOperationAST, type GraphQLError } from 'graphql'
import { createGraphQLError } from 'graphql-yoga'
import { WebSocketServer } from 'ws'
import type { Viewer } from '../interview/accounts/scopes.ts'
import { clientAddressOf, type TrustProxy } from './client-address.ts'
import { tokenFromHeaders, type GraphQLContext, type Services } from './context.ts'
import { readSessionCookie } from './session-cookie.ts'
import { createSocketRegistry } from './socket-registry.ts'
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
 * - an unknown, expired, revoked or malformed token (e.g. with spaces) → closed with 4403 Forbidden;
 * - the cookie, from a page whose Origin is not this Host → 4403 (a sibling subdomain's page
 *   gets the SameSite=Lax cookie on a WebSocket, and sockets have no CORS).
 * The token is checked again at each subscribe (4403 once it stopped working: a query or mutation
 * runs only after the check, a subscription is set up during it and sends nothing before it passes,
 * decision 094), and signing out or revoking it closes its open sockets with 4403
 * (docs/decisions/045-socket-credentials-and-sign-up-limit.md).
 */
export function attachGraphQLWebSocket({
  httpServer,
  yoga,
  services,
  trustProxy = () => false,
}: {
  httpServer: Server
  yoga: EncoreYoga
  services: Services
  /** Express's `trust proxy fn`, so that rate limits key on the address HTTP would use */
  trustProxy?: TrustProxy
}) {
  const wsServer = new WebSocketServer({ server: httpServer, path: graphqlPath })
  const sockets = createSocketRegistry()
  const stopListening = services.accounts.onCredentialEnded((credential) =>
    sockets.closeAll(credential, CloseCode.Forbidden, credentialEnded),
  )

  const disposable = useServer<Record<string, unknown>, { viewer: Viewer; token: string }>(
    {
      execute: (args: any) => args.rootValue.execute(args),
      subscribe: (args: any) => args.rootValue.subscribe(args),
      onConnect: async (ctx) => {
        const { headers } = ctx.extra.request
        const fromParams =
          ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization
        const sentParams = typeof fromParams === 'string' && fromParams.trim() !== ''
        const bearer = sentParams
          ? tokenFromHeaders({
              authorization: /^bearer\s/i.test(fromParams) ? fromParams : `Bearer ${fromParams}`,
            })
          : tokenFromHeaders({ authorization: headers.authorization })
        const token = sentParams ? bearer : (bearer ?? readSessionCookie(headers.cookie ?? null))
        // a credential was sent but cannot be a token (e.g. it has spaces): a bad token, 4403
        if (!token && (sentParams || Boolean(headers.authorization?.trim()))) {
          ctx.extra.socket.close(CloseCode.Forbidden, badToken)
          return false
        }
        if (!token) {
          ctx.extra.socket.close(
            CloseCode.Unauthorized,
            'Unauthorized: send connectionParams.authorization',
          )
          return false
        }
        if (!bearer && !sameOrigin(headers)) {
          ctx.extra.socket.close(CloseCode.Forbidden, 'Forbidden: the Origin is not this Host')
          return false
        }
        const viewer = await services.accounts.authenticate(token)
        if (!viewer) return false // graphql-ws closes with 4403 Forbidden
        const { socket } = ctx.extra
        if (socket.readyState !== socket.OPEN) return false // it closed while we checked
        ctx.extra.viewer = viewer
        ctx.extra.token = token
        socket.once('close', sockets.add(viewer, socket))
        return true
      },
      onSubscribe: async (ctx, _id, payload) => {
        // A token revoked in another server process, or a session that expired, since connecting.
        const credential: Promise<Viewer | null> = services.accounts.authenticate(ctx.extra.token)
        credential.catch(() => {}) // awaited below or in onOperation; failing there, not unheard
        const refuse = () => {
          ctx.extra.socket.close(CloseCode.Forbidden, credentialEnded)
          // Yoga's GraphQLError class, the one graphql-ws checks for (`graphql` can load twice)
          return [createGraphQLError(credentialEnded)]
        }
        // errors answer the operation only for a credential that still works
        const answer = async (errors: readonly GraphQLError[]) =>
          (await credential) ? [...errors] : refuse()
        const context: GraphQLContext = {
          viewer: ctx.extra.viewer ?? null,
          services,
          requestId: randomUUID(),
          clientIp: clientAddressOf(ctx.extra.request, trustProxy),
        }
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...context,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params: payload,
        })
        let document
        try {
          document = parse(payload.query)
        } catch (error) {
          // a syntax error or a refused document (QUERY_LIMIT_EXCEEDED) answers this
          // subscription; the socket stays open for the others
          if (!(error instanceof Error) || !('locations' in error)) throw error
          const { extensions } = error as { extensions?: Record<string, unknown> }
          return answer([createGraphQLError(error.message, { extensions })])
        }
        // A query or mutation runs only once the credential is known to work. A subscription
        // starts meanwhile (its setup only reads: the snapshot, the subscribe) and onOperation
        // sends nothing of it until the credential is known (decision 094).
        const deferred =
          getOperationAST(document, payload.operationName)?.operation === 'subscription'
        if (!deferred) {
          const viewer = await credential
          if (!viewer) return refuse()
          context.viewer = viewer
        }
        const args = {
          schema,
          operationName: payload.operationName,
          document,
          variableValues: payload.variables,
          contextValue: await contextFactory({ viewer: context.viewer }),
          rootValue: { execute, subscribe, credential, refuse } satisfies Root,
        }
        const errors = validate(args.schema, args.document)
        if (errors.length > 0) return answer(errors)
        return args
      },
      onOperation: async (_ctx, _id, _payload, args, result) => {
        const { credential, refuse } = args.rootValue as Root
        let viewer: Viewer | null
        try {
          viewer = await credential
        } catch (error) {
          await endStream(result)
          throw error
        }
        if (viewer) return undefined
        await endStream(result)
        return { errors: refuse() }
      },
    },
    wsServer,
  )

  return {
    wsServer,
    /** Closes every client with 1001 Going Away, then the WebSocket server. */
    close: () => {
      stopListening()
      return disposable.dispose()
    },
  }
}

type Root = {
  execute: unknown
  subscribe: unknown
  /** the credential checked again at this operation's start */
  credential: Promise<Viewer | null>
  /** closes the socket with 4403; the errors that answer the operation */
  refuse: () => GraphQLError[]
}

/** Releases a subscription's stream that will not be sent (its pubsub subscription with it). */
async function endStream(result: unknown): Promise<void> {
  if (result && typeof result === 'object' && Symbol.asyncIterator in result) {
    await (result as unknown as AsyncIterator<unknown>).return?.()
  }
}

const credentialEnded = 'Forbidden: the token was revoked or the session ended'
const badToken = 'Forbidden: the token is not one Encore issued'

/** Whether the upgrade request's Origin names this server's Host (a browser always sends it). */
function sameOrigin(headers: { origin?: string; host?: string }): boolean {
  if (!headers.origin || !headers.host) return false
  try {
    const origin = new URL(headers.origin)
    return origin.host === new URL(`${origin.protocol}//${headers.host}`).host
  } catch {
    return false
  }
}

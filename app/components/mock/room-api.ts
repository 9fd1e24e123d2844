// The interview room's client for the public API, in the browser: queries and mutations over
// HTTP with the session cookie, subscriptions over graphql-ws (which reconnects by itself).
import { createClient, type Client } from 'graphql-ws'
import type { TypedDocumentString } from '~/graphql/graphql'

/** An expected failure the room can explain: a typed API error, or the network. */
export class RoomApiError extends Error {
  readonly code: string
  readonly retryAfterSeconds?: number

  constructor(code: string, message: string, retryAfterSeconds?: number) {
    super(message)
    this.code = code
    this.retryAfterSeconds = retryAfterSeconds
    this.name = 'RoomApiError'
  }
}

type ApiErrorShape = {
  __typename: string
  code?: string
  message?: string
  retryAfterSeconds?: number
}

/** Returns a union result's success member, or throws its error as a RoomApiError. */
export function unwrap<TResult extends { __typename: string }, TSuccess extends string>(
  result: TResult | null | undefined,
  success: TSuccess,
): Extract<TResult, { __typename: TSuccess }> {
  if (result && result.__typename === success) {
    return result as Extract<TResult, { __typename: TSuccess }>
  }
  const error = (result ?? {}) as ApiErrorShape
  throw new RoomApiError(
    error.code ?? 'UNEXPECTED',
    error.message ?? 'The server answered in a way the room does not understand.',
    error.retryAfterSeconds,
  )
}

export type RoomApi = ReturnType<typeof createRoomApi>

export function createRoomApi(origin: string = window.location.origin) {
  let socket: Client | undefined
  const connection = new Set<(online: boolean) => void>()

  function sockets(): Client {
    socket ??= createClient({
      url: `${origin.replace(/^http/, 'ws')}/graphql`,
      lazy: true,
      // a dropped socket reconnects and every open subscription starts again from the
      // server's snapshot: the room never misses an event (docs/api.md, attemptEvents)
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      retryWait: (retries) =>
        new Promise((resolve) => setTimeout(resolve, Math.min(250 * 2 ** retries, 5000))),
      on: {
        connected: () => connection.forEach((listener) => listener(true)),
        closed: () => connection.forEach((listener) => listener(false)),
      },
    })
    return socket
  }

  async function request<TData, TVariables>(
    document: TypedDocumentString<TData, TVariables>,
    variables: TVariables,
    files?: Record<string, Blob>,
  ): Promise<TData> {
    let response: Response
    try {
      response = await fetch(`${origin}/graphql`, {
        method: 'POST',
        credentials: 'same-origin',
        ...(files
          ? multipartBody(document.toString(), variables, files)
          : jsonBody(document.toString(), variables)),
      })
    } catch {
      throw new RoomApiError('NETWORK', 'The connection to Encore dropped.')
    }
    const body = (await response.json().catch(() => null)) as {
      data?: TData | null
      errors?: { message: string; extensions?: { code?: string } }[]
    } | null
    if (!body || body.data === undefined || body.data === null) {
      const first = body?.errors?.[0]
      throw new RoomApiError(
        first?.extensions?.code ?? (response.ok ? 'UNEXPECTED' : `HTTP_${response.status}`),
        first?.message ?? `Encore answered ${response.status}.`,
      )
    }
    return body.data
  }

  function subscribe<TData, TVariables>(
    document: TypedDocumentString<TData, TVariables>,
    variables: TVariables,
    sink: {
      next: (data: TData) => void
      error: (error: RoomApiError) => void
      complete: () => void
    },
  ): () => void {
    return sockets().subscribe<TData>(
      { query: document.toString(), variables: variables as Record<string, unknown> },
      {
        next: (result) => {
          if (result.data) sink.next(result.data)
          else if (result.errors?.length) {
            const first = result.errors[0]!
            sink.error(
              new RoomApiError(String(first.extensions?.code ?? 'UNEXPECTED'), first.message),
            )
          }
        },
        error: (error) =>
          sink.error(
            new RoomApiError(
              'SOCKET',
              error instanceof Error ? error.message : 'The live connection failed.',
            ),
          ),
        complete: sink.complete,
      },
    )
  }

  return {
    request,
    subscribe,
    /** Calls `listener(false)` when the live connection drops and `listener(true)` when it is back. */
    onConnection(listener: (online: boolean) => void) {
      connection.add(listener)
      return () => connection.delete(listener)
    },
    dispose: () => socket?.dispose(),
  }
}

// JSON POSTs are CORS-preflighted, so Yoga's CSRF check only asks multipart uploads for a header.
function jsonBody(query: string, variables: unknown): RequestInit {
  return {
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  }
}

/** The GraphQL multipart request spec: `operations`, `map`, then the files. */
function multipartBody(
  query: string,
  variables: unknown,
  files: Record<string, Blob>,
): RequestInit {
  const form = new FormData()
  const paths = Object.keys(files)
  const vars = structuredClone(variables) as Record<string, unknown>
  for (const path of paths) setPath(vars, path, null)
  form.set('operations', JSON.stringify({ query, variables: vars }))
  form.set(
    'map',
    JSON.stringify(Object.fromEntries(paths.map((path, i) => [String(i), [`variables.${path}`]]))),
  )
  paths.forEach((path, i) => form.set(String(i), files[path]!, 'answer'))
  return { headers: { 'x-graphql-yoga-csrf': '1' }, body: form }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.')
  let node = target
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>
  node[keys.at(-1)!] = value
}

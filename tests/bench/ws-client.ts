/**
 * A light graphql-ws client (the graphql-transport-ws protocol over `ws`, nothing else): the
 * socket is opened and acknowledged before anything is timed, so no figure includes the
 * handshake, and a process can hold a thousand of them. Each message is stamped on arrival,
 * before it is parsed.
 */
import WebSocket from 'ws'

export type Next = { data?: Record<string, unknown>; errors?: unknown[] }

export type GraphqlSocket = {
  /** Starts an operation; `onNext` gets each result with its arrival time (performance.now()). */
  subscribe: (
    query: string,
    variables: Record<string, unknown>,
    onNext: (result: Next, receivedAt: number) => void,
  ) => Promise<'complete' | { error: unknown }>
  close: () => void
}

let nextId = 0

export async function openSocket(wsUrl: string, token: string): Promise<GraphqlSocket> {
  const socket = new WebSocket(wsUrl, 'graphql-transport-ws')
  const operations = new Map<
    string,
    {
      onNext: (result: Next, receivedAt: number) => void
      done: (end: 'complete' | { error: unknown }) => void
    }
  >()
  const acknowledged = new Promise<void>((resolve, reject) => {
    socket.once('error', reject)
    socket.once('close', (code, reason) =>
      reject(new Error(`socket closed before connection_ack: ${code} ${String(reason)}`)),
    )
    socket.on('message', (raw) => {
      const receivedAt = performance.now()
      const message = JSON.parse(String(raw)) as {
        type: string
        id?: string
        payload?: unknown
      }
      if (message.type === 'connection_ack') return resolve()
      if (message.type === 'ping') return socket.send(JSON.stringify({ type: 'pong' }))
      const operation = message.id ? operations.get(message.id) : undefined
      if (!operation) return
      if (message.type === 'next') operation.onNext(message.payload as Next, receivedAt)
      else if (message.type === 'error') operation.done({ error: message.payload })
      else if (message.type === 'complete') operation.done('complete')
    })
    socket.once('open', () =>
      socket.send(
        JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }),
      ),
    )
  })
  await acknowledged
  socket.on('close', (code, reason) => {
    for (const operation of operations.values()) {
      operation.done({ error: `socket closed: ${code} ${String(reason)}` })
    }
  })
  return {
    subscribe(query, variables, onNext) {
      const id = String(++nextId)
      return new Promise((resolve) => {
        operations.set(id, {
          onNext,
          done: (end) => {
            operations.delete(id)
            resolve(end)
          },
        })
        socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }))
      })
    },
    close: () => socket.close(1000, 'bench done'),
  }
}

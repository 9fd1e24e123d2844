import type { EndedCredential } from '../interview/accounts/accounts.ts'

/** What the registry needs of a socket: `ws`'s WebSocket has it. */
export type ClosableSocket = { close(code: number, reason: string): void }

/**
 * The open sockets of each credential (a session or an API token, by row id), so that signing
 * out or revoking a token closes the sockets it opened. In memory: each server process closes
 * its own; another process's sockets are refused at their next subscribe (graphql/ws.ts).
 */
export function createSocketRegistry() {
  const sockets = new Map<string, Set<ClosableSocket>>()
  const keyOf = (credential: EndedCredential) => `${credential.via}:${credential.tokenId}`

  return {
    /** Records `socket` as opened by `credential`; returns the call that forgets it. */
    add(credential: EndedCredential, socket: ClosableSocket): () => void {
      const key = keyOf(credential)
      const open = sockets.get(key) ?? new Set()
      open.add(socket)
      sockets.set(key, open)
      return () => {
        open.delete(socket)
        if (open.size === 0 && sockets.get(key) === open) sockets.delete(key)
      }
    },

    /** Closes every socket `credential` opened; returns how many. */
    closeAll(credential: EndedCredential, code: number, reason: string): number {
      const key = keyOf(credential)
      const open = [...(sockets.get(key) ?? [])]
      sockets.delete(key)
      for (const socket of open) socket.close(code, reason)
      return open.length
    },

    /** How many sockets are recorded, across credentials. */
    get size(): number {
      let count = 0
      for (const open of sockets.values()) count += open.size
      return count
    },
  }
}

export type SocketRegistry = ReturnType<typeof createSocketRegistry>

import type { IncomingMessage } from 'node:http'

/** Express's compiled `trust proxy` setting: whether the address `hop` steps away is a proxy. */
export type TrustProxy = (address: string, hop: number) => boolean

/**
 * The client's address as Express's `req.ip` gives it, for a request Express never saw (the
 * WebSocket upgrade): the socket's peer, then X-Forwarded-For from its nearest entry back,
 * each step taken only while `trust` says the address it comes from is a proxy.
 */
export function clientAddressOf(
  request: Pick<IncomingMessage, 'headers' | 'socket'>,
  trust: TrustProxy,
): string | undefined {
  const peer = request.socket.remoteAddress
  if (peer === undefined) return undefined
  const header = request.headers['x-forwarded-for']
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((address) => address.trim())
    .filter((address) => address !== '')
    .reverse()
  const addresses = [peer, ...forwarded]
  let hop = 0
  while (hop < addresses.length - 1 && trust(addresses[hop], hop)) hop += 1
  return addresses[hop]
}

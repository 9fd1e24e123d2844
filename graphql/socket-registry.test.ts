import { createSocketRegistry, type ClosableSocket } from './socket-registry.ts'

function fakeSocket() {
  const closes: [number, string][] = []
  const socket: ClosableSocket = { close: (code, reason) => void closes.push([code, reason]) }
  return { socket, closes }
}

const session = { via: 'session', tokenId: 's1' } as const
const token = { via: 'api-token', tokenId: 's1' } as const

test("closing a credential's sockets leaves another credential's sockets open", () => {
  const sockets = createSocketRegistry()
  const [a, b, other] = [fakeSocket(), fakeSocket(), fakeSocket()]
  sockets.add(session, a.socket)
  sockets.add(session, b.socket)
  sockets.add(token, other.socket)

  expect(sockets.closeAll(session, 4403, 'ended')).toBe(2)
  expect(a.closes).toEqual([[4403, 'ended']])
  expect(b.closes).toEqual([[4403, 'ended']])
  expect(other.closes).toEqual([])
  expect(sockets.size).toBe(1)
})

test('a socket that closed by itself is forgotten, and not closed again', () => {
  const sockets = createSocketRegistry()
  const a = fakeSocket()
  const forget = sockets.add(session, a.socket)
  forget()
  expect(sockets.size).toBe(0)
  expect(sockets.closeAll(session, 4403, 'ended')).toBe(0)
  expect(a.closes).toEqual([])
})

/**
 * A child process of the fan-out figure (./fan-out.ts): opens `count` graphql-ws sockets to the
 * server, each subscribed to one interview's events, tells the parent "ready" once every socket
 * has its first event (the snapshot), then answers the parent's "await" with the arrival times
 * (epoch ms, performance.timeOrigin-based, comparable across processes) of one event on every
 * socket. Exits on "close".
 */
import { sleep } from './stats.ts'
import { openSocket, type GraphqlSocket } from './ws-client.ts'

type Setup = { wsUrl: string; token: string; interviewId: string; count: number }
type Command = { type: 'await'; key: string } | { type: 'close' }

const { wsUrl, token, interviewId, count } = JSON.parse(process.argv[2]!) as Setup
const arrivals = new Map<string, number[]>()
const sockets: GraphqlSocket[] = []
const query = `subscription($id: ID!) { mockInterviewEvents(interviewId: $id) {
  type ... on ExchangeAdded { exchangeId } ... on AttemptScored { attemptId } } }`

async function subscribeOne(): Promise<void> {
  const socket = await openSocket(wsUrl, token)
  sockets.push(socket)
  await new Promise<void>((resolve, reject) => {
    let first = true
    void socket
      .subscribe(query, { id: interviewId }, (result, receivedAt) => {
        const event = result.data?.mockInterviewEvents as
          { type: string; exchangeId?: string; attemptId?: string } | undefined
        if (!event) return reject(new Error(JSON.stringify(result.errors)))
        if (first) {
          first = false
          return resolve()
        }
        const key = `${event.type}:${event.exchangeId ?? event.attemptId ?? ''}`
        const list = arrivals.get(key) ?? []
        list.push(performance.timeOrigin + receivedAt)
        arrivals.set(key, list)
      })
      .then((end) => reject(new Error(`the subscription ended: ${JSON.stringify(end)}`)))
  })
}

// in batches, as clients arrive over a few seconds rather than in one burst
for (let opened = 0; opened < count; opened += 25) {
  await Promise.all(Array.from({ length: Math.min(25, count - opened) }, subscribeOne))
}
process.send!({ type: 'ready' })

process.on('message', (command: Command) => {
  if (command.type === 'close') {
    for (const socket of sockets) socket.close()
    setTimeout(() => process.exit(0), 200)
    return
  }
  void (async () => {
    const deadline = Date.now() + 20_000
    while ((arrivals.get(command.key)?.length ?? 0) < count && Date.now() < deadline) {
      await sleep(5)
    }
    const times = arrivals.get(command.key) ?? []
    process.send!({ type: 'arrivals', key: command.key, times, missing: count - times.length })
  })()
})

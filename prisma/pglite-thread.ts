/**
 * The embedded database off the server's event loop (decision 087). PGlite runs a statement as
 * synchronous WebAssembly: on the server's thread, every statement stopped the API, the sockets
 * and scoring for its duration. Here PGlite and its Prisma adapter live in a worker thread
 * (`pglite-thread.worker.js`), and this side is a Prisma driver adapter that forwards each call
 * as a message. The worker keeps PGlite's own rule, one statement at a time and a transaction
 * holding the database until it ends, so behaviour is the in-process adapter's.
 */
import { Worker } from 'node:worker_threads'
import {
  DriverAdapterError,
  type ConnectionInfo,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type Transaction,
  type TransactionOptions,
} from '@prisma/driver-adapter-utils'
import { connectToShadowPglite } from './pglite-adapter.js'

/** The messages between this side and the thread (`pglite-thread.worker.js`). */
export type ThreadRequest = { id: number } & (
  | { op: 'query' | 'execute'; tx?: number; query: SqlQuery }
  | { op: 'script'; script: string }
  | { op: 'begin'; isolationLevel?: string }
  | { op: 'commit' | 'rollback'; tx: number }
  | { op: 'close' }
)

export type ThreadError = { message: string; name: string; driverError?: unknown }

export type ThreadReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: ThreadError }

export type ThreadReady = {
  ready: true
  adapterName: string
  connectionInfo: ConnectionInfo
}

type Request = ThreadRequest extends infer R
  ? R extends ThreadRequest
    ? Omit<R, 'id'>
    : never
  : never

export type PgliteThread = {
  adapterFactory: SqlMigrationAwareDriverAdapterFactory
  /** closes PGlite (a clean shutdown), then ends the thread; safe to call twice */
  close: () => Promise<void>
}

export async function openPgliteThread(
  dataDir: string,
  startParams: string[],
): Promise<PgliteThread> {
  const worker = new Worker(new URL('./pglite-thread.worker.js', import.meta.url), {
    workerData: { dataDir, startParams },
  })
  const pending = new Map<number, { resolve: (value: any) => void; reject: (e: Error) => void }>()
  let nextId = 1
  let ended: Error | null = null

  const ready = await new Promise<ThreadReady>((resolve, reject) => {
    worker.once('message', (message: ThreadReady | { ready: false; error: ThreadError }) =>
      message.ready ? resolve(message) : reject(toError(message.error)),
    )
    worker.once('error', reject)
  })
  worker.on('message', (reply: ThreadReply) => {
    const waiter = pending.get(reply.id)
    if (!waiter) return
    pending.delete(reply.id)
    if (reply.ok) waiter.resolve(reply.value)
    else waiter.reject(toError(reply.error))
  })
  // a thread that dies takes no call with it silently: each waiting call fails, and so do later ones
  const fail = (error: Error) => {
    ended = error
    for (const waiter of pending.values()) waiter.reject(error)
    pending.clear()
  }
  worker.on('error', (error) => fail(new Error(`The embedded database stopped: ${error.message}`)))
  worker.on('exit', () => fail(new Error('The embedded database is closed.')))

  function call<T>(request: Request): Promise<T> {
    if (ended) return Promise.reject(ended)
    const id = nextId++
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve, reject })
      worker.postMessage({ ...request, id })
    })
  }

  const info = { provider: 'postgres' as const, adapterName: ready.adapterName }
  const queryable = (tx?: number) => ({
    ...info,
    queryRaw: (query: SqlQuery) => call({ op: 'query', tx, query }),
    executeRaw: (query: SqlQuery) => call<number>({ op: 'execute', tx, query }),
  })
  const adapter: SqlDriverAdapter = {
    ...(queryable() as SqlDriverAdapter),
    executeScript: (script) => call({ op: 'script', script }),
    async startTransaction(isolationLevel): Promise<Transaction> {
      const { tx, options } = await call<{ tx: number; options: TransactionOptions }>({
        op: 'begin',
        isolationLevel,
      })
      return {
        ...(queryable(tx) as Transaction),
        options,
        commit: () => call({ op: 'commit', tx }),
        rollback: () => call({ op: 'rollback', tx }),
      }
    },
    getConnectionInfo: () => ready.connectionInfo,
    dispose: async () => {},
  }

  let closing: Promise<void> | undefined
  return {
    adapterFactory: {
      ...info,
      connect: async () => adapter,
      // the shadow database of a migration diff is a scratch in-memory one, as in process
      connectToShadowDb: connectToShadowPglite,
    },
    close: () =>
      (closing ??= (async () => {
        if (ended) return void (await worker.terminate())
        const exited = new Promise((resolve) => worker.once('exit', resolve))
        await call({ op: 'close' }).catch(() => {})
        // it ends of itself once PGlite is closed; a thread that does not is ended
        const timer = setTimeout(() => void worker.terminate(), 5_000)
        await exited
        clearTimeout(timer)
      })()),
  }
}

function toError(error: ThreadError): Error {
  if (error.driverError) return new DriverAdapterError(error.driverError as never)
  return Object.assign(new Error(error.message), { name: error.name })
}

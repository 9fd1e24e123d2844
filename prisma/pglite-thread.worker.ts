/**
 * The embedded database's own thread (decision 087): PGlite and its Prisma driver adapter run
 * here, so a statement's work never holds up the server's event loop. Each message from
 * `pglite-thread.ts` names one adapter call; the answer carries its result, or the error with a
 * driver error's payload kept so Prisma still maps it (unique violation → P2002, …).
 */
import { parentPort, workerData } from 'node:worker_threads'
import { PGlite } from '@electric-sql/pglite'
import {
  isDriverAdapterError,
  type ConnectionInfo,
  type SqlQuery,
  type Transaction,
} from '@prisma/driver-adapter-utils'
import { createPgliteAdapterFactory } from './pglite-adapter.ts'

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

const { dataDir, startParams } = workerData as { dataDir: string; startParams: string[] }

const port = parentPort!
try {
  const pglite = await PGlite.create({ dataDir, startParams })
  const adapter = await createPgliteAdapterFactory(pglite).connect()
  const transactions = new Map<number, Transaction>()
  let nextTx = 1

  async function run(request: ThreadRequest): Promise<unknown> {
    switch (request.op) {
      case 'query':
      case 'execute': {
        const queryable = request.tx === undefined ? adapter : transactions.get(request.tx)
        if (!queryable) throw new Error(`Transaction ${request.tx} is not open.`)
        return request.op === 'query'
          ? queryable.queryRaw(request.query)
          : queryable.executeRaw(request.query)
      }
      case 'script':
        return adapter.executeScript(request.script)
      case 'begin': {
        const tx = await adapter.startTransaction(
          request.isolationLevel as Parameters<typeof adapter.startTransaction>[0],
        )
        const id = nextTx++
        transactions.set(id, tx)
        return { tx: id, options: tx.options }
      }
      case 'commit':
      case 'rollback': {
        const tx = transactions.get(request.tx)
        if (!tx) throw new Error(`Transaction ${request.tx} is not open.`)
        transactions.delete(request.tx)
        return request.op === 'commit' ? tx.commit() : tx.rollback()
      }
      case 'close':
        await pglite.close()
        return undefined
    }
  }

  port.on('message', (request: ThreadRequest) => {
    run(request).then(
      (value) => {
        port.postMessage({ id: request.id, ok: true, value } satisfies ThreadReply)
        // closed: the thread ends of itself, as a process would (profilers write their files)
        if (request.op === 'close') port.close()
      },
      (error: unknown) =>
        port.postMessage({
          id: request.id,
          ok: false,
          error: describe(error),
        } satisfies ThreadReply),
    )
  })
  port.postMessage({
    ready: true,
    adapterName: adapter.adapterName,
    connectionInfo: adapter.getConnectionInfo!(),
  } satisfies ThreadReady)
} catch (error) {
  // opening failed (a locked or damaged data folder…): the opener rejects with this
  port.postMessage({ ready: false, error: describe(error) })
}

function describe(error: unknown): ThreadError {
  // by shape, as Prisma tells one (the adapter may bring its own copy of the class)
  if (isDriverAdapterError(error)) {
    return { name: error.name, message: error.message, driverError: error.cause }
  }
  const { name = 'Error', message = String(error) } = error as Partial<Error>
  return { name, message }
}

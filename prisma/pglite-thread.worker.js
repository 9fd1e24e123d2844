// @ts-check
/**
 * The embedded database's own thread (decision 087): PGlite and its Prisma driver adapter run
 * here, so a statement's work never holds up the server's event loop. Each message from
 * `pglite-thread.ts` names one adapter call; the answer carries its result, or the error with a
 * driver error's payload kept so Prisma still maps it (unique violation → P2002, …).
 *
 * JavaScript, checked by tsc through its JSDoc (the messages' types are in pglite-thread.ts):
 * a thread that imports a .ts file loads Node's type stripper of its own, about 15 MB resident
 * for as long as the thread runs.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { PGlite } from '@electric-sql/pglite'
import { isDriverAdapterError } from '@prisma/driver-adapter-utils'
import { createPgliteAdapterFactory } from './pglite-adapter.js'

/**
 * @import { Transaction } from '@prisma/driver-adapter-utils'
 * @import { ThreadError, ThreadReady, ThreadReply, ThreadRequest } from './pglite-thread.ts'
 */

const { dataDir, startParams } = /** @type {{ dataDir: string; startParams: string[] }} */ (
  workerData
)

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort)
try {
  const pglite = await PGlite.create({ dataDir, startParams })
  const adapter = await createPgliteAdapterFactory(pglite).connect()
  /** @type {Map<number, Transaction>} */
  const transactions = new Map()
  let nextTx = 1

  /**
   * @param {ThreadRequest} request
   * @returns {Promise<unknown>}
   */
  async function run(request) {
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
          /** @type {Parameters<typeof adapter.startTransaction>[0]} */ (request.isolationLevel),
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

  port.on('message', (/** @type {ThreadRequest} */ request) => {
    run(request).then(
      (value) => {
        port.postMessage(/** @satisfies {ThreadReply} */ ({ id: request.id, ok: true, value }))
        // closed: the thread ends of itself, as a process would (profilers write their files)
        if (request.op === 'close') port.close()
      },
      (error) =>
        port.postMessage(
          /** @satisfies {ThreadReply} */ ({ id: request.id, ok: false, error: describe(error) }),
        ),
    )
  })
  port.postMessage(
    /** @satisfies {ThreadReady} */ ({
      ready: true,
      adapterName: adapter.adapterName,
      connectionInfo: /** @type {NonNullable<typeof adapter.getConnectionInfo>} */ (
        adapter.getConnectionInfo
      )(),
    }),
  )
} catch (error) {
  // opening failed (a locked or damaged data folder…): the opener rejects with this
  port.postMessage({ ready: false, error: describe(error) })
}

/**
 * @param {unknown} error
 * @returns {ThreadError}
 */
function describe(error) {
  // by shape, as Prisma tells one (the adapter may bring its own copy of the class)
  if (isDriverAdapterError(error)) {
    return { name: error.name, message: error.message, driverError: error.cause }
  }
  const { name = 'Error', message = String(error) } = /** @type {Partial<Error>} */ (error)
  return { name, message }
}

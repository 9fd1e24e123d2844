/**
 * An SDK or driver that only a configured deployment uses (OpenAI, Deepgram, BullMQ, Redis) is
 * loaded when its client is made, not when the server's modules are: the embedded default, with
 * no key and no Redis, never pays for them (about 50 MB of an idle server, decision 087). The
 * callers keep `import type` for the types; every value of a package comes from this one load.
 */
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

export function loadWhenUsed<Module>(name: string): Module {
  return require(name) as Module
}

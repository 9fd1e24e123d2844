/**
 * A child process's resident memory, read from /proc (Linux), and a full garbage collection
 * triggered in it through the inspector protocol (HeapProfiler.collectGarbage): the bench starts
 * its servers and workers with `--inspect=127.0.0.1:0` in NODE_OPTIONS, so the figure after GC is
 * the memory the process holds, not garbage it has not collected yet. No server code changes.
 */
import { readFileSync } from 'node:fs'
import WebSocket from 'ws'
import type { ServerProcess } from '../server/server-process.ts'
import { sleep } from './stats.ts'

/** NODE_OPTIONS that let the bench trigger a GC in the child (the inspector idles until asked). */
export function inspectable(env: Record<string, string>): Record<string, string> {
  const options = [process.env.NODE_OPTIONS, '--inspect=127.0.0.1:0'].filter(Boolean).join(' ')
  return { ...env, NODE_OPTIONS: options }
}

/** Resident set size in MB, or NaN where /proc is not there. */
export function rssMb(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1])
    return Math.round((kb / 1024) * 10) / 10
  } catch {
    return Number.NaN
  }
}

/** Runs a full GC in the child; false when its inspector is not reachable (then say so). */
export async function collectGarbage(child: ServerProcess): Promise<boolean> {
  const url = /Debugger listening on (ws:\/\/\S+)/.exec(child.output())?.[1]
  if (!url) return false
  const socket = new WebSocket(url)
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve())
      socket.once('error', reject)
    })
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no answer to collectGarbage')), 10_000)
      socket.on('message', (data) => {
        if ((JSON.parse(String(data)) as { id?: number }).id !== 1) return
        clearTimeout(timer)
        resolve()
      })
      socket.send(JSON.stringify({ id: 1, method: 'HeapProfiler.collectGarbage' }))
    })
    return true
  } catch {
    return false
  } finally {
    socket.close()
  }
}

export type MemorySample = { rssMb: number; afterGcMb: number; gc: boolean }

/** RSS after `settleMs` with nothing to do, then after a full GC. */
export async function idleMemory(child: ServerProcess, settleMs: number): Promise<MemorySample> {
  await sleep(settleMs)
  const before = rssMb(child.child.pid)
  const gc = await collectGarbage(child)
  await sleep(500)
  return { rssMb: before, afterGcMb: gc ? rssMb(child.child.pid) : Number.NaN, gc }
}

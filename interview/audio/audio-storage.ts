/**
 * Where recorded answers live. The file implementation keeps them under one folder
 * (`data/audio/<userId>/<name>.<ext>` by default); an object store can implement the same
 * interface. Keys are checked so that no key reaches outside the folder.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

export interface AudioStorage {
  /** Stores the bytes under `key` (e.g. `user123/attempt456.webm`) and returns the key. */
  put(key: string, bytes: Uint8Array, mimeType: string): Promise<string>
  /** The stored bytes, or null when nothing is stored under `key`. */
  get(key: string): Promise<Uint8Array | null>
  delete(key: string): Promise<void>
  /** Removes everything stored under `prefix/` (a user's folder when their account is deleted). */
  deleteAll(prefix: string): Promise<void>
}

export class InvalidAudioKeyError extends Error {
  constructor(key: string) {
    super(
      `"${key}" is not a valid audio key: use letters, digits, "-", "_" and "." in "/"-separated parts.`,
    )
    this.name = 'InvalidAudioKeyError'
  }
}

const segment = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/

/** The file extension for a recording's MIME type (the part before any `;codecs=`). */
export function audioExtension(mimeType: string): string {
  const base = mimeType.split(';')[0]!.trim().toLowerCase()
  const known: Record<string, string> = {
    'audio/webm': 'webm',
    'audio/ogg': 'ogg',
    'audio/wav': 'wav',
    'audio/x-wav': 'wav',
    'audio/wave': 'wav',
    'audio/mpeg': 'mp3',
    'audio/mp4': 'm4a',
    'audio/aac': 'aac',
    'audio/flac': 'flac',
  }
  return known[base] ?? 'bin'
}

export function createFileAudioStorage({
  dir = 'data/audio',
}: { dir?: string } = {}): AudioStorage {
  const root = path.resolve(dir)

  function fileFor(key: string): string {
    const parts = key.split('/')
    if (
      parts.length === 0 ||
      parts.some((part) => !segment.test(part) || part === '..' || part === '.')
    ) {
      throw new InvalidAudioKeyError(key)
    }
    const file = path.resolve(root, ...parts)
    if (!file.startsWith(root + path.sep)) throw new InvalidAudioKeyError(key)
    return file
  }

  return {
    async put(key, bytes) {
      const file = fileFor(key)
      await mkdir(path.dirname(file), { recursive: true })
      await writeFile(file, bytes)
      return key
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(fileFor(key)))
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw error
      }
    },
    async delete(key) {
      await rm(fileFor(key), { force: true })
    },
    async deleteAll(prefix) {
      await rm(fileFor(prefix), { recursive: true, force: true })
    },
  }
}

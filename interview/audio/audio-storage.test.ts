import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { audioExtension, createFileAudioStorage, InvalidAudioKeyError } from './audio-storage.ts'

const dir = await mkdtemp(path.join(os.tmpdir(), 'encore-audio-'))
afterAll(() => rm(dir, { recursive: true, force: true }))
const storage = createFileAudioStorage({ dir: path.join(dir, 'audio') })

test('a stored recording reads back byte for byte and is gone after delete', async () => {
  const bytes = new Uint8Array([82, 73, 70, 70, 1, 2, 3])
  await storage.put('user-1/attempt-1.wav', bytes, 'audio/wav')
  expect(await storage.get('user-1/attempt-1.wav')).toEqual(bytes)
  await storage.delete('user-1/attempt-1.wav')
  expect(await storage.get('user-1/attempt-1.wav')).toBeNull()
})

test('a key cannot reach outside the audio folder', async () => {
  for (const key of ['../escape.wav', 'user/../../escape.wav', '/etc/passwd', 'a//b.wav', '']) {
    await expect(storage.put(key, new Uint8Array([1]), 'audio/wav')).rejects.toBeInstanceOf(
      InvalidAudioKeyError,
    )
  }
})

test('a recording gets the extension of its MIME type', () => {
  expect(audioExtension('audio/webm;codecs=opus')).toBe('webm')
  expect(audioExtension('audio/x-wav')).toBe('wav')
  expect(audioExtension('application/octet-stream')).toBe('bin')
})

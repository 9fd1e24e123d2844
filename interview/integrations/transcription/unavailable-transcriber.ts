/**
 * The transcriber when DEEPGRAM_API_KEY is not set: every call says how to enable
 * transcription, and the attempts engine keeps the audio until the candidate types the answer.
 */
import { ServiceNotConfiguredError } from '../service-error.ts'
import type { Transcriber } from './transcriber.ts'

export function createUnavailableTranscriber(): Transcriber {
  return {
    service: 'none',
    async transcribe() {
      throw new ServiceNotConfiguredError(
        'deepgram',
        'DEEPGRAM_API_KEY',
        'to enable live transcription; typed answers work without it',
      )
    },
  }
}

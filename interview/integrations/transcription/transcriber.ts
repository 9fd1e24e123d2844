/**
 * The speech-to-text seam. `deepgram.ts` transcribes with Deepgram; without a key,
 * `unavailable-transcriber.ts` says so, and the attempt keeps its audio and waits for a typed
 * transcript (ARCHITECTURE.md, Contracts, "Attempts").
 */
import type { Word } from '../../../scoring/types.ts'

export interface TranscriptionRequest {
  audio: Uint8Array
  /** e.g. 'audio/webm', 'audio/wav' */
  mimeType: string
  /** BCP 47, e.g. 'en-US'; the transcriber's default when absent */
  language?: string
  signal?: AbortSignal
}

export interface Transcription {
  /** formatted text, fillers kept ("Um, I led…") */
  transcript: string
  /** Deepgram's shape: seconds, confidence 0–1, punctuated_word */
  words: Word[]
  durationMs: number
  /** 0–1, the whole transcript's confidence; scorers abstain on unreliable transcripts */
  confidence: number
}

export interface Transcriber {
  readonly service: 'deepgram' | 'none'
  /** @throws ServiceUnavailableError, or ServiceNotConfiguredError when there is no service */
  transcribe(request: TranscriptionRequest): Promise<Transcription>
}

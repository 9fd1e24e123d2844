import { useCallback, useEffect, useRef, useState } from 'react'
import { openLiveTranscription, type LiveTranscription } from './live-transcription'
import type { Answer } from './room-types'

export type VoiceState = 'idle' | 'starting' | 'recording' | 'finishing'

type SilenceDetector = { destroy: () => Promise<void> }

/**
 * Records one spoken answer: the microphone's level (Web Audio), elapsed time, the recording
 * (MediaRecorder), live words when a Deepgram token is given, and voice-activity detection
 * (Silero through @ricky0123/vad-web, served from /vad/) that offers to finish after a silence.
 */
export function useVoiceAnswer({
  transcriptionToken,
  silenceMs,
  onUnavailable,
}: {
  transcriptionToken: () => Promise<string | null>
  /** 0 turns the offer off */
  silenceMs: number
  onUnavailable: (reason: 'denied' | 'absent') => void
}) {
  const [state, setState] = useState<VoiceState>('idle')
  const [level, setLevel] = useState(0)
  const [elapsedMs, setElapsedMs] = useState(0)
  const [caption, setCaption] = useState('')
  const [silenceOffer, setSilenceOffer] = useState(false)
  const [liveFailed, setLiveFailed] = useState(false)
  const session = useRef<{
    stream: MediaStream
    recorder: MediaRecorder
    chunks: Blob[]
    startedAt: number
    audio: AudioContext
    live: LiveTranscription | null
    vad: SilenceDetector | null
    timers: number[]
  } | null>(null)

  const release = useCallback(() => {
    const current = session.current
    session.current = null
    if (!current) return
    current.timers.forEach((timer) => window.clearInterval(timer))
    current.stream.getTracks().forEach((track) => track.stop())
    void current.audio.close().catch(() => undefined)
    void current.vad?.destroy().catch(() => undefined)
    current.live?.close()
  }, [])

  useEffect(() => release, [release])

  const start = useCallback(async () => {
    if (session.current) return
    setState('starting')
    setCaption('')
    setSilenceOffer(false)
    setElapsedMs(0)
    let stream: MediaStream
    try {
      if (!navigator.mediaDevices?.getUserMedia) throw new DOMException('', 'NotFoundError')
      stream = await navigator.mediaDevices.getUserMedia({ audio: true })
    } catch (error) {
      setState('idle')
      const name = error instanceof DOMException ? error.name : ''
      onUnavailable(
        name === 'NotFoundError' || name === 'OverconstrainedError' ? 'absent' : 'denied',
      )
      return
    }
    const audio = new AudioContext()
    const analyser = audio.createAnalyser()
    analyser.fftSize = 512
    audio.createMediaStreamSource(stream).connect(analyser)
    const samples = new Uint8Array(analyser.fftSize)

    const token = await transcriptionToken().catch(() => null)
    setLiveFailed(false)
    const live = token ? openLiveTranscription(token, setCaption, () => setLiveFailed(true)) : null
    const mimeType = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus'].find(
      (type) => MediaRecorder.isTypeSupported(type),
    )
    const recorder = new MediaRecorder(stream, mimeType ? { mimeType } : undefined)
    const chunks: Blob[] = []
    recorder.ondataavailable = (event) => {
      if (event.data.size === 0) return
      chunks.push(event.data)
      live?.send(event.data)
    }
    recorder.start(250)
    const startedAt = performance.now()
    const timers = [
      window.setInterval(() => setElapsedMs(performance.now() - startedAt), 250),
      window.setInterval(() => {
        analyser.getByteTimeDomainData(samples)
        let sum = 0
        for (const sample of samples) sum += ((sample - 128) / 128) ** 2
        setLevel(Math.min(1, Math.sqrt(sum / samples.length) * 4))
      }, 80),
    ]
    session.current = { stream, recorder, chunks, startedAt, audio, live, vad: null, timers }
    setState('recording')
    if (silenceMs > 0) {
      void startSilenceDetector(stream, silenceMs, setSilenceOffer).then((vad) => {
        if (session.current?.stream === stream) session.current.vad = vad
        else void vad?.destroy()
      })
    }
  }, [onUnavailable, silenceMs, transcriptionToken])

  /** Stops recording and returns the answer: live words when they came, else the recording. */
  const finish = useCallback(async (): Promise<Answer | null> => {
    const current = session.current
    if (!current) return null
    setState('finishing')
    const durationMs = Math.round(performance.now() - current.startedAt)
    const stopped = new Promise<void>((resolve) => (current.recorder.onstop = () => resolve()))
    current.recorder.stop()
    await stopped
    const words = (await current.live?.finish()) ?? null
    const audio = new Blob(current.chunks, { type: current.recorder.mimeType || 'audio/webm' })
    release()
    setState('idle')
    setLevel(0)
    if (words && words.length > 0) return { kind: 'spoken', words, durationMs }
    return { kind: 'recording', audio, durationMs }
  }, [release])

  const cancel = useCallback(() => {
    session.current?.recorder.stop()
    release()
    setState('idle')
    setLevel(0)
  }, [release])

  return { state, level, elapsedMs, caption, silenceOffer, liveFailed, start, finish, cancel }
}

async function startSilenceDetector(
  stream: MediaStream,
  silenceMs: number,
  onOffer: (offer: boolean) => void,
): Promise<SilenceDetector | null> {
  try {
    // the package is CommonJS: esbuild hands its exports over as `default`
    const vadWeb = (await import('@ricky0123/vad-web')) as typeof import('@ricky0123/vad-web') & {
      default?: typeof import('@ricky0123/vad-web')
    }
    const MicVAD = vadWeb.MicVAD ?? vadWeb.default!.MicVAD
    const vad = await MicVAD.new({
      model: 'v5',
      baseAssetPath: '/vad/',
      onnxWASMBasePath: '/vad/ort/',
      redemptionMs: silenceMs,
      getStream: async () => stream,
      pauseStream: async () => {},
      resumeStream: async () => stream,
      onSpeechStart: () => onOffer(false),
      onSpeechEnd: () => onOffer(true),
    })
    await vad.start()
    return vad
  } catch (error) {
    // without voice-activity detection the candidate still finishes with the button
    console.warn('Voice-activity detection is unavailable:', error)
    return null
  }
}

import type { Answer } from './room-types'

type SpokenWord = Extract<Answer, { kind: 'spoken' }>['words'][number]

type DeepgramResult = {
  type?: string
  is_final?: boolean
  channel?: {
    alternatives?: {
      transcript?: string
      words?: {
        word: string
        start: number
        end: number
        confidence: number
        punctuated_word?: string
      }[]
    }[]
  }
}

export type LiveTranscription = {
  /** sends a chunk of the recording (MediaRecorder's webm/opus) */
  send: (chunk: Blob) => void
  /** the words so far, final ones only, for the live caption */
  caption: () => string
  /** closes the stream and returns every final word, or null when the stream failed */
  finish: () => Promise<SpokenWord[] | null>
  close: () => void
}

const listenUrl =
  'wss://api.deepgram.com/v1/listen?model=nova-3&smart_format=true&punctuate=true&interim_results=false'

/**
 * Deepgram's live transcription, straight from the browser with the short-lived token the
 * server minted (createTranscriptionToken). Any failure makes `finish` return null: the room
 * then uploads the recording instead, so the answer is never lost.
 */
export function openLiveTranscription(
  token: string,
  onCaption: (text: string) => void,
  onFailure: () => void,
): LiveTranscription {
  const words: SpokenWord[] = []
  let failed = false
  let closedResolve: (() => void) | undefined
  const closed = new Promise<void>((resolve) => (closedResolve = resolve))
  const queue: Blob[] = []
  let socket: WebSocket | null = null
  try {
    socket = new WebSocket(listenUrl, ['bearer', token])
  } catch {
    failed = true
    closedResolve?.()
  }
  socket?.addEventListener('open', () => {
    for (const chunk of queue.splice(0)) socket?.send(chunk)
  })
  socket?.addEventListener('message', (message) => {
    let result: DeepgramResult
    try {
      result = JSON.parse(String(message.data)) as DeepgramResult
    } catch {
      return
    }
    if (result.type !== 'Results' || !result.is_final) return
    for (const word of result.channel?.alternatives?.[0]?.words ?? []) {
      words.push({
        word: word.word,
        start: word.start,
        end: word.end,
        confidence: word.confidence,
        punctuatedWord: word.punctuated_word,
      })
    }
    onCaption(captionOf(words))
  })
  const fail = () => {
    if (!failed) onFailure()
    failed = true
  }
  socket?.addEventListener('error', fail)
  socket?.addEventListener('close', (event) => {
    if (event.code !== 1000) fail()
    closedResolve?.()
  })

  return {
    send(chunk) {
      if (failed || !socket) return
      if (socket.readyState === WebSocket.OPEN) socket.send(chunk)
      else if (socket.readyState === WebSocket.CONNECTING) queue.push(chunk)
    },
    caption: () => captionOf(words),
    async finish() {
      if (socket && socket.readyState === WebSocket.OPEN) {
        socket.send(JSON.stringify({ type: 'CloseStream' }))
        // Deepgram sends the last results, then closes; do not wait on it forever
        await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 2500))])
      }
      socket?.close()
      return failed || words.length === 0 ? null : words
    },
    close: () => socket?.close(),
  }
}

function captionOf(words: SpokenWord[]): string {
  return words.map((word) => word.punctuatedWord ?? word.word).join(' ')
}

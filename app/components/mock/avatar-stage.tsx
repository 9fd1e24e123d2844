import { useEffect, useRef, useState } from 'react'
import type { AvatarSessionInfo } from './avatar-session'
import { startStreamingAvatar, type StreamingAvatarHandle } from './streaming-avatar.client'

/**
 * The interviewer on screen. It asks `question` when `asking` turns true and calls `onAsked`
 * when it has finished (or at once when muted). With a HeyGen session it streams the avatar;
 * otherwise a local illustration speaks with the browser's speechSynthesis, and where that is
 * missing it stays silent. The question is always captioned.
 */
export function AvatarStage({
  session,
  question,
  asking,
  onAsked,
}: {
  session: AvatarSessionInfo | null
  question: string | null
  asking: boolean
  onAsked: () => void
}) {
  const [muted, setMuted] = useMuted()
  const [speaking, setSpeaking] = useState(false)
  const [streamNote, setStreamNote] = useState<string | null>(null)
  const video = useRef<HTMLVideoElement>(null)
  const streaming = useRef<StreamingAvatarHandle | null>(null)
  const onAskedRef = useRef(onAsked)
  onAskedRef.current = onAsked

  // A HeyGen session streams into the video; a failure falls back to the local avatar.
  useEffect(() => {
    if (session?.provider !== 'heygen' || !video.current) return
    let cancelled = false
    startStreamingAvatar(session, video.current)
      .then((handle) => {
        if (cancelled) void handle.stop()
        else streaming.current = handle
      })
      .catch(() => {
        if (!cancelled) {
          setStreamNote(
            'The video avatar could not start; your browser reads the questions instead.',
          )
        }
      })
    return () => {
      cancelled = true
      void streaming.current?.stop()
      streaming.current = null
    }
  }, [session])

  useEffect(() => {
    if (!asking || !question) return
    let done = false
    const finish = () => {
      if (done) return
      done = true
      setSpeaking(false)
      onAskedRef.current()
    }
    if (muted) {
      finish()
      return
    }
    setSpeaking(true)
    // speech that never reports its end (no voices installed) must not hold the room
    const words = question.split(/\s+/).length
    const fallback = window.setTimeout(finish, 1500 + words * 420)
    if (streaming.current) {
      streaming.current.speak(question).then(finish, finish)
    } else if ('speechSynthesis' in window) {
      const utterance = new SpeechSynthesisUtterance(question)
      utterance.rate = 1
      utterance.onend = finish
      utterance.onerror = finish
      window.speechSynthesis.cancel()
      window.speechSynthesis.speak(utterance)
    } else {
      globalThis.setTimeout(finish, 600)
    }
    return () => {
      window.clearTimeout(fallback)
      if ('speechSynthesis' in window) window.speechSynthesis.cancel()
      done = true
    }
  }, [asking, question, muted])

  const streamed = session?.provider === 'heygen' && !streamNote
  return (
    <figure className="overflow-hidden rounded-2xl border border-slate-200 bg-gradient-to-b from-indigo-50 to-white shadow-sm">
      <div className="relative flex aspect-video items-center justify-center lg:aspect-[4/3]">
        {streamed ? (
          <video
            ref={video}
            autoPlay
            playsInline
            muted={muted}
            className="h-full w-full object-cover"
          />
        ) : (
          <LocalAvatar speaking={speaking} />
        )}
        <button
          type="button"
          onClick={() => setMuted(!muted)}
          aria-pressed={muted}
          className="absolute right-3 top-3 rounded-full bg-white/90 px-3 py-1.5 text-xs font-medium text-slate-700 shadow ring-1 ring-slate-200 hover:bg-white focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-600"
        >
          {muted ? 'Sound off' : 'Sound on'}
        </button>
      </div>
      <figcaption className="border-t border-slate-200 bg-white px-4 py-3">
        <p className="text-xs font-medium uppercase tracking-wide text-slate-500">Interviewer</p>
        <p className="mt-1 text-base text-slate-900" data-testid="caption">
          {question ?? 'Preparing your question…'}
        </p>
        {streamNote ? <p className="mt-1 text-xs text-amber-700">{streamNote}</p> : null}
      </figcaption>
    </figure>
  )
}

/** An illustration whose mouth moves while it speaks (still under reduced motion). */
function LocalAvatar({ speaking }: { speaking: boolean }) {
  return (
    <svg viewBox="0 0 200 200" role="img" aria-label="Your interviewer" className="h-3/4 w-auto">
      <circle cx="100" cy="100" r="92" className="fill-indigo-100" />
      <path d="M40 185c8-38 34-56 60-56s52 18 60 56" className="fill-indigo-600" />
      <circle cx="100" cy="84" r="42" className="fill-amber-100" />
      <path
        d="M58 78c0-30 20-44 42-44s42 14 42 44c-8-14-22-20-42-20s-34 6-42 20z"
        className="fill-slate-800"
      />
      <circle cx="85" cy="86" r="4" className="fill-slate-800" />
      <circle cx="115" cy="86" r="4" className="fill-slate-800" />
      <ellipse
        cx="100"
        cy="106"
        rx="10"
        ry={speaking ? 6 : 2}
        className={`fill-rose-400 ${speaking ? 'motion-safe:animate-pulse' : ''}`}
      />
    </svg>
  )
}

function useMuted(): [boolean, (muted: boolean) => void] {
  const [muted, setMuted] = useState(false)
  useEffect(() => {
    setMuted(window.localStorage.getItem('encore:muted') === '1')
  }, [])
  return [
    muted,
    (next) => {
      window.localStorage.setItem('encore:muted', next ? '1' : '0')
      if (next && 'speechSynthesis' in window) window.speechSynthesis.cancel()
      setMuted(next)
    },
  ]
}

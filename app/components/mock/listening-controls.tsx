import { formatElapsed } from './format'

/** The microphone's level, elapsed time, and the buttons that end or abandon a spoken answer. */
export function ListeningControls({
  recording,
  starting,
  level,
  elapsedMs,
  caption,
  silenceOffer,
  liveFailed,
  onStart,
  onFinish,
  onTypeInstead,
}: {
  recording: boolean
  starting: boolean
  level: number
  elapsedMs: number
  caption: string
  silenceOffer: boolean
  /** live transcription was offered and failed: the recording is transcribed afterwards */
  liveFailed: boolean
  onStart: () => void
  onFinish: () => void
  onTypeInstead: () => void
}) {
  return (
    <div className="space-y-4">
      {recording ? (
        <div className="flex items-center gap-4">
          <span className="relative flex h-3 w-3" aria-hidden="true">
            <span className="absolute inline-flex h-full w-full rounded-full bg-rose-400 opacity-75 motion-safe:animate-ping" />
            <span className="relative inline-flex h-3 w-3 rounded-full bg-rose-500" />
          </span>
          <span className="font-medium text-slate-900">Recording</span>
          <span className="tabular-nums text-slate-600" aria-label="Elapsed time">
            {formatElapsed(elapsedMs)}
          </span>
          <div
            className="h-2 flex-1 overflow-hidden rounded-full bg-slate-100"
            role="meter"
            aria-label="Microphone level"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(level * 100)}
          >
            <div
              className="h-2 rounded-full bg-emerald-500 transition-[width] duration-75"
              style={{ width: `${Math.round(level * 100)}%` }}
            />
          </div>
        </div>
      ) : (
        <p className="text-slate-600">
          Answer out loud, as you would in the room. Take a breath first: there is no clock.
        </p>
      )}

      {caption ? (
        <p className="rounded-lg bg-slate-50 px-3 py-2 text-sm text-slate-700" aria-live="polite">
          {caption}
        </p>
      ) : null}

      {liveFailed && recording ? (
        <p role="status" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-800">
          Live captions are unavailable right now. Keep going: your recording is transcribed when
          you finish.
        </p>
      ) : null}

      {silenceOffer && recording ? (
        <p role="status" className="rounded-lg bg-indigo-50 px-3 py-2 text-sm text-indigo-800">
          You have paused. Finished? Choose “Finish answer”, or keep talking.
        </p>
      ) : null}

      <div className="flex flex-wrap gap-3">
        {recording ? (
          <button type="button" onClick={onFinish} className="btn-primary">
            Finish answer
          </button>
        ) : (
          <button type="button" onClick={onStart} disabled={starting} className="btn-primary">
            {starting ? 'Starting the microphone…' : 'Start answering'}
          </button>
        )}
        <button type="button" onClick={onTypeInstead} className="btn-secondary">
          Type instead
        </button>
      </div>
    </div>
  )
}

import { Link } from '@remix-run/react'
import { clearDraft, TypedAnswer } from './typed-answer'

/** A recording the server could not transcribe: the candidate types (or dictates) what they said. */
export function AwaitingTranscript({
  attemptId,
  reason,
  onTranscript,
}: {
  attemptId: string
  reason: string | null
  onTranscript: (transcript: string) => void
}) {
  const draftKey = `encore:transcript:${attemptId}`
  return (
    <div className="space-y-3">
      <h2 className="text-lg font-semibold">Your recording is saved</h2>
      <p className="text-sm text-slate-600">
        {reason ?? 'This server has no speech-to-text service.'} The recording stays with the
        attempt.
      </p>
      <TypedAnswer
        draftKey={draftKey}
        label="What you said"
        submitLabel="Score what I said"
        hint="Write it as you said it, fillers and all, for a fair score."
        dictation
        onSubmit={(transcript) => {
          onTranscript(transcript)
          clearDraft(draftKey)
        }}
      />
    </div>
  )
}

/** Every planned question (and follow-up) is answered. */
export function PlanDone({ onFinish }: { onFinish: () => void }) {
  return (
    <div className="space-y-3">
      <h2 className="text-lg font-semibold">You have answered every question</h2>
      <p className="text-slate-600">
        Finish the interview to see your summary and save your best answers.
      </p>
      <button type="button" className="btn-primary" onClick={onFinish}>
        Finish and see the summary
      </button>
    </div>
  )
}

/** The interview was finished elsewhere (another tab) or abandoned while idle. */
export function InterviewClosed({
  interviewId,
  status,
}: {
  interviewId: string
  status: string | null
}) {
  return (
    <div className="space-y-3" role="status">
      <h2 className="text-lg font-semibold">This interview is closed</h2>
      <p className="text-slate-600">
        {status === 'ABANDONED'
          ? 'It was closed after a long time without activity. Your answers are kept.'
          : 'It was finished, perhaps in another tab. Your answers are kept in its summary.'}
      </p>
      <div className="flex flex-wrap gap-3">
        {status !== 'ABANDONED' ? (
          <Link to={`/dashboard/mock/${interviewId}/summary`} className="btn-primary">
            See the summary
          </Link>
        ) : null}
        <Link to="/dashboard/mock/new" className="btn-secondary">
          Start a new interview
        </Link>
      </div>
    </div>
  )
}

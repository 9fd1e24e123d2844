import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { Link, useLoaderData, useNavigate } from '@remix-run/react'
import { useActorRef, useSelector } from '@xstate/react'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { AttemptFeedback } from '~/components/mock/attempt-feedback'
import {
  closeAvatarSession,
  createAvatarSession,
  type AvatarSessionInfo,
} from '~/components/mock/avatar-session'
import { AvatarStage } from '~/components/mock/avatar-stage'
import { formatCompetency } from '~/components/mock/format'
import { ListeningControls } from '~/components/mock/listening-controls'
import { ProcessingPanel } from '~/components/mock/processing-panel'
import { AwaitingTranscript, InterviewClosed, PlanDone } from '~/components/mock/room-states'
import { RoomNotice, Skeleton } from '~/components/mock/room-notice'
import { SilenceSetting, useSilenceSetting } from '~/components/mock/silence-setting'
import { useLeaveWarning } from '~/components/mock/use-leave-warning'
import { createRoomApi, type RoomApi } from '~/components/mock/room-api'
import { createRoomMachine } from '~/components/mock/room-actors'
import {
  CreateTranscriptionTokenMutation,
  InterviewEventsSubscription,
} from '~/components/mock/room-documents'
import { clearDraft, TypedAnswer } from '~/components/mock/typed-answer'
import { useVoiceAnswer } from '~/components/mock/use-voice-answer'
import { graphql } from '~/graphql/gql'
import { query } from '~/graphql.server'
import { signInUrlFor } from '~/session.server'

const RoomQuery = graphql(`
  query Room($id: ID!) {
    viewer {
      id
    }
    scorers {
      id
      weight
    }
    node(id: $id) {
      __typename
      ... on MockInterview {
        id
        title
        status
        plan {
          text
        }
        # 15 planned questions at most, each with at most one follow-up
        asked: exchanges(first: 30) {
          edges {
            node {
              id
              followUpOf {
                id
              }
            }
          }
        }
        current: exchanges(last: 1) {
          edges {
            node {
              ...RoomExchange
            }
          }
        }
      }
    }
  }
`)

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? 'Interview'} · Encore` },
]

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  const { data } = await query(context, RoomQuery, { id: params.id! })
  if (!data.viewer) throw redirect(signInUrlFor(request))
  const interview = data.node?.__typename === 'MockInterview' ? data.node : null
  if (!interview) throw new Response('There is no interview at this address.', { status: 404 })
  if (interview.status === 'COMPLETED') throw redirect(`/dashboard/mock/${params.id}/summary`)
  const exchanges = interview.asked.edges.map(({ node }) => node)
  const last = interview.current.edges[0]?.node ?? null
  const newest = last?.attempts.edges.at(-1)?.node ?? null
  const mode = new URL(request.url).searchParams.get('mode') === 'typed' ? 'typed' : 'voice'
  return {
    id: interview.id,
    title: interview.title,
    status: interview.status,
    planned: interview.plan.length,
    // planned questions asked so far, in order, for "Question 2 of 5"
    askedIds: exchanges.filter((exchange) => !exchange.followUpOf).map((exchange) => exchange.id),
    // scorers with weight 0 only produce artifacts (the rewrite): no row to tick
    scorerIds: data.scorers.filter((scorer) => scorer.weight > 0).map((scorer) => scorer.id),
    resume: last
      ? { exchange: last, attempt: newest && { id: newest.id, status: newest.status } }
      : null,
    mode: mode as 'voice' | 'typed',
  }
}

export default function InterviewRoom() {
  const data = useLoaderData<typeof loader>()
  // the key restarts the room when the candidate opens another interview
  return <Room key={data.id} {...data} />
}

function Room(props: ReturnType<typeof useLoaderData<typeof loader>>) {
  const api = useMemo<RoomApi | null>(
    () => (typeof window === 'undefined' ? null : createRoomApi()),
    [],
  )
  // on the server the actor renders its first state and never runs an actor, so no API is called
  const machine = useMemo(() => createRoomMachine(api ?? createRoomApi('http://server')), [api])
  const actor = useActorRef(machine, {
    input: { interviewId: props.id, mode: props.mode, resume: props.resume },
  })
  const snapshot = useSelector(actor, (s) => s)
  const context = snapshot.context
  const navigate = useNavigate()
  const [avatar, setAvatar] = useState<AvatarSessionInfo | null>(null)

  useEffect(() => {
    if (!api) return
    let session: AvatarSessionInfo | null = null
    void createAvatarSession(api, props.id).then((created) => {
      session = created
      setAvatar(created)
    })
    const leave = () => closeAvatarSession(session)
    window.addEventListener('pagehide', leave)
    // another tab (or the idle sweep) closing the interview ends this room too
    const stop = api.subscribe(
      InterviewEventsSubscription,
      { interviewId: props.id },
      {
        next: (data) => {
          const event = data.mockInterviewEvents
          if (
            event.__typename === 'MockInterviewStatusChanged' &&
            ['COMPLETED', 'ABANDONED'].includes(event.status)
          ) {
            actor.send({ type: 'INTERVIEW_CLOSED', status: event.status })
          }
        },
        error: () => {},
        complete: () => {},
      },
    )
    return () => {
      window.removeEventListener('pagehide', leave)
      leave()
      stop()
      api.dispose()
    }
  }, [api, actor, props.id])

  useEffect(() => {
    if (snapshot.matches('summary')) navigate(`/dashboard/mock/${props.id}/summary`)
  }, [snapshot, navigate, props.id])

  const transcriptionToken = useCallback(async () => {
    if (!api) return null
    const data = await api.request(CreateTranscriptionTokenMutation, {})
    const result = data.createTranscriptionToken
    return result.__typename === 'TranscriptionToken' ? result.token : null
  }, [api])
  const onUnavailable = useCallback(
    (reason: 'denied' | 'absent') => actor.send({ type: 'MICROPHONE_UNAVAILABLE', reason }),
    [actor],
  )
  const [silenceMs, setSilenceMs] = useSilenceSetting()
  const voice = useVoiceAnswer({ transcriptionToken, silenceMs, onUnavailable })

  const exchange = context.exchange
  const draftKey = `encore:draft:${exchange?.id ?? 'none'}`
  const listening = snapshot.matches('listening')
  const unsaved =
    voice.state !== 'idle' ||
    context.pending !== null ||
    snapshot.matches({ processing: 'submitting' })
  useLeaveWarning(unsaved)

  async function finishVoice() {
    const answer = await voice.finish()
    if (answer) actor.send({ type: 'SUBMIT', answer })
  }

  const [askedIds, setAskedIds] = useState(props.askedIds)
  useEffect(() => {
    if (exchange && !exchange.followUpOf && !askedIds.includes(exchange.id)) {
      setAskedIds([...askedIds, exchange.id])
    }
  }, [exchange, askedIds])

  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <Link to="/dashboard" className="link text-sm">
            ← Your interviews
          </Link>
          <h1 className="mt-1 truncate text-2xl font-bold tracking-tight">{props.title}</h1>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          {snapshot.matches('asking') || snapshot.matches('listening') ? (
            <button
              type="button"
              className="btn-secondary px-3 py-1.5 text-sm"
              onClick={() => {
                const ok =
                  !unsaved ||
                  window.confirm('Your answer has not been sent. Finish the interview without it?')
                if (!ok) return
                voice.cancel()
                actor.send({ type: 'FINISH' })
              }}
            >
              Finish interview
            </button>
          ) : null}
          {exchange ? (
            <p
              className="rounded-full bg-slate-100 px-3 py-1 text-sm text-slate-700"
              data-testid="progress"
            >
              {exchange.followUpOf
                ? 'Follow-up question'
                : `Question ${askedIds.indexOf(exchange.id) + 1 || askedIds.length + 1} of ${props.planned}`}
            </p>
          ) : null}
        </div>
      </div>

      <RoomNotice
        context={context}
        onDismiss={() => actor.send({ type: 'DISMISS_NOTICE' })}
        onSendAgain={() => actor.send({ type: 'SEND_AGAIN' })}
        listening={listening}
      />

      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div className="space-y-3">
          <AvatarStage
            session={avatar}
            question={exchange?.questionText ?? null}
            asking={snapshot.matches('asking')}
            onAsked={() => actor.send({ type: 'QUESTION_ASKED' })}
          />
          {exchange ? (
            <p className="text-sm text-slate-500">
              {formatCompetency(exchange.competency)} ·{' '}
              {exchange.kind === 'SITUATIONAL'
                ? 'say what you would do'
                : exchange.kind === 'TECHNICAL'
                  ? 'technical'
                  : 'a real example from your past'}
            </p>
          ) : null}
        </div>

        <div
          className="min-w-0 space-y-6 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6"
          data-state={stateName(snapshot.value)}
        >
          {snapshot.matches('resuming') || snapshot.matches('introLoading') ? (
            <Skeleton label="Preparing your question…" />
          ) : null}

          {snapshot.matches('loadFailed') ? (
            <button
              type="button"
              className="btn-primary"
              onClick={() => actor.send({ type: 'RELOAD' })}
            >
              Load the question again
            </button>
          ) : null}

          {snapshot.matches('asking') ? (
            <div className="space-y-3">
              <p className="text-slate-600">
                Listen to the question, then answer in your own time.
              </p>
              <button
                type="button"
                className="btn-secondary"
                onClick={() => actor.send({ type: 'QUESTION_ASKED' })}
              >
                I’m ready to answer
              </button>
            </div>
          ) : null}

          {listening && context.mode === 'voice' ? (
            <ListeningControls
              recording={voice.state === 'recording'}
              starting={voice.state === 'starting' || voice.state === 'finishing'}
              level={voice.level}
              elapsedMs={voice.elapsedMs}
              caption={voice.caption}
              silenceOffer={voice.silenceOffer}
              liveFailed={voice.liveFailed}
              onStart={() => void voice.start()}
              onFinish={() => void finishVoice()}
              onTypeInstead={() => {
                voice.cancel()
                actor.send({ type: 'SET_MODE', mode: 'typed' })
              }}
            />
          ) : null}
          {listening && context.mode === 'voice' ? (
            <SilenceSetting value={silenceMs} onChange={setSilenceMs} />
          ) : null}

          {listening && context.mode === 'typed' ? (
            <TypedAnswer
              draftKey={draftKey}
              label="Your answer"
              submitLabel="Submit answer"
              onSubmit={(transcript) => {
                actor.send({ type: 'SUBMIT', answer: { kind: 'typed', transcript } })
                clearDraft(draftKey)
              }}
              onSpeakInstead={() => actor.send({ type: 'SET_MODE', mode: 'voice' })}
            />
          ) : null}

          {snapshot.matches('processing') ? (
            <ProcessingPanel
              scorerIds={props.scorerIds}
              ticks={context.scorers}
              online={context.online}
              waiting={
                snapshot.matches({ processing: 'submitting' }) ||
                snapshot.matches({ processing: 'waitingToResend' })
              }
            />
          ) : null}

          {snapshot.matches('awaitingTranscript') ? (
            <AwaitingTranscript
              attemptId={context.attemptId!}
              reason={context.degradedReason}
              onTranscript={(transcript) => actor.send({ type: 'PROVIDE_TRANSCRIPT', transcript })}
            />
          ) : null}

          {snapshot.matches('feedback') ? (
            <AttemptFeedback
              context={context}
              actor={actor}
              keeping={snapshot.matches({ feedback: 'keeping' })}
            />
          ) : null}

          {snapshot.matches('planDone') ? (
            <PlanDone onFinish={() => actor.send({ type: 'FINISH' })} />
          ) : null}

          {snapshot.matches('finishing') || snapshot.matches('summary') ? (
            <Skeleton label="Writing your summary…" />
          ) : null}

          {snapshot.matches('closed') ? (
            <InterviewClosed interviewId={props.id} status={context.closedStatus} />
          ) : null}
        </div>
      </div>
    </div>
  )
}

function stateName(value: unknown): string {
  return typeof value === 'string' ? value : (Object.keys(value as object)[0] ?? '')
}

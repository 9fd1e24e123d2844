/** Everything the engine publishes, on `attempt:<id>` and `interview:<id>` topics. */
import type { AttemptEvent } from '../attempts/attempt-events.ts'
import type { InterviewEvent } from '../interviews/interview-events.ts'
import type { PubSub } from './pubsub.ts'

export type EngineEvent = AttemptEvent | InterviewEvent

export type EnginePubSub = PubSub<EngineEvent>

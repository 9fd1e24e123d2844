import type { AvatarSession } from '../../interview/integrations/avatar/avatar-provider.ts'
import {
  ServiceNotConfiguredError,
  ServiceUnavailableError,
} from '../../interview/integrations/service-error.ts'
import type { BrowserToken } from '../../interview/integrations/transcription/deepgram.ts'
import { InterviewClosedError, NotFoundError } from '../../interview/errors.ts'
import { builder } from '../builder.ts'
import { requireLocalId } from '../global-ids.ts'
import { rateLimited, RateLimitedError } from '../rate-limit.ts'

const TranscriptionTokenRef = builder.objectRef<BrowserToken>('TranscriptionToken').implement({
  description:
    'A short-lived Deepgram token for the browser’s live transcription: send it as ' +
    '"Authorization: Bearer <token>" (or the `bearer` WebSocket subprotocol).',
  fields: (t) => ({
    token: t.exposeString('accessToken'),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
  }),
})

const AvatarSessionRef = builder.objectRef<AvatarSession>('AvatarSession').implement({
  description:
    'The interviewer on screen. speaksInBrowser: the browser reads the questions aloud over a ' +
    'static avatar (no service needed); else join the provider’s session with its token.',
  fields: (t) => ({
    provider: t.exposeString('provider', { description: 'heygen or local.' }),
    sessionId: t.exposeString('sessionId'),
    speaksInBrowser: t.exposeBoolean('speaksInBrowser'),
    avatarId: t.exposeString('avatarId', { nullable: true }),
    voiceId: t.exposeString('voiceId', { nullable: true }),
    sessionToken: t.exposeString('sessionToken', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    accessToken: t.exposeString('accessToken', { nullable: true }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
  }),
})

builder.mutationField('createTranscriptionToken', (t) =>
  t.field({
    type: TranscriptionTokenRef,
    description:
      'SERVICE_NOT_CONFIGURED without DEEPGRAM_API_KEY: typed answers still work. 120 per hour.',
    authScopes: { 'interviews:write': true },
    errors: { types: [RateLimitedError, ServiceNotConfiguredError, ServiceUnavailableError] },
    resolve: async (_root, _args, ctx) => {
      await rateLimited(ctx, 'createTranscriptionToken')
      return ctx.services.voice.createTranscriptionToken(ctx.viewer!)
    },
  }),
)

builder.mutationField('createAvatarSession', (t) =>
  t.field({
    type: AvatarSessionRef,
    description:
      'A HeyGen streaming session when HEYGEN_API_KEY is set, else the local avatar. Give the ' +
      'interview it asks for: the server closes the session when the interview finishes or ' +
      'goes quiet. 20 per hour.',
    authScopes: { 'interviews:write': true },
    errors: {
      types: [
        InterviewClosedError,
        NotFoundError,
        RateLimitedError,
        ServiceNotConfiguredError,
        ServiceUnavailableError,
      ],
    },
    args: {
      interviewId: t.arg.id({
        description: 'The interview the avatar asks for; its end closes the session.',
      }),
    },
    resolve: async (_root, { interviewId }, ctx) => {
      await rateLimited(ctx, 'createAvatarSession')
      return ctx.services.avatar.create(ctx.viewer!, {
        interviewId: interviewId == null ? undefined : requireLocalId(interviewId, 'MockInterview'),
      })
    },
  }),
)

const ClosedAvatarSessionRef = builder
  .objectRef<{ sessionId: string }>('ClosedAvatarSession')
  .implement({
    fields: (t) => ({ sessionId: t.exposeString('sessionId') }),
  })

builder.mutationField('closeAvatarSession', (t) =>
  t.field({
    type: ClosedAvatarSessionRef,
    description:
      'Ends one of your avatar sessions now (e.g. when the tab closes); the server also ends ' +
      'it when its interview finishes or goes quiet.',
    authScopes: { 'interviews:write': true },
    errors: { types: [NotFoundError] },
    args: { sessionId: t.arg.string({ required: true }) },
    resolve: (_root, { sessionId }, ctx) => ctx.services.avatar.close(ctx.viewer!, sessionId),
  }),
)

import type { AvatarSession } from '../../interview/integrations/avatar/avatar-provider.ts'
import {
  ServiceNotConfiguredError,
  ServiceUnavailableError,
} from '../../interview/integrations/service-error.ts'
import type { BrowserToken } from '../../interview/integrations/transcription/deepgram.ts'
import { builder } from '../builder.ts'

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
    description: 'SERVICE_NOT_CONFIGURED without DEEPGRAM_API_KEY: typed answers still work.',
    authScopes: { 'interviews:write': true },
    errors: { types: [ServiceNotConfiguredError, ServiceUnavailableError] },
    resolve: (_root, _args, ctx) => ctx.services.voice.createTranscriptionToken(ctx.viewer!),
  }),
)

builder.mutationField('createAvatarSession', (t) =>
  t.field({
    type: AvatarSessionRef,
    description: 'A HeyGen streaming session when HEYGEN_API_KEY is set, else the local avatar.',
    authScopes: { 'interviews:write': true },
    errors: { types: [ServiceNotConfiguredError, ServiceUnavailableError] },
    resolve: (_root, _args, ctx) => ctx.services.avatar.createSession(ctx.viewer!),
  }),
)

import { InvalidCredentialsError } from '../../interview/errors.ts'
import { builder } from '../builder.ts'
import { rateLimited, RateLimitedError } from '../rate-limit.ts'

/** Where `createDataExport`'s archive is downloaded (server/create-server.ts serves it). */
export const exportPath = '/export'

const DataExportRef = builder.objectRef<{ key: string; expiresAt: Date }>('DataExport').implement({
  description:
    'A single-use link to a zip of everything Encore stores about you: every record as JSON, ' +
    'your stories as Markdown, your recordings.',
  fields: (t) => ({
    url: t.string({
      description: 'Download it with GET, relative to this server; it works once.',
      resolve: ({ key }) => `${exportPath}/${key}`,
    }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
  }),
})

builder.mutationField('createDataExport', (t) =>
  t.field({
    type: DataExportRef,
    description: 'A link to download all your data, valid 15 minutes. Needs ACCOUNT.',
    authScopes: { account: true },
    resolve: (_root, _args, ctx) => ctx.services.privacy.createExport(ctx.viewer!),
  }),
)

const DeleteAccountInput = builder.inputType('DeleteAccountInput', {
  fields: (t) => ({
    password: t.string({ required: true, description: 'Your password, to confirm.' }),
  }),
})

const DeletedAccountRef = builder.objectRef<{ userId: string }>('DeletedAccount').implement({
  description: 'Everything is gone: every record, every recording; its tokens no longer work.',
  fields: (t) => ({
    deletedId: t.globalID({ resolve: ({ userId }) => ({ type: 'Viewer', id: userId }) }),
  }),
})

builder.mutationField('deleteAccount', (t) =>
  t.field({
    type: DeletedAccountRef,
    description:
      'Deletes your account and all its data, recordings included, for good; every session and ' +
      'token stops working and their sockets close. Needs ACCOUNT and your password.',
    authScopes: { account: true },
    errors: { types: [InvalidCredentialsError, RateLimitedError] },
    args: { input: t.arg({ type: DeleteAccountInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      // a wrong password here is a guess like a sign-in's: the same limit
      await rateLimited(ctx, 'signIn', 'deleteAccount')
      return ctx.services.privacy.deleteAccount(ctx.viewer!, input.password)
    },
  }),
)

type ServiceUse = { name: string; purpose: string; receives: string }

const ExternalServiceUseRef = builder.objectRef<ServiceUse>('ExternalServiceUse').implement({
  description: 'A third-party service this server is configured to use, and what it is sent.',
  fields: (t) => ({
    name: t.exposeString('name'),
    purpose: t.exposeString('purpose'),
    receives: t.exposeString('receives'),
  }),
})

export type DataPolicy = {
  database: string
  recordingRetentionDays: number | null
  sessionDays: number
  idleInterviewHours: number
  services: ServiceUse[]
}

const DataPolicyRef = builder.objectRef<DataPolicy>('DataPolicy').implement({
  description: 'What this server stores, for how long, and who else receives what.',
  fields: (t) => ({
    database: t.exposeString('database', {
      description: 'Where records live: "embedded" (files on this server) or "postgresql".',
    }),
    recordingRetentionDays: t.exposeInt('recordingRetentionDays', {
      nullable: true,
      description: 'Recordings are deleted after this many days (transcripts stay); null: kept.',
    }),
    sessionDays: t.exposeInt('sessionDays', { description: 'How long a sign-in lasts.' }),
    idleInterviewHours: t.exposeFloat('idleInterviewHours', {
      description: 'An interview left this long is abandoned (its answers are kept).',
    }),
    services: t.expose('services', { type: [ExternalServiceUseRef] }),
  }),
})

builder.queryField('dataPolicy', (t) =>
  t.field({
    type: DataPolicyRef,
    description: 'This server’s data policy; public, for the privacy page.',
    resolve: (_root, _args, ctx) => ctx.services.dataPolicy,
  }),
)

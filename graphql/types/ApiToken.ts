import { tokenScopes, type TokenScope } from '../../interview/accounts/scopes.ts'
import {
  ForbiddenScopeError,
  NotFoundError,
  ValidationFailedError,
} from '../../interview/errors.ts'
import { builder } from '../builder.ts'
import { requireLocalId } from '../global-ids.ts'
import { rateLimited, RateLimitedError } from '../rate-limit.ts'

export const ApiTokenScopeEnum = builder.enumType('ApiTokenScope', {
  description: 'What an API token may do. A signed-in session may do all of it.',
  values: Object.fromEntries(
    tokenScopes.map((scope) => [scope.replace(':', '_').toUpperCase(), { value: scope }]),
  ) as Record<string, { value: TokenScope }>,
})

export const ApiTokenRef = builder.prismaNode('ApiToken', {
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, ctx) => ({ id, userId: ctx.viewer?.userId ?? '' }),
  authScopes: (token) => ({ $all: { owner: token.userId, account: true } }),
  description:
    'A long-lived token for a third-party client. Its secret was shown once, at creation.',
  fields: (t) => ({
    name: t.exposeString('name'),
    prefix: t.exposeString('prefix', { description: 'The first characters of the secret.' }),
    scopes: t.field({
      type: [ApiTokenScopeEnum],
      resolve: (token) => token.scopes as TokenScope[],
    }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
})

const CreatedApiToken = builder
  .objectRef<{ token: string; apiToken: { id: string } }>('CreatedApiToken')
  .implement({
    fields: (t) => ({
      token: t.exposeString('token', {
        description: 'The secret, shown only now: send it as "Authorization: Bearer <token>".',
      }),
      apiToken: t.field({ type: ApiTokenRef, resolve: (created) => created.apiToken as never }),
    }),
  })

const CreateApiTokenInput = builder.inputType('CreateApiTokenInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: 'What it is for, e.g. "CI".' }),
    scopes: t.field({ type: [ApiTokenScopeEnum], required: true }),
    expiresInDays: t.int({ description: 'Unset: it never expires.' }),
  }),
})

builder.mutationField('createApiToken', (t) =>
  t.field({
    type: CreatedApiToken,
    description: 'Mints an API token. Needs a signed-in session (an API token cannot mint tokens).',
    authScopes: { account: true },
    errors: { types: [ForbiddenScopeError, RateLimitedError, ValidationFailedError] },
    args: { input: t.arg({ type: CreateApiTokenInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      await rateLimited(ctx, 'createApiToken')
      return ctx.services.accounts.createApiToken(ctx.viewer!, input)
    },
  }),
)

builder.mutationField('revokeApiToken', (t) =>
  t.field({
    type: ApiTokenRef,
    description: 'Revokes one of your API tokens: it is refused from now on.',
    authScopes: { account: true },
    errors: { types: [NotFoundError] },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) =>
      ctx.services.accounts.revokeApiToken(ctx.viewer!, requireLocalId(id, 'ApiToken')),
  }),
)

import { builder } from '../builder.ts'
import { ApiTokenRef } from './ApiToken.ts'
import './MockInterview.ts'

/** The signed-in user, as they see themselves. */
export const ViewerRef = builder.prismaNode('User', {
  name: 'Viewer',
  id: { field: 'id' },
  nullable: true,
  // node(id) finds only the viewer: another user's id is null, like an unknown one (decision 040).
  findUnique: (id, ctx) => ({ id: id === ctx.viewer?.userId ? id : '' }),
  // `signedIn` is granted by AuthSession.viewer: the user who just proved their password.
  authScopes: (user) => ({ owner: user.id, $granted: 'signedIn' }),
  fields: (t) => ({
    email: t.exposeString('email'),
    name: t.exposeString('name', { nullable: true }),
    interviews: t.relatedConnection('interviews', {
      description: 'Mock interviews, newest first.',
      cursor: 'id',
      authScopes: { 'interviews:read': true },
      query: () => ({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
    }),
    apiTokens: t.relation('apiTokens', {
      description: 'API tokens, newest first, revoked ones included.',
      type: ApiTokenRef,
      // without ACCOUNT this field alone is null with FORBIDDEN_SCOPE; the rest of viewer answers
      nullable: true,
      authScopes: { account: true },
      query: () => ({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
    }),
  }),
})

builder.queryField('viewer', (t) =>
  t.prismaField({
    type: ViewerRef,
    nullable: true,
    description: 'Who is signed in (by session cookie, session token or API token), or null.',
    resolve: (query, _root, _args, ctx) => ctx.services.accounts.getViewer(ctx.viewer, query),
  }),
)

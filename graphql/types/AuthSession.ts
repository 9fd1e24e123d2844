import type { SignedIn } from '../../interview/accounts/accounts.ts'
import {
  EmailTakenError,
  InvalidCredentialsError,
  ValidationFailedError,
} from '../../interview/errors.ts'
import { builder } from '../builder.ts'
import { rateLimitedByAddress, RateLimitedError } from '../rate-limit.ts'
import { ViewerRef } from './Viewer.ts'

const AuthSession = builder.objectRef<SignedIn>('AuthSession').implement({
  description:
    'A new session. The web app keeps the token in its cookie; a client sends it as a Bearer token.',
  fields: (t) => ({
    // The request that signed in carried no session yet; the password just proved ownership.
    viewer: t.field({
      type: ViewerRef,
      grantScopes: ['signedIn'],
      resolve: (session) => session.user,
    }),
    sessionToken: t.exposeString('sessionToken', {
      description: 'Shown only now. Send it as "Authorization: Bearer <token>" until expiresAt.',
    }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
  }),
})

const SignUpInput = builder.inputType('SignUpInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true, description: 'At least 10 characters.' }),
    name: t.string(),
  }),
})

const SignInInput = builder.inputType('SignInInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true }),
  }),
})

builder.mutationField('signUp', (t) =>
  t.field({
    type: AuthSession,
    description: 'Creates an account and signs it in.',
    errors: { types: [EmailTakenError, RateLimitedError, ValidationFailedError] },
    args: { input: t.arg({ type: SignUpInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      // Only accounts created count: a refused form gives its hit back (decision 071).
      const hit = await rateLimitedByAddress(ctx, 'signUp')
      try {
        return await ctx.services.accounts.signUp(input)
      } catch (error) {
        await hit.refund()
        throw error
      }
    },
  }),
)

builder.mutationField('signIn', (t) =>
  t.field({
    type: AuthSession,
    description: 'Signs in with email and password.',
    errors: { types: [InvalidCredentialsError, RateLimitedError, ValidationFailedError] },
    args: { input: t.arg({ type: SignInInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      await rateLimitedByAddress(ctx, 'signIn', input.email.trim().toLowerCase())
      return ctx.services.accounts.signIn(input)
    },
  }),
)

builder.mutationField('signOut', (t) =>
  t.boolean({
    description: 'Ends the current session; false when the request carried none.',
    resolve: (_root, _args, ctx) => ctx.services.accounts.signOut(ctx.viewer),
  }),
)

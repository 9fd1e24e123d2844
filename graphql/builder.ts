import SchemaBuilder from '@pothos/core'
import ErrorsPlugin from '@pothos/plugin-errors'
import PrismaPlugin from '@pothos/plugin-prisma'
import RelayPlugin from '@pothos/plugin-relay'
import ScopeAuthPlugin from '@pothos/plugin-scope-auth'
import ValidationPlugin from '@pothos/plugin-validation'
import type PrismaTypes from '../generated/pothos-types.ts'
import { getDatamodel } from '../generated/pothos-types.ts'
import { hasScope, tokenScopes, type TokenScope } from '../interview/accounts/scopes.ts'
import {
  AuthenticationRequiredError,
  EncoreError,
  ForbiddenScopeError,
  ValidationFailedError,
} from '../interview/errors.ts'
import type { GraphQLContext } from './context.ts'
import { pageSizes } from './query-cost.ts'

type ScopeLoaders = {
  authenticated: boolean
  /** the row belongs to the viewer: `authScopes: (row) => ({ owner: row.userId })` */
  owner: string
} & Record<TokenScope, boolean>

export const builder = new SchemaBuilder<{
  Context: GraphQLContext
  PrismaTypes: PrismaTypes
  AuthScopes: ScopeLoaders
  Scalars: {
    DateTime: { Input: Date; Output: Date }
    ID: { Input: string; Output: string }
    File: { Input: File; Output: never }
  }
  DefaultFieldNullability: false
}>({
  // The order matters: scope-auth runs first, errors wraps prisma fields too.
  plugins: [ScopeAuthPlugin, ErrorsPlugin, PrismaPlugin, RelayPlugin, ValidationPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: (ctx) => ({
      authenticated: ctx.viewer !== null,
      owner: (userId: string) => ctx.viewer !== null && ctx.viewer.userId === userId,
      ...(Object.fromEntries(
        tokenScopes.map((scope) => [scope, hasScope(ctx.viewer, scope)]),
      ) as Record<TokenScope, boolean>),
    }),
    // A field's missing scope becomes a typed error the client can branch on (or extensions.code).
    unauthorizedError: (_parent, ctx, _info, result) => {
      if (!ctx.viewer) return new AuthenticationRequiredError()
      const scopes = missingScopes(result.failure)
      return scopes.length > 0
        ? new ForbiddenScopeError(scopes)
        : new ForbiddenScopeError([], `You cannot read or change this. ${result.message}`)
    },
  },
  errors: {
    // Only expected failures become typed results; anything else stays a GraphQL error, masked
    // by Yoga in production. Catching every Error here would leak internal messages.
    defaultTypes: [EncoreError as unknown as new (...args: any[]) => EncoreError],
    directResult: true,
    defaultUnionOptions: {
      name: ({ parentTypeName, fieldName }) =>
        `${parentTypeName === 'Mutation' ? '' : parentTypeName}${capitalize(fieldName)}Result`,
    },
  },
  prisma: {
    client: (ctx) => ctx.services.db,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: null,
    // A page is 20 unless `first` says otherwise, never more than 100 (see query-limits.ts).
    defaultConnectionSize: pageSizes.defaultPage,
    maxConnectionSize: pageSizes.maxPage,
  },
  // An argument's schema failure is the same typed VALIDATION_FAILED the services throw.
  validation: {
    validationError: (failure) =>
      new ValidationFailedError(
        failure.issues.map((issue) => ({
          path: (issue.path ?? []).map((part) =>
            String(typeof part === 'object' ? part.key : part),
          ),
          message: issue.message,
        })),
      ),
  },
  relay: {
    cursorType: 'String',
    clientMutationId: 'omit',
    // node and nodes are graphql/types/Node.ts: an unusable id there is null, not an error.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
})

builder.scalarType('DateTime', {
  description: 'An ISO 8601 date and time in UTC, e.g. 2026-11-25T09:30:00.000Z.',
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
      throw new TypeError('DateTime must be an ISO 8601 string, e.g. 2026-11-25T09:30:00.000Z.')
    }
    return new Date(value)
  },
})

builder.scalarType('File', {
  description:
    'A file sent with the GraphQL multipart request spec (e.g. an answer recording); input only.',
  serialize: () => {
    throw new TypeError('File is an input-only scalar.')
  },
  // Yoga's multipart parser hands over its own File class (a ponyfill), so check the shape.
  parseValue: (value) => {
    const file = value as File | null
    if (typeof file?.arrayBuffer !== 'function' || typeof file.type !== 'string') {
      throw new TypeError('Send the file as a multipart upload.')
    }
    return file
  },
})

builder.queryType({})
builder.mutationType({})
builder.subscriptionType({})

function capitalize(value: string): string {
  return value.slice(0, 1).toUpperCase() + value.slice(1)
}

function missingScopes(failure: unknown): string[] {
  const found: string[] = []
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const { kind, scope, failures } = node as {
      kind?: string
      scope?: string
      failures?: unknown[]
    }
    if (kind === 'AuthScope' && scope && (tokenScopes as readonly string[]).includes(scope))
      found.push(scope)
    failures?.forEach(visit)
  }
  visit(failure)
  return [...new Set(found)]
}

import type { ScorerListing } from '../../interview/scorers/scorers.ts'
import { builder } from '../builder.ts'

const ScorerRef = builder.objectRef<ScorerListing>('Scorer').implement({
  description: 'A scorer this server runs on every answer, with its weight in its dimension.',
  fields: (t) => ({
    id: t.exposeString('id'),
    version: t.exposeString('version'),
    dimension: t.exposeString('dimension', {
      description: 'content, delivery, structure, or a plugin’s own.',
    }),
    weight: t.exposeFloat('weight', { description: '0: it only produces artifacts (rewrite…).' }),
    description: t.exposeString('description'),
  }),
})

builder.queryField('scorers', (t) =>
  t.field({
    type: [ScorerRef],
    description: 'The registered scorers, in the order they run.',
    authScopes: { authenticated: true },
    resolve: (_root, _args, ctx) => ctx.services.scorers.list(),
  }),
)

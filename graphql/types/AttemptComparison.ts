import type {
  AttemptComparison,
  ScoreChange,
  StarChange,
} from '../../interview/attempts/attempt-comparison.ts'
import { builder } from '../builder.ts'

const ScoreChangeRef = builder.objectRef<ScoreChange>('ScoreChange').implement({
  fields: (t) => ({
    before: t.exposeFloat('before', { nullable: true }),
    after: t.exposeFloat('after', { nullable: true }),
    delta: t.exposeFloat('delta', {
      nullable: true,
      description: 'after − before, when both exist.',
    }),
  }),
})

const StarChangeEnum = builder.enumType('StarChange', {
  values: {
    GAINED: { value: 'gained' },
    LOST: { value: 'lost' },
    KEPT: { value: 'kept' },
    MISSING: { value: 'missing' },
  } as const,
})

const StarChangesRef = builder.objectRef<AttemptComparison['star']>('StarChanges').implement({
  fields: (t) => ({
    situation: t.field({ type: StarChangeEnum, resolve: (s) => s.situation as StarChange }),
    task: t.field({ type: StarChangeEnum, resolve: (s) => s.task as StarChange }),
    action: t.field({ type: StarChangeEnum, resolve: (s) => s.action as StarChange }),
    result: t.field({ type: StarChangeEnum, resolve: (s) => s.result as StarChange }),
  }),
})

const DimensionChangesRef = builder
  .objectRef<AttemptComparison['dimensions']>('DimensionChanges')
  .implement({
    fields: (t) => ({
      content: t.expose('content', { type: ScoreChangeRef }),
      delivery: t.expose('delivery', { type: ScoreChangeRef }),
      structure: t.expose('structure', { type: ScoreChangeRef }),
    }),
  })

export const AttemptComparisonRef = builder
  .objectRef<AttemptComparison>('AttemptComparison')
  .implement({
    description: 'What changed since the previous scored attempt of the same question.',
    fields: (t) => ({
      previousAttemptId: t.globalID({
        resolve: (c) => ({ type: 'MockInterviewAttempt', id: c.previousAttemptId }),
      }),
      overall: t.expose('overall', { type: ScoreChangeRef }),
      dimensions: t.expose('dimensions', { type: DimensionChangesRef }),
      star: t.expose('star', { type: StarChangesRef }),
    }),
  })

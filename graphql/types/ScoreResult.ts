import type { ResponseFeedbackItem } from '../../scoring/index.ts'
import { builder } from '../builder.ts'
import { FeedbackItemRef, ScorerStatusEnum } from './AttemptResult.ts'
import { TextSpanRef, type Span } from './TextSpan.ts'

type MetricValue = string | number | boolean | null | string[] | number[]

const MetricRef = builder.objectRef<{ name: string; value: MetricValue }>('Metric').implement({
  description: 'A measurement a scorer reports; exactly one of the value fields is set (or none).',
  fields: (t) => ({
    name: t.exposeString('name'),
    number: t.float({
      nullable: true,
      resolve: ({ value }) => (typeof value === 'number' ? value : null),
    }),
    text: t.string({
      nullable: true,
      resolve: ({ value }) => (typeof value === 'string' ? value : null),
    }),
    flag: t.boolean({
      nullable: true,
      resolve: ({ value }) => (typeof value === 'boolean' ? value : null),
    }),
    list: t.stringList({
      nullable: true,
      resolve: ({ value }) => (Array.isArray(value) ? value.map(String) : null),
    }),
  }),
})

export const ScoreResultRef = builder.prismaNode('ScoreResult', {
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, ctx) => ({
    id,
    attempt: { exchange: { interview: { userId: ctx.viewer?.userId ?? '' } } },
  }),
  authScopes: { 'interviews:read': true },
  // checked once per object, not around each of its fields (decision 095)
  runScopesOnType: true,
  // Select mode: feedback, evidence and metrics are JSON, read only when asked for. The small
  // columns are always read and resolve straight from the row, since an exposed column in select
  // mode goes through plugin-prisma's per-field bookkeeping (decision 084).
  select: {
    id: true,
    scorerId: true,
    scorerVersion: true,
    dimension: true,
    status: true,
    score: true,
    label: true,
    weight: true,
    suggestions: true,
    error: true,
    durationMs: true,
    createdAt: true,
  },
  description: 'One scorer’s run on one attempt, stored as it finished.',
  fields: (t) => ({
    scorerId: t.string({ resolve: (row) => row.scorerId }),
    scorerVersion: t.string({ resolve: (row) => row.scorerVersion }),
    dimension: t.string({ resolve: (row) => row.dimension }),
    status: t.field({ type: ScorerStatusEnum, resolve: (row) => row.status }),
    score: t.float({ nullable: true, resolve: (row) => row.score }),
    label: t.string({ nullable: true, resolve: (row) => row.label }),
    weight: t.float({ resolve: (row) => row.weight }),
    feedback: t.field({
      type: [FeedbackItemRef],
      select: { feedback: true, scorerId: true },
      resolve: (row) =>
        (row.feedback as unknown as Omit<ResponseFeedbackItem, 'scorerId'>[]).map((item) => ({
          ...item,
          scorerId: row.scorerId,
        })),
    }),
    evidence: t.field({
      type: [TextSpanRef],
      description: 'Every evidence span of its feedback, in one list.',
      select: { evidence: true },
      resolve: (row) => row.evidence as unknown as Span[],
    }),
    metrics: t.field({
      type: [MetricRef],
      select: { metrics: true },
      resolve: (row) =>
        Object.entries(row.metrics as Record<string, MetricValue>).map(([name, value]) => ({
          name,
          value,
        })),
    }),
    suggestions: t.stringList({ resolve: (row) => row.suggestions }),
    error: t.string({
      nullable: true,
      description: 'Why it failed, timed out or abstained, prefixed with the scorer id.',
      resolve: (row) => row.error,
    }),
    durationMs: t.int({ resolve: (row) => row.durationMs }),
    createdAt: t.field({ type: 'DateTime', resolve: (row) => row.createdAt }),
  }),
})

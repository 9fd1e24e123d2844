import { ScoreResultStatus } from '../../generated/prisma/enums.ts'
import type {
  DimensionResult,
  MockInterviewAttemptResponse,
  ResponseFeedbackItem,
  ScorerSummary,
} from '../../scoring/index.ts'
import { builder } from '../builder.ts'
import { TextSpanRef } from './TextSpan.ts'

type Response = MockInterviewAttemptResponse
type Star = NonNullable<Response['star']>
type StarPartShape = Star['situation']
type Delivery = NonNullable<Response['delivery']>
type FollowUp = NonNullable<Response['followUp']>

export const ScorerStatusEnum = builder.enumType(ScoreResultStatus, {
  name: 'ScorerStatus',
  description: 'OK: it scored; ABSTAINED: nothing it could judge (reason given); FAILED, TIMEOUT.',
})

export const FeedbackKindEnum = builder.enumType('FeedbackKind', {
  values: { STRENGTH: { value: 'strength' }, IMPROVEMENT: { value: 'improvement' } } as const,
})

export const FeedbackItemRef = builder.objectRef<ResponseFeedbackItem>('FeedbackItem').implement({
  description: 'One judgement, with the words of the transcript it rests on.',
  fields: (t) => ({
    kind: t.expose('kind', { type: FeedbackKindEnum }),
    message: t.exposeString('message'),
    evidence: t.expose('evidence', {
      type: [TextSpanRef],
      description: 'Character offsets into the attempt’s transcript.',
    }),
    scorerId: t.exposeString('scorerId'),
  }),
})

const DimensionResultRef = builder.objectRef<DimensionResult>('DimensionResult').implement({
  description: 'A dimension’s weighted score, or null with the reason.',
  fields: (t) => ({
    score: t.exposeFloat('score', { nullable: true }),
    reason: t.exposeString('reason', {
      nullable: true,
      description: 'Why it is null, or which of its scorers did not count.',
    }),
    scorers: t.exposeStringList('scorers', { description: 'The ids of the scorers it groups.' }),
  }),
})

const NamedDimensionRef = builder
  .objectRef<DimensionResult & { name: string }>('NamedDimensionResult')
  .implement({
    description: 'A dimension a plugin scorer added beyond content, delivery and structure.',
    fields: (t) => ({
      name: t.exposeString('name'),
      score: t.exposeFloat('score', { nullable: true }),
      reason: t.exposeString('reason', { nullable: true }),
      scorers: t.exposeStringList('scorers'),
    }),
  })

const AttemptDimensionsRef = builder
  .objectRef<Response['dimensions']>('AttemptDimensions')
  .implement({
    fields: (t) => ({
      content: t.expose('content', { type: DimensionResultRef }),
      delivery: t.expose('delivery', { type: DimensionResultRef }),
      structure: t.expose('structure', { type: DimensionResultRef }),
      others: t.field({
        type: [NamedDimensionRef],
        resolve: (dimensions) =>
          Object.entries(dimensions)
            .filter(([name]) => !['content', 'delivery', 'structure'].includes(name))
            .map(([name, result]) => ({ name, ...result })),
      }),
    }),
  })

const StarPartRef = builder.objectRef<StarPartShape>('StarPart').implement({
  fields: (t) => ({
    present: t.exposeBoolean('present'),
    evidence: t.expose('evidence', { type: [TextSpanRef] }),
  }),
})

const StarAnalysisRef = builder.objectRef<Star>('StarAnalysis').implement({
  description:
    'Which STAR parts the answer has, with evidence, and whether the result is a number.',
  fields: (t) => ({
    situation: t.expose('situation', { type: StarPartRef }),
    task: t.expose('task', { type: StarPartRef }),
    action: t.expose('action', { type: StarPartRef }),
    result: t.expose('result', { type: StarPartRef }),
    quantified: t.exposeBoolean('quantified'),
  }),
})

const CountedWordsRef = builder.objectRef<Delivery['fillers']>('CountedWords').implement({
  fields: (t) => ({
    count: t.exposeInt('count'),
    words: t.exposeStringList('words'),
  }),
})

const DeliveryAnalysisRef = builder.objectRef<Delivery>('DeliveryAnalysis').implement({
  description:
    'Pace and pauses need word timings (null for a typed answer); fillers count from text.',
  fields: (t) => ({
    wpm: t.exposeFloat('wpm', { nullable: true }),
    fillers: t.expose('fillers', { type: CountedWordsRef }),
    fillersPerMinute: t.exposeFloat('fillersPerMinute', { nullable: true }),
    fillersPer100Words: t.exposeFloat('fillersPer100Words'),
    longPauses: t.exposeInt('longPauses', { nullable: true }),
    hedges: t.expose('hedges', { type: CountedWordsRef }),
  }),
})

export const FollowUpSuggestionRef = builder.objectRef<FollowUp>('FollowUpSuggestion').implement({
  description: 'What an interviewer would ask next, and which gap it probes.',
  fields: (t) => ({
    question: t.exposeString('question'),
    targets: t.exposeString('targets', {
      description: 'situation, task, action, result, specificity, ownership or relevance.',
    }),
    reason: t.exposeString('reason'),
  }),
})

const ScorerRunRef = builder.objectRef<ScorerSummary>('ScorerRun').implement({
  description:
    'One scorer’s run on the attempt: failed and abstained ones are listed, not dropped.',
  fields: (t) => ({
    id: t.exposeString('id'),
    version: t.exposeString('version'),
    dimension: t.exposeString('dimension'),
    status: t.field({
      type: ScorerStatusEnum,
      resolve: (run) => run.status.toUpperCase() as ScoreResultStatus,
    }),
    score: t.exposeFloat('score', { nullable: true }),
    label: t.exposeString('label', { nullable: true }),
    weight: t.exposeFloat('weight'),
    reason: t.exposeString('reason', { nullable: true }),
    durationMs: t.exposeFloat('durationMs'),
  }),
})

const ResultStatusEnum = builder.enumType('AttemptResultStatus', {
  description: 'PARTIAL: some scorer failed, timed out or abstained; `scorers` says which.',
  values: { COMPLETE: { value: 'complete' }, PARTIAL: { value: 'partial' } } as const,
})

const DegradedRef = builder.objectRef<{ reason: string }>('Degraded').implement({
  description:
    'An external service (LLM, speech-to-text) was unavailable; local results were used.',
  fields: (t) => ({ reason: t.exposeString('reason') }),
})

export const AttemptResultRef = builder.objectRef<Response>('AttemptResult').implement({
  description: 'A scored attempt: the MockInterviewAttemptResponse contract, typed.',
  fields: (t) => ({
    overall: t.exposeFloat('overall', { nullable: true }),
    dimensions: t.expose('dimensions', { type: AttemptDimensionsRef }),
    star: t.expose('star', { type: StarAnalysisRef, nullable: true }),
    delivery: t.expose('delivery', { type: DeliveryAnalysisRef, nullable: true }),
    feedback: t.expose('feedback', { type: [FeedbackItemRef] }),
    rewrite: t.exposeString('rewrite', {
      nullable: true,
      description: 'The answer rewritten as a stronger STAR story, from the candidate’s own facts.',
    }),
    followUp: t.expose('followUp', { type: FollowUpSuggestionRef, nullable: true }),
    scorers: t.expose('scorers', { type: [ScorerRunRef] }),
    status: t.expose('status', { type: ResultStatusEnum }),
    degraded: t.expose('degraded', { type: DegradedRef, nullable: true }),
  }),
})

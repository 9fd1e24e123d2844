import { MockInterviewStatus, QuestionKind } from '../../generated/prisma/enums.ts'
import {
  InterviewClosedError,
  NotFoundError,
  ValidationFailedError,
} from '../../interview/errors.ts'
import type { InterviewSummary } from '../../interview/summaries/summary.ts'
import type { InterviewPlan } from '../../interview/plans/interview-plan.ts'
import { builder } from '../builder.ts'
import { requireLocalId } from '../global-ids.ts'
import { InterviewSummaryRef } from './InterviewSummary.ts'
import { JobDescriptionInput, JobDescriptionRef } from './JobDescription.ts'

export const MockInterviewStatusEnum = builder.enumType(MockInterviewStatus, {
  name: 'MockInterviewStatus',
  description: 'PLANNED → IN_PROGRESS → COMPLETED or ABANDONED.',
})

export const QuestionKindEnum = builder.enumType(QuestionKind, {
  name: 'QuestionKind',
  description:
    'Behavioural questions expect a STAR story; situational "I would…"; technical content.',
})

type Planned = InterviewPlan['questions'][number]

const PlannedQuestionRef = builder.objectRef<Planned>('PlannedQuestion').implement({
  description: 'A question the interview plans to ask, in order.',
  fields: (t) => ({
    text: t.exposeString('text'),
    competency: t.exposeString('competency'),
    kind: t.field({
      type: QuestionKindEnum,
      resolve: (question) => question.kind.toUpperCase() as QuestionKind,
    }),
  }),
})

export const MockInterviewRef = builder.prismaNode('MockInterview', {
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, ctx) => ({ id, userId: ctx.viewer?.userId ?? '' }),
  // Select mode: a read loads the columns its fields ask for (the plan and summary are large
  // JSON), plus the owner that authScopes checks (decision 084).
  select: { id: true, userId: true },
  authScopes: (interview) => ({ $all: { owner: interview.userId, 'interviews:read': true } }),
  fields: (t) => ({
    title: t.exposeString('title'),
    status: t.expose('status', { type: MockInterviewStatusEnum }),
    jobDescription: t.relation('jobDescription', { type: JobDescriptionRef, nullable: true }),
    plan: t.field({
      type: [PlannedQuestionRef],
      description: 'The planned questions (follow-ups are added as exchanges when earned).',
      select: { plan: true },
      resolve: (interview) => (interview.plan as unknown as InterviewPlan).questions ?? [],
    }),
    overallScore: t.exposeFloat('overallScore', {
      nullable: true,
      description: 'The overall score 0–100, once the interview is finished.',
    }),
    summary: t.field({
      type: InterviewSummaryRef,
      nullable: true,
      description: 'Written by finishMockInterview.',
      select: { summary: true },
      resolve: (interview) => interview.summary as unknown as InterviewSummary | null,
    }),
    exchanges: t.relatedConnection('exchanges', {
      cursor: 'id',
      description: 'The questions asked so far, in order (follow-ups included).',
      query: () => ({ orderBy: [{ order: 'asc' }] }),
    }),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
})

const StartMockInterviewInput = builder.inputType('StartMockInterviewInput', {
  description: 'Give a saved job description, or a new one to save, or neither (general practice).',
  fields: (t) => ({
    jobDescriptionId: t.id(),
    jobDescription: t.field({ type: JobDescriptionInput }),
    questionCount: t.int({ description: '1 to 15 planned questions; 5 when unset.' }),
    seed: t.string({ description: 'The same seed plans the same questions (for tests, demos).' }),
    competencies: t.stringList({
      description:
        'Practise only these competencies (ids such as "conflict", or their names); the questions are balanced over them instead of over the whole job.',
    }),
  }),
})

builder.mutationField('startMockInterview', (t) =>
  t.prismaField({
    type: 'MockInterview',
    description: 'Plans a competency-balanced interview (PLANNED); nextQuestion asks the first.',
    authScopes: { 'interviews:write': true },
    errors: { types: [NotFoundError, ValidationFailedError] },
    args: { input: t.arg({ type: StartMockInterviewInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      ctx.services.interviews.start(
        ctx.viewer!,
        {
          ...input,
          jobDescriptionId:
            input.jobDescriptionId == null
              ? undefined
              : requireLocalId(input.jobDescriptionId, 'JobDescription'),
        },
        query,
      ),
  }),
)

builder.mutationField('finishMockInterview', (t) =>
  t.prismaField({
    type: 'MockInterview',
    description:
      'Completes the interview: each question keeps its chosen (else best) attempt; writes the summary.',
    authScopes: { 'interviews:write': true },
    errors: { types: [InterviewClosedError, NotFoundError] },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) =>
      ctx.services.interviews.finish(ctx.viewer!, requireLocalId(id, 'MockInterview'), query),
  }),
)

import {
  InvalidAttemptStateError,
  NotFoundError,
  ValidationFailedError,
} from '../../interview/errors.ts'
import type { CoverageEntry } from '../../interview/library/library.ts'
import { builder } from '../builder.ts'
import { filterLocalId, requireLocalId } from '../global-ids.ts'
import { JobDescriptionRef } from './JobDescription.ts'
import { MockInterviewAttemptRef } from './MockInterviewAttempt.ts'
import { ViewerRef } from './Viewer.ts'

export const StarStoryRef = builder.prismaNode('StarStory', {
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, ctx) => ({ id, userId: ctx.viewer?.userId ?? '' }),
  // Select mode, the owner always selected for authScopes (decision 084).
  select: { id: true, userId: true },
  authScopes: (story) => ({ $all: { owner: story.userId, 'library:read': true } }),
  description: 'A polished STAR story in the answer library.',
  fields: (t) => ({
    title: t.exposeString('title'),
    competencies: t.exposeStringList('competencies'),
    situation: t.exposeString('situation'),
    task: t.exposeString('task'),
    action: t.exposeString('action'),
    result: t.exposeString('result'),
    polishedAnswer: t.exposeString('polishedAnswer'),
    coachNotes: t.exposeString('coachNotes'),
    sourceAttempt: t.relation('sourceAttempt', {
      type: MockInterviewAttemptRef,
      nullable: true,
      description: 'The attempt it was saved from (null if written by hand or deleted).',
    }),
    jobDescription: t.relation('jobDescription', { type: JobDescriptionRef, nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
})

builder.prismaObjectField('User', 'stories', (t) =>
  t.prismaConnection({
    type: 'StarStory',
    cursor: 'id',
    description: 'The answer library, most recently updated first.',
    authScopes: { 'library:read': true },
    args: {
      competency: t.arg.string({ description: 'Only stories for this competency.' }),
      jobDescriptionId: t.arg.id({ description: 'Only stories for this job.' }),
      search: t.arg.string({ description: 'Words in the title or any STAR part (any case).' }),
    },
    resolve: (query, _user, args, ctx) =>
      ctx.services.library.list(
        ctx.viewer!,
        {
          competency: args.competency,
          jobDescriptionId: filterLocalId(args.jobDescriptionId, 'JobDescription'),
          search: args.search,
        },
        query,
      ),
  }),
)

const storyFields = (t: PothosSchemaTypes.InputFieldBuilder<any, 'InputObject'>) => ({
  competencies: t.stringList(),
  situation: t.string(),
  task: t.string(),
  action: t.string(),
  result: t.string(),
  polishedAnswer: t.string(),
  coachNotes: t.string(),
  jobDescriptionId: t.id(),
})

const CreateStarStoryInput = builder.inputType('CreateStarStoryInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    ...storyFields(t),
    sourceAttemptId: t.id({
      description:
        'The attempt the story tells, e.g. when restoring a deleted story that was saved from one.',
    }),
  }),
})

const UpdateStarStoryInput = builder.inputType('UpdateStarStoryInput', {
  description: 'Only the fields given change; jobDescriptionId: null unlinks the job.',
  fields: (t) => ({
    id: t.id({ required: true }),
    title: t.string(),
    ...storyFields(t),
  }),
})

const SaveStarStoryFromAttemptInput = builder.inputType('SaveStarStoryFromAttemptInput', {
  fields: (t) => ({
    attemptId: t.id({ required: true }),
    title: t.string({ description: 'The question’s text when unset.' }),
  }),
})

/** GraphQL null means "unchanged" except for jobDescriptionId, where it unlinks. */
function storyPatch(
  input: Record<string, unknown> & {
    jobDescriptionId?: string | null
    sourceAttemptId?: string | null
  },
) {
  const { jobDescriptionId, sourceAttemptId, id: _id, ...rest } = input
  const patch: Record<string, unknown> = Object.fromEntries(
    Object.entries(rest).filter(([, value]) => value != null),
  )
  if (sourceAttemptId)
    patch.sourceAttemptId = requireLocalId(sourceAttemptId, 'MockInterviewAttempt')
  return jobDescriptionId === undefined
    ? patch
    : {
        ...patch,
        jobDescriptionId:
          jobDescriptionId === null ? null : requireLocalId(jobDescriptionId, 'JobDescription'),
      }
}

builder.mutationField('saveStarStoryFromAttempt', (t) =>
  t.prismaField({
    type: 'StarStory',
    description: 'Drafts a STAR story from a scored attempt into the library.',
    authScopes: { 'library:write': true },
    errors: { types: [InvalidAttemptStateError, NotFoundError, ValidationFailedError] },
    args: { input: t.arg({ type: SaveStarStoryFromAttemptInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      ctx.services.library.saveFromAttempt(
        ctx.viewer!,
        { attemptId: requireLocalId(input.attemptId, 'MockInterviewAttempt'), title: input.title },
        query,
      ),
  }),
)

builder.mutationField('createStarStory', (t) =>
  t.prismaField({
    type: 'StarStory',
    authScopes: { 'library:write': true },
    errors: { types: [NotFoundError, ValidationFailedError] },
    args: { input: t.arg({ type: CreateStarStoryInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      ctx.services.library.create(ctx.viewer!, storyPatch(input), query),
  }),
)

builder.mutationField('updateStarStory', (t) =>
  t.prismaField({
    type: 'StarStory',
    authScopes: { 'library:write': true },
    errors: { types: [NotFoundError, ValidationFailedError] },
    args: { input: t.arg({ type: UpdateStarStoryInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      ctx.services.library.update(
        ctx.viewer!,
        requireLocalId(input.id, 'StarStory'),
        storyPatch(input),
        query,
      ),
  }),
)

const DeletedStarStory = builder.objectRef<{ id: string }>('DeletedStarStory').implement({
  fields: (t) => ({
    deletedId: t.globalID({ resolve: ({ id }) => ({ type: 'StarStory', id }) }),
  }),
})

builder.mutationField('deleteStarStory', (t) =>
  t.field({
    type: DeletedStarStory,
    authScopes: { 'library:write': true },
    errors: { types: [NotFoundError] },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) =>
      ctx.services.library.delete(ctx.viewer!, requireLocalId(id, 'StarStory')),
  }),
)

const CoverageStatusEnum = builder.enumType('StoryCoverageStatus', {
  description: 'COVERED: a story scoring 70 or more; WEAK: only weaker ones; MISSING: none.',
  values: {
    COVERED: { value: 'covered' },
    WEAK: { value: 'weak' },
    MISSING: { value: 'missing' },
  } as const,
})

const StoryCoverageRef = builder.objectRef<CoverageEntry>('StoryCoverage').implement({
  description: 'How the library covers one competency the job asks for.',
  fields: (t) => ({
    competency: t.exposeString('competency'),
    weight: t.exposeFloat('weight'),
    stories: t.exposeInt('stories'),
    bestScore: t.exposeFloat('bestScore', { nullable: true }),
    status: t.expose('status', { type: CoverageStatusEnum }),
  }),
})

builder.objectField(JobDescriptionRef, 'storyCoverage', (t) =>
  t.field({
    type: [StoryCoverageRef],
    description: 'Which of the job’s competencies your stories cover, heaviest first.',
    authScopes: { 'library:read': true },
    resolve: (jd, _args, ctx) => ctx.services.library.coverage(ctx.viewer!, jd.id),
  }),
)

builder.objectField(ViewerRef, 'storiesMarkdown', (t) =>
  t.field({
    type: 'String',
    description:
      'The answer library as a Markdown document: one section per story (STAR parts, polished answer, coach notes), oldest first; only one job’s stories when jobDescriptionId is given (null when that job is not yours).',
    nullable: true,
    authScopes: { 'library:read': true },
    args: { jobDescriptionId: t.arg.id() },
    resolve: (_user, args, ctx) =>
      ctx.services.library
        .exportMarkdown(ctx.viewer!, {
          jobDescriptionId: filterLocalId(args.jobDescriptionId, 'JobDescription'),
        })
        .catch((error: unknown) => {
          // like node(id): an unusable id, or another user's job description, is not there
          if (error instanceof NotFoundError) return null
          throw error
        }),
  }),
)

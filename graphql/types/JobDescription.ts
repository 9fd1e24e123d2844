import { NotFoundError, ValidationFailedError } from '../../interview/errors.ts'
import { builder } from '../builder.ts'
import { requireLocalId } from '../global-ids.ts'
import { TextSpanRef, type Span } from './TextSpan.ts'

type ExtractedCompetency = { competency: string; weight: number; evidence: Span[] }

const CompetencyWeightRef = builder.objectRef<ExtractedCompetency>('CompetencyWeight').implement({
  description: 'A competency the job asks for, its share of the job (weights sum to 1), and why.',
  fields: (t) => ({
    competency: t.exposeString('competency'),
    weight: t.exposeFloat('weight'),
    evidence: t.expose('evidence', {
      type: [TextSpanRef],
      description: 'Where the job description asks for it.',
    }),
  }),
})

export const JobDescriptionRef = builder.prismaNode('JobDescription', {
  id: { field: 'id' },
  nullable: true,
  // node(id) finds only the viewer's own rows: another user's id is null, never data.
  findUnique: (id, ctx) => ({ id, userId: ctx.viewer?.userId ?? '' }),
  // Select mode: the text (up to 50,000 characters) is read only when asked for; the owner
  // always, for authScopes (decision 084).
  select: { id: true, userId: true },
  authScopes: (jd) => ({
    $all: { owner: jd.userId, $any: { 'interviews:read': true, 'library:read': true } },
  }),
  description: 'A job the candidate prepares for, with the competencies it asks for.',
  fields: (t) => ({
    title: t.exposeString('title'),
    company: t.exposeString('company', { nullable: true }),
    text: t.exposeString('text'),
    competencies: t.field({
      type: [CompetencyWeightRef],
      description: 'Extracted when the text is saved, heaviest first.',
      select: { competencies: true },
      resolve: (jd) => jd.competencies as unknown as ExtractedCompetency[],
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
})

// 'User' is the Viewer type (graphql/types/Viewer.ts); by model name, to keep imports acyclic.
builder.prismaObjectField('User', 'jobDescriptions', (t) =>
  t.prismaConnection({
    type: 'JobDescription',
    cursor: 'id',
    description: 'Job descriptions, newest first.',
    authScopes: { $any: { 'interviews:read': true, 'library:read': true } },
    resolve: (query, _user, _args, ctx) =>
      ctx.services.jobDescriptions.list(ctx.viewer!, {}, query),
  }),
)

export const JobDescriptionInput = builder.inputType('JobDescriptionInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    company: t.string(),
    text: t.string({ required: true, description: 'The pasted job ad: 20 to 50,000 characters.' }),
  }),
})

const UpdateJobDescriptionInput = builder.inputType('UpdateJobDescriptionInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    title: t.string(),
    company: t.string(),
    text: t.string({ description: 'A new text re-extracts the competencies.' }),
  }),
})

builder.mutationField('createJobDescription', (t) =>
  t.prismaField({
    type: 'JobDescription',
    description: 'Saves a job description and extracts the competencies it asks for.',
    authScopes: { 'interviews:write': true },
    errors: { types: [ValidationFailedError] },
    args: { input: t.arg({ type: JobDescriptionInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      ctx.services.jobDescriptions.create(ctx.viewer!, input, query),
  }),
)

builder.mutationField('updateJobDescription', (t) =>
  t.prismaField({
    type: 'JobDescription',
    description: 'Changes a job description; a new text re-extracts its competencies.',
    authScopes: { 'interviews:write': true },
    errors: { types: [NotFoundError, ValidationFailedError] },
    args: { input: t.arg({ type: UpdateJobDescriptionInput, required: true }) },
    resolve: (query, _root, { input: { id, ...patch } }, ctx) =>
      ctx.services.jobDescriptions.update(
        ctx.viewer!,
        requireLocalId(id, 'JobDescription'),
        withoutNulls(patch),
        query,
      ),
  }),
)

const DeletedJobDescription = builder.objectRef<{ id: string }>('DeletedJobDescription').implement({
  description: 'A deleted job description; its interviews and stories are kept, unlinked.',
  fields: (t) => ({
    deletedId: t.globalID({
      resolve: ({ id }) => ({ type: 'JobDescription', id }),
    }),
  }),
})

builder.mutationField('deleteJobDescription', (t) =>
  t.field({
    type: DeletedJobDescription,
    authScopes: { 'interviews:write': true },
    errors: { types: [NotFoundError] },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) =>
      ctx.services.jobDescriptions.delete(ctx.viewer!, requireLocalId(id, 'JobDescription')),
  }),
)

/** GraphQL's null means "not given" in a patch (except where a field says otherwise). */
function withoutNulls<T extends Record<string, unknown>>(
  patch: T,
): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value != null)) as never
}

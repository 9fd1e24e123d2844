import { QuestionLevel, QuestionSource } from '../../generated/prisma/enums.ts'
import { builder } from '../builder.ts'
import { QuestionKindEnum } from './MockInterview.ts'

const QuestionLevelEnum = builder.enumType(QuestionLevel, { name: 'QuestionLevel' })
const QuestionSourceEnum = builder.enumType(QuestionSource, {
  name: 'QuestionSource',
  description: 'BANK: the shared question bank; GENERATED: written for one job description.',
})

export const QuestionRef = builder.prismaNode('Question', {
  id: { field: 'id' },
  nullable: true,
  // The bank is shared; a generated question belongs to the user it was written for.
  findUnique: (id, ctx) => ({
    id,
    OR: [{ userId: null }, { userId: ctx.viewer?.userId ?? '' }],
  }),
  // Select mode, the owner always selected for authScopes (decision 084).
  select: { id: true, userId: true },
  authScopes: (question) =>
    question.userId ? { owner: question.userId } : { authenticated: true },
  description: 'An interview question, from the bank or generated for a job description.',
  fields: (t) => ({
    text: t.exposeString('text'),
    competency: t.exposeString('competency'),
    kind: t.expose('kind', { type: QuestionKindEnum }),
    level: t.expose('level', { type: QuestionLevelEnum }),
    source: t.expose('source', { type: QuestionSourceEnum }),
  }),
})

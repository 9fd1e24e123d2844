import { InterviewClosedError, NotFoundError } from '../../interview/errors.ts'
import { builder } from '../builder.ts'
import { requireLocalId } from '../global-ids.ts'
import { MockInterviewRef, QuestionKindEnum } from './MockInterview.ts'
import { QuestionRef } from './Question.ts'

export const MockInterviewExchangeRef = builder.prismaNode('MockInterviewExchange', {
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, ctx) => ({ id, interview: { userId: ctx.viewer?.userId ?? '' } }),
  // Exchanges have no owner column: every way in (node, the interview's connection, the
  // services behind mutations and subscriptions) scopes them by the interview's owner.
  authScopes: { 'interviews:read': true },
  // checked once per object, not around each of its fields (decision 095)
  runScopesOnType: true,
  // Select mode (decision 084): every field is exposed or a relation and adds its column.
  select: { id: true },
  description: 'One question asked in an interview. Its answers are attempts.',
  fields: (t) => ({
    order: t.exposeInt('order', { description: '1, 2, 3… in the order asked.' }),
    questionText: t.exposeString('questionText'),
    competency: t.exposeString('competency'),
    kind: t.expose('kind', { type: QuestionKindEnum }),
    question: t.relation('question', { type: QuestionRef, nullable: true }),
    interview: t.relation('interview', { type: MockInterviewRef }),
    followUpOf: t.relation('followUpOf', {
      nullable: true,
      description: 'The exchange this follow-up digs into; null for a planned question.',
    }),
    finalAttempt: t.relation('finalAttempt', {
      nullable: true,
      description: 'The attempt the candidate keeps (chooseFinalAttempt; the best at finish).',
    }),
    attempts: t.relatedConnection('attempts', {
      cursor: 'id',
      description: 'Every attempt, first to last: retries keep the earlier ones.',
      query: () => ({ orderBy: [{ attemptNumber: 'asc' }] }),
    }),
    askedAt: t.expose('askedAt', { type: 'DateTime' }),
  }),
})

builder.mutationField('nextQuestion', (t) =>
  t.prismaField({
    type: 'MockInterviewExchange',
    nullable: true,
    description:
      'The question to answer now: a pending follow-up first, else the next planned question. ' +
      'Asking again before answering returns the same exchange; null when the plan is done.',
    authScopes: { 'interviews:write': true },
    errors: { types: [InterviewClosedError, NotFoundError] },
    args: { interviewId: t.arg.id({ required: true }) },
    resolve: (query, _root, { interviewId }, ctx) =>
      ctx.services.interviews.nextQuestion(
        ctx.viewer!,
        requireLocalId(interviewId, 'MockInterview'),
        query,
      ),
  }),
)

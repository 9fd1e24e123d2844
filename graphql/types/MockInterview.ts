import { MockInterviewStatus } from '../../generated/prisma/enums.ts'
import { builder } from '../builder.ts'

export const MockInterviewStatusEnum = builder.enumType(MockInterviewStatus, {
  name: 'MockInterviewStatus',
  description: 'PLANNED → IN_PROGRESS → COMPLETED or ABANDONED.',
})

export const MockInterviewRef = builder.prismaNode('MockInterview', {
  id: { field: 'id' },
  authScopes: (interview) => ({ owner: interview.userId }),
  fields: (t) => ({
    title: t.exposeString('title'),
    status: t.expose('status', { type: MockInterviewStatusEnum }),
    overallScore: t.exposeFloat('overallScore', {
      nullable: true,
      description: 'The overall score 0–100, once the interview is finished.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
})

import { expect, test } from 'vitest'
import { describeWithDatabases } from '../setup/database.ts'
import { createUserWithEverything } from './fixtures.ts'

describeWithDatabases('the data model', (database) => {
  test('a user with a session and an API token reads back with both', async () => {
    const { prisma } = database()
    const { user } = await createUserWithEverything(prisma)
    const read = await prisma.user.findUniqueOrThrow({
      where: { email: user.email },
      include: { sessions: true, apiTokens: true },
    })
    expect(read.name).toBe('Ada')
    expect(read.sessions).toHaveLength(1)
    expect(read.sessions[0].expiresAt.getTime()).toBeGreaterThan(Date.now())
    expect(read.apiTokens[0]).toMatchObject({
      name: 'CLI',
      prefix: 'enc_ab12',
      scopes: ['interviews:read', 'library:write'],
      revokedAt: null,
      lastUsedAt: null,
    })
  })

  test('an interview reads back with its job description, exchanges, attempts and scores', async () => {
    const { prisma } = database()
    const made = await createUserWithEverything(prisma)
    const interview = await prisma.mockInterview.findUniqueOrThrow({
      where: { id: made.interview.id },
      include: {
        jobDescription: true,
        exchanges: {
          orderBy: { order: 'asc' },
          include: {
            finalAttempt: true,
            followUpOf: true,
            attempts: { orderBy: { attemptNumber: 'asc' }, include: { scoreResults: true } },
          },
        },
      },
    })
    expect(interview.status).toBe('IN_PROGRESS')
    expect(interview.jobDescription?.competencies).toEqual([
      { competency: 'leadership', weight: 0.6, evidence: [{ start: 0, end: 20 }] },
    ])
    const [first, followUp] = interview.exchanges
    expect(first.attempts.map((attempt) => attempt.attemptNumber)).toEqual([1, 2])
    expect(first.finalAttempt?.id).toBe(made.secondAttempt.id)
    expect(first.finalAttempt?.overallScore).toBe(77)
    expect(first.attempts[1].words).toEqual([
      { word: 'i', start: 0.1, end: 0.2, confidence: 0.99, punctuated_word: 'I' },
    ])
    const results = first.attempts[1].scoreResults.sort((a, b) =>
      a.scorerId.localeCompare(b.scorerId),
    )
    expect(results.map((result) => [result.scorerId, result.status, result.score])).toEqual([
      ['fillers', 'OK', 90],
      ['pace', 'ABSTAINED', null],
    ])
    expect(followUp.followUpOf?.id).toBe(made.exchange.id)
    expect(followUp.attempts[0]).toMatchObject({ status: 'QUEUED', degraded: false })
  })

  test('a STAR story reads back with its source attempt and job description', async () => {
    const { prisma } = database()
    const made = await createUserWithEverything(prisma)
    const story = await prisma.starStory.findUniqueOrThrow({
      where: { id: made.story.id },
      include: { sourceAttempt: true, jobDescription: true },
    })
    expect(story.competencies).toEqual(['leadership', 'ownership'])
    expect(story.polishedAnswer).toBe('As tech lead, I …')
    expect(story.sourceAttempt?.transcript).toContain('40 services')
    expect(story.jobDescription?.title).toBe('Staff Engineer')
  })

  test('generated questions belong to their job description', async () => {
    const { prisma } = database()
    const made = await createUserWithEverything(prisma)
    const questions = await prisma.question.findMany({
      where: { jobDescriptionId: made.jobDescription.id },
    })
    expect(questions).toMatchObject([{ source: 'GENERATED', level: 'ANY', key: null }])
  })
})

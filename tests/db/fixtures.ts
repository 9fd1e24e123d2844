// A user who owns one of everything, built through the generated client as the app would.
import { randomBytes } from 'node:crypto'
import type { PrismaClient } from '../../generated/prisma/client.ts'

export async function createUserWithEverything(prisma: PrismaClient) {
  const suffix = randomBytes(4).toString('hex')
  const user = await prisma.user.create({
    data: {
      email: `ada-${suffix}@example.com`,
      name: 'Ada',
      passwordHash: '$argon2id$v=19$fake',
      sessions: {
        create: { tokenHash: `session-${suffix}`, expiresAt: new Date(Date.now() + 3_600_000) },
      },
      apiTokens: {
        create: {
          name: 'CLI',
          prefix: 'enc_ab12',
          tokenHash: `token-${suffix}`,
          scopes: ['interviews:read', 'library:write'],
        },
      },
    },
  })
  const jobDescription = await prisma.jobDescription.create({
    data: {
      userId: user.id,
      title: 'Staff Engineer',
      company: 'Acme',
      text: 'Lead a platform team. Own incidents end to end.',
      competencies: [{ competency: 'leadership', weight: 0.6, evidence: [{ start: 0, end: 20 }] }],
    },
  })
  const question = await prisma.question.create({
    data: {
      text: 'Tell me about a platform migration you led.',
      competency: 'leadership',
      kind: 'BEHAVIOURAL',
      source: 'GENERATED',
      followUps: ['What would you do differently?'],
      userId: user.id,
      jobDescriptionId: jobDescription.id,
    },
  })
  const interview = await prisma.mockInterview.create({
    data: {
      userId: user.id,
      jobDescriptionId: jobDescription.id,
      title: 'Staff Engineer at Acme',
      status: 'IN_PROGRESS',
      plan: [{ questionId: question.id, text: question.text, competency: 'leadership' }],
      startedAt: new Date(),
    },
  })
  const exchange = await prisma.mockInterviewExchange.create({
    data: {
      interviewId: interview.id,
      order: 1,
      questionId: question.id,
      questionText: question.text,
      competency: 'leadership',
      kind: 'BEHAVIOURAL',
    },
  })
  const firstAttempt = await prisma.mockInterviewAttempt.create({
    data: {
      exchangeId: exchange.id,
      attemptNumber: 1,
      idempotencyKey: `key-1-${suffix}`,
      transcript: 'Um, we moved the platform.',
      status: 'SCORED',
      overallScore: 41,
    },
  })
  const secondAttempt = await prisma.mockInterviewAttempt.create({
    data: {
      exchangeId: exchange.id,
      attemptNumber: 2,
      idempotencyKey: `key-2-${suffix}`,
      transcript: 'I led the migration of 40 services to the new platform in one quarter.',
      words: [{ word: 'i', start: 0.1, end: 0.2, confidence: 0.99, punctuated_word: 'I' }],
      durationMs: 42_000,
      status: 'SCORED',
      contentScore: 78,
      deliveryScore: 70,
      structureScore: 82,
      overallScore: 77,
      feedback: [
        { kind: 'strength', message: 'Clear result.', evidence: [{ start: 50, end: 70 }] },
      ],
      rewrite: 'As tech lead, I migrated 40 services in one quarter.',
      scoredAt: new Date(),
      scoreResults: {
        create: [
          {
            scorerId: 'fillers',
            scorerVersion: '1.0.0',
            dimension: 'delivery',
            status: 'OK',
            score: 90,
            evidence: [{ start: 0, end: 2 }],
            metrics: { fillersPerMinute: 0 },
            durationMs: 3,
          },
          {
            scorerId: 'pace',
            scorerVersion: '1.0.0',
            dimension: 'delivery',
            status: 'ABSTAINED',
            error: 'pace: the answer was typed, so it has no timings',
            durationMs: 1,
          },
        ],
      },
    },
  })
  await prisma.mockInterviewExchange.update({
    where: { id: exchange.id },
    data: { finalAttemptId: secondAttempt.id },
  })
  const followUp = await prisma.mockInterviewExchange.create({
    data: {
      interviewId: interview.id,
      order: 2,
      questionText: 'What would you do differently?',
      competency: 'leadership',
      kind: 'BEHAVIOURAL',
      followUpOfId: exchange.id,
      attempts: {
        create: { attemptNumber: 1, transcript: 'Migrate the noisiest service first.' },
      },
    },
  })
  const story = await prisma.starStory.create({
    data: {
      userId: user.id,
      title: 'Platform migration',
      competencies: ['leadership', 'ownership'],
      situation: 'Forty services on a dying platform.',
      task: 'Move them in a quarter.',
      action: 'Planned waves, migrated the noisiest first.',
      result: 'Done in eleven weeks, no incidents.',
      polishedAnswer: 'As tech lead, I …',
      coachNotes: 'Lead with the result.',
      sourceAttemptId: secondAttempt.id,
      jobDescriptionId: jobDescription.id,
    },
  })
  return {
    user,
    jobDescription,
    question,
    interview,
    exchange,
    firstAttempt,
    secondAttempt,
    followUp,
    story,
  }
}

// A whole interview through the engine with no keys: the local scorers, templates and bank.
import { expect, test } from 'vitest'
import type { Viewer } from '../../interview/accounts/scopes.ts'
import type { AttemptEvent } from '../../interview/attempts/attempt-events.ts'
import type { InterviewPlan } from '../../interview/plans/interview-plan.ts'
import type { InterviewSummary } from '../../interview/summaries/summary.ts'
import { describeWithDatabases, type TestDatabase } from '../setup/database.ts'
import { answer, backendJd, collect, type Engine, useEngineSuite } from './engine-fixture.ts'
import { splitSentences } from '../../interview/library/sentences.ts'
import { keepsSentence } from '../../interview/library/story-draft.ts'

describeWithDatabases('a whole interview', (testDatabase) => {
  let database: TestDatabase
  let engine: Engine
  let ada: Viewer
  useEngineSuite(testDatabase, (suite) => ({ database, engine, ada } = suite))

  /** The answers a candidate gives, by competency: a weak first try and a strong retry. */
  const answers: Record<string, { weak: string; strong: string }> = {
    conflict: {
      weak: 'conflict-disagreement-we-heavy-1',
      strong: 'conflict-disagreement-strong-1',
    },
    mentoring: { weak: 'mentoring-colleague-we-heavy-1', strong: 'mentoring-colleague-strong-1' },
    prioritisation: {
      weak: 'prioritisation-urgent-hypothetical-1',
      strong: 'prioritisation-urgent-strong-1',
    },
  }

  test('a candidate runs a whole interview from a job description to an exported story library', async () => {
    // start from a pasted job description: three competencies, five questions
    const interview = await engine.interviews.start(ada, {
      jobDescription: backendJd,
      questionCount: 5,
      seed: 'whole',
    })
    expect(interview.status).toBe('PLANNED')
    const plan = interview.plan as unknown as InterviewPlan
    expect(new Set(plan.questions.slice(0, 3).map((q) => q.competency))).toEqual(
      new Set(['conflict', 'mentoring', 'prioritisation']),
    )

    // the first question; asking again before answering gives the same one
    const first = (await engine.interviews.nextQuestion(ada, interview.id))!
    expect((await engine.interviews.nextQuestion(ada, interview.id))!.id).toBe(first.id)
    expect((await engine.interviews.get(ada, interview.id)).status).toBe('IN_PROGRESS')
    const pick = answers[first.competency]!

    // a weak answer: the scores stream in, ending with the result and a follow-up
    const weak = await engine.attempts.submit(ada, {
      exchangeId: first.id,
      transcript: answer(pick.weak),
    })
    const events = await collect(await engine.attempts.events(ada, weak.id))
    const types = events.map((e) => e.type)
    expect(types).toContain('SCORER_FINISHED')
    const completed = events.at(-1) as Extract<AttemptEvent, { type: 'COMPLETED' }>
    expect(completed.type).toBe('COMPLETED')
    expect(completed.followUpCreated).toBe(true)

    // the follow-up is asked before the next planned question, tied to its parent
    const followUp = (await engine.interviews.nextQuestion(ada, interview.id))!
    expect(followUp.followUpOfId).toBe(first.id)
    expect(followUp.questionText).toBe(completed.response.followUp!.question)

    // the candidate retries the first question with a strong answer and sees the gains
    const strong = await engine.attempts.retry(ada, {
      exchangeId: first.id,
      transcript: answer(pick.strong),
    })
    await collect(await engine.attempts.events(ada, strong.id))
    const diff = (await engine.attempts.compare(ada, strong.id))!
    expect(diff.overall.delta).toBeGreaterThan(10)
    expect(diff.dimensions.content.after).toBeGreaterThan(diff.dimensions.content.before!)
    const chosen = await engine.attempts.chooseFinal(ada, strong.id)
    expect(chosen.finalAttemptId).toBe(strong.id)
    // a retry never asks a second follow-up for the same question
    expect(
      await database.prisma.mockInterviewExchange.count({ where: { followUpOfId: first.id } }),
    ).toBe(1)

    // answers the follow-up, then the rest of the plan with the strong answers
    await engine.attempts.submit(ada, {
      exchangeId: followUp.id,
      transcript: answer('conflict-disagreement-adequate-1'),
    })
    await engine.queue.idle()
    for (;;) {
      const next = await engine.interviews.nextQuestion(ada, interview.id)
      if (!next) break
      const id = answers[next.competency]?.strong ?? 'failure-mistake-strong-1'
      await engine.attempts.submit(ada, { exchangeId: next.id, transcript: answer(id) })
      await engine.queue.idle()
    }
    const exchanges = await database.prisma.mockInterviewExchange.findMany({
      where: { interviewId: interview.id },
    })
    expect(exchanges.filter((e) => e.followUpOfId === null)).toHaveLength(5)

    // finish: the best attempts become final, the summary quotes the transcripts
    const finished = await engine.interviews.finish(ada, interview.id)
    expect(finished.status).toBe('COMPLETED')
    const summary = finished.summary as unknown as InterviewSummary
    expect(summary.overall).toBeGreaterThan(0)
    expect(summary.competencies.map((c) => c.competency)).toEqual(
      expect.arrayContaining(['conflict', 'mentoring', 'prioritisation']),
    )
    expect(summary.strengths).toHaveLength(3)
    expect(summary.improvements.length).toBeGreaterThan(0)
    const finals = await database.prisma.mockInterviewAttempt.findMany({
      where: { finalOf: { interviewId: interview.id } },
    })
    for (const point of [...summary.strengths, ...summary.improvements]) {
      const source = finals.find((a) => a.id === point.attemptId)!
      expect(source.transcript).toContain(point.quote.replace(/…$/, ''))
    }
    expect(summary.storyCandidates.length).toBeGreaterThan(0)
    const unchosen = await database.prisma.mockInterviewExchange.findMany({
      where: { interviewId: interview.id },
    })
    expect(unchosen.every((e) => e.finalAttemptId !== null)).toBe(true)

    // save the best answer as a story, prefilled from the STAR evidence and the rewrite
    const candidate = summary.storyCandidates[0]!
    const story = await engine.library.saveFromAttempt(ada, {
      attemptId: candidate.attemptId,
      title: 'Shadow data settles it',
    })
    const source = finals.find((a) => a.id === candidate.attemptId)!
    // every sentence of the answer in exactly one STAR part, in the order spoken; the fixed STAR
    // scorer quotes only the first sentence, which opens the situation
    const parts = [story.situation, story.task, story.action, story.result]
    const sentences = splitSentences(source.transcript!).map((s) => s.text)
    expect(parts.filter(Boolean).join(' ')).toBe(sentences.join(' '))
    expect(story.situation.startsWith(sentences[0]!)).toBe(true)
    // the rewrite, with whatever it dropped of the candidate's own words put back (issue 14)
    for (const sentence of splitSentences(source.transcript!))
      expect(keepsSentence(story.polishedAnswer, sentence.text)).toBe(true)
    expect(story.polishedAnswer).toContain(splitSentences(source.rewrite!)[0]!.text)
    expect(story.coachNotes).toMatch(/^- (Keep|Work on): /)
    expect(story.jobDescriptionId).toBe(interview.jobDescriptionId)
    expect(story.sourceAttemptId).toBe(candidate.attemptId)

    // coverage of the job's competencies, and the Markdown export
    const coverage = await engine.library.coverage(ada, interview.jobDescriptionId!)
    const byCompetency = Object.fromEntries(coverage.map((c) => [c.competency, c.status]))
    expect(byCompetency[candidate.competency]).toBe('covered')
    expect(Object.values(byCompetency)).toContain('missing')
    const markdown = await engine.library.exportMarkdown(ada, {
      jobDescriptionId: interview.jobDescriptionId,
    })
    expect(markdown).toContain('# STAR stories for Senior Backend Engineer at Ledgerly')
    expect(markdown).toContain('## Shadow data settles it')
    expect(markdown).toContain(`**Result.** ${story.result}`)

    // a finished interview takes no more answers
    await expect(
      engine.attempts.submit(ada, { exchangeId: first.id, transcript: 'one more' }),
    ).rejects.toMatchObject({
      code: 'INTERVIEW_CLOSED',
    })
  })
})

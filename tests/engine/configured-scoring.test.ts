// The app scores with the configured pipeline (scoring.config.json): the same overall as the CLI
// and the eval, relevance gate and calibration included.
import { expect, test } from 'vitest'
import type { Viewer } from '../../interview/accounts/scopes.ts'
import { toScoringKind } from '../../interview/follow-ups/follow-ups.ts'
import { builtinScorers } from '../../scoring/builtins/builtin-scorers.ts'
import { loadScorerConfig, runPipeline, type LoadedScoringConfig } from '../../scoring/index.ts'
import { describeWithDatabases, type TestDatabase } from '../setup/database.ts'
import { backendJd, type Engine, useEngineSuite } from './engine-fixture.ts'

const offTopic =
  'My favourite holiday was a week of hiking in the Alps with my sister. We stayed in small ' +
  'mountain huts, ate far too much cheese and watched the sunrise over the glacier every morning.'

describeWithDatabases('the configured scoring pipeline', (testDatabase) => {
  let database: TestDatabase
  let loaded: LoadedScoringConfig
  let engine: Engine
  let ada: Viewer
  useEngineSuite(
    testDatabase,
    (suite) => ({ database, engine, ada } = suite),
    async () => {
      loaded = await loadScorerConfig('scoring.config.json', { builtins: builtinScorers })
      return { scoring: loaded }
    },
  )

  test('an off-topic answer is gated, and scores as runPipeline scores it with the same config', async () => {
    const interview = await engine.interviews.start(ada, { jobDescription: backendJd, seed: 'cfg' })
    const exchange = (await engine.interviews.nextQuestion(ada, interview.id))!
    const submitted = await engine.attempts.submit(ada, {
      exchangeId: exchange.id,
      transcript: offTopic,
    })
    await engine.queue.idle()
    const attempt = await database.prisma.mockInterviewAttempt.findUniqueOrThrow({
      where: { id: submitted.id },
    })
    expect(attempt.status).toBe('SCORED')

    const input = {
      question: exchange.questionText,
      kind: toScoringKind(exchange.kind),
      competency: exchange.competency.replaceAll('-', ' '),
      transcript: offTopic,
    }
    const expected = await runPipeline({ ...loaded, input })
    expect(attempt.overallScore).toBe(expected.overall)
    expect(expected.dimensions.content.reason).toContain(loaded.gate!.message)

    const ungated = await runPipeline({
      scorers: loaded.scorers,
      dimensionWeights: loaded.dimensionWeights,
      input,
    })
    expect(ungated.overall).not.toBe(attempt.overallScore)
  })
})

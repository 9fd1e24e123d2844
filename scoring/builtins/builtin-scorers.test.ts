import fc from 'fast-check'
import { loadScorerConfig } from '../config.ts'
import { runPipeline } from '../pipeline.ts'
import { builtinScorers, defaultScorerConfig } from './builtin-scorers.ts'
import { CONFLICT_QUESTION, STRONG } from './sample-answers.ts'

const loaded = await loadScorerConfig(defaultScorerConfig, { builtins: builtinScorers })

describe('the built-in scorers', () => {
  test('a strong typed answer gets a full response with STAR, delivery, rewrite and follow-up', async () => {
    const response = await runPipeline({
      scorers: loaded.scorers,
      dimensionWeights: loaded.dimensionWeights,
      input: { ...CONFLICT_QUESTION, transcript: STRONG },
    })
    expect(response.overall).toBeGreaterThan(60)
    expect(response.star?.result.present).toBe(true)
    expect(response.delivery).toMatchObject({ wpm: null, longPauses: null, fillers: { count: 0 } })
    expect(response.rewrite).toMatch(/dropped from nine percent to four/)
    expect(response.followUp?.question).toMatch(/\?$/)
    expect(response.scorers.filter((s) => s.status === 'failed')).toEqual([])
  })

  test('no input makes a scorer fail or the pipeline lose a result', async () => {
    const word = fc.record({
      word: fc.string(),
      start: fc.double(),
      end: fc.double(),
      confidence: fc.double(),
      punctuated_word: fc.option(fc.string(), { nil: undefined }),
    })
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.option(fc.array(word, { maxLength: 30 }), { nil: undefined }),
        fc.constantFrom('behavioural', 'situational', 'technical'),
        async (transcript, words, kind) => {
          const response = await runPipeline({
            scorers: loaded.scorers,
            input: { ...CONFLICT_QUESTION, kind: kind as 'behavioural', transcript, words },
          })
          expect(response.scorers).toHaveLength(builtinScorers.length)
          expect(
            response.scorers.filter((s) => s.status === 'failed' || s.status === 'timeout'),
          ).toEqual([])
        },
      ),
      { numRuns: 60 },
    )
  })
})

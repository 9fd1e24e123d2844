import fc from 'fast-check'
import { checkFaithfulness } from '../../text/faithfulness.ts'
import { resultOf } from '../dependency-results.ts'
import { CONFLICT_QUESTION, HYPOTHETICAL, OFF_TOPIC, STRONG, WE_HEAVY } from '../sample-answers.ts'
import star from '../star/star.ts'
import { polish } from './polish.ts'

const MESSY =
  'So, um, the result was that, you know, produce waste dropped from nine percent to four. I think maybe I should say, at Northgate I owned the weekly stock forecast, and my colleague Tomas wanted to replace it with the supplier tool. I, I suggested we test both and I ran his tool beside my forecast for a month.'

async function rewriteOf(transcript: string): Promise<string> {
  const result = await resultOf(star, { ...CONFLICT_QUESTION, transcript })
  return polish(transcript, result.artifacts.star!).text
}

describe('the polished answer', () => {
  test('tells the story in STAR order with the fillers, repeats and hedges gone', async () => {
    const text = await rewriteOf(MESSY)
    expect(text).not.toMatch(/\bum\b|you know|I think maybe|I, I/)
    expect(text.indexOf('ran his tool')).toBeLessThan(
      text.indexOf('dropped from nine percent to four'),
    )
    expect(text).toMatch(/^[A-Z]/)
  })

  test('keeps a clause that is no STAR part but goes on from one, in the same sentence', async () => {
    const transcript =
      'Last spring I ran the stock count at our depot. I found a gap of forty pallets between the system and the floor, traced it to a scanner that dropped every tenth scan, and had it replaced the same week. I then added a daily spot check of ten locations, and the next quarterly count matched to within two pallets.'
    const text = await rewriteOf(transcript)
    expect(text).toContain('dropped every tenth scan, and had it replaced the same week.')
  })

  test('keeps a sentence of no STAR part that tells what happened, and drops remarks about the answer', async () => {
    const transcript =
      'Last spring I ran the stock count at our depot. I found a gap of forty pallets between the system and the floor. I traced it to a scanner that dropped every tenth scan. The supplier swapped the scanner the same week. Does that answer your question? I then added a daily spot check of ten locations. I hope that makes sense. The next quarterly count matched to within two pallets.'
    const text = await rewriteOf(transcript)
    expect(text).toContain(
      'I traced it to a scanner that dropped every tenth scan. The supplier swapped the scanner the same week.',
    )
    expect(text).not.toMatch(/answer your question|makes sense/)
  })

  test.each([STRONG, MESSY, WE_HEAVY, HYPOTHETICAL, OFF_TOPIC])(
    'adds no word, name or number the candidate did not say (%#)',
    async (transcript) => {
      expect(checkFaithfulness(transcript, await rewriteOf(transcript))).toEqual({
        faithful: true,
        violations: [],
      })
    },
  )

  test('stays faithful to any answer, however it is written', async () => {
    const word = fc.constantFrom(
      'I',
      'we',
      'led',
      'the',
      'migration',
      'um',
      'like',
      'you know',
      'probably',
      'at',
      'Acme',
      '40%',
      'in',
      '2021',
      'so',
      ',',
      '.',
      'and',
      'result',
      'Priya',
      'dropped',
      'I would',
    )
    await fc.assert(
      fc.asyncProperty(
        fc.array(word, { maxLength: 80 }),
        fc.string({ maxLength: 40 }),
        async (words, noise) => {
          const transcript = `${words.join(' ')} ${noise}`
          const result = await resultOf(star, { ...CONFLICT_QUESTION, transcript })
          const star_ = result.artifacts.star
          if (!star_) return
          expect(checkFaithfulness(transcript, polish(transcript, star_).text).faithful).toBe(true)
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('checkFaithfulness', () => {
  test('rejects a number, a name and a content word the original lacks', () => {
    const report = checkFaithfulness(
      'I cut latency by 40% at Acme.',
      'I cut latency by 60% at Initech and doubled revenue.',
    )
    expect(report.faithful).toBe(false)
    expect(report.violations.map((v) => [v.kind, v.value])).toEqual(
      expect.arrayContaining([
        ['number', '60'],
        ['name', 'Initech'],
        ['word', 'revenue'],
      ]),
    )
  })

  test('accepts a reordering of the original with inflections', () => {
    expect(
      checkFaithfulness(
        'We shipped it. I led the migrations at Acme in 2021.',
        'At Acme in 2021 I led the migration. We shipped it.',
      ).faithful,
    ).toBe(true)
  })
})

describe('the polished answer tightens', () => {
  test('a plan keeps its steps in order, a reason joined to its step', async () => {
    const plan =
      "So, um, first I'd call the guest's room and apologise, then I'd ask the night porter to check the corridor, because the noise may come from elsewhere. If it went on, I'd move the guest to a quiet room."
    const result = await resultOf(star, {
      question: 'What would you do if a guest complained about noise at midnight?',
      kind: 'situational',
      competency: 'customer focus',
      transcript: plan,
    })
    const text = polish(plan, result.artifacts.star!, 'situational').text
    expect(text).toMatch(/^First I'd call/)
    expect(text).toContain('check the corridor, because the noise may come from elsewhere.')
    expect(text.indexOf('quiet room')).toBeGreaterThan(text.indexOf('corridor'))
    expect(checkFaithfulness(plan, text).faithful).toBe(true)
  })

  test('a sentence that only repeats an earlier one is dropped', async () => {
    const told = `${STRONG} So yes, as a result, produce waste dropped from nine percent to four.`
    const once = await rewriteOf(STRONG)
    expect(await rewriteOf(told)).toBe(once)
  })
})

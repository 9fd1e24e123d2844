import fc from 'fast-check'
import type { MockInterviewAttemptResponse, Span, StarPart } from '../../scoring/index.ts'
import { draftStory, keepsSentence, starParts } from './story-draft.ts'

function spansOf(transcript: string, ...quotes: string[]): Span[] {
  return quotes.map((quote) => {
    const start = transcript.indexOf(quote)
    if (start < 0) throw new Error(`not in the transcript: ${quote}`)
    return { start, end: start + quote.length }
  })
}

function response(star: Partial<Record<StarPart, Span[]>> | null, rewrite: string | null) {
  const part = (evidence: Span[] = []) => ({ present: evidence.length > 0, evidence })
  return {
    star: star && {
      situation: part(star.situation),
      task: part(star.task),
      action: part(star.action),
      result: part(star.result),
      quantified: false,
    },
    rewrite,
    feedback: [],
  } as unknown as MockInterviewAttemptResponse
}

const blackFriday = [
  'Two weeks before Black Friday, our checkout service started timing out under load tests.',
  'I was the on-call lead, so it was my job to find the cause before the freeze.',
  'I profiled the service and found a lock held across a network call.',
  'Then I paired with the payments team for a day.',
  'I moved the call outside the lock and added a circuit breaker.',
  'Checkout latency dropped from 2.5 seconds to 300 milliseconds, and we shipped before the freeze.',
]

test('an answer that opens with its setting keeps it as the situation, and its goal as the task', () => {
  const transcript = blackFriday.join(' ')
  // what the STAR scorer claimed for this answer: actions and the result, not the setting
  const draft = draftStory(
    transcript,
    response(
      {
        action: spansOf(transcript, blackFriday[2]!, blackFriday[4]!),
        result: spansOf(
          transcript,
          'Checkout latency dropped from 2.5 seconds to 300 milliseconds',
        ),
      },
      [blackFriday[2], blackFriday[4], 'Checkout latency dropped from 2.5 seconds to 300 ms.'].join(
        ' ',
      ),
    ),
  )
  expect(draft.situation).toBe(blackFriday[0])
  expect(draft.task).toBe(blackFriday[1])
  expect(draft.action).toBe(blackFriday.slice(2, 5).join(' '))
  expect(draft.result).toBe(blackFriday[5])
  // the rewrite dropped the setting, the goal and the pairing: they are back, in order
  expect(draft.polishedAnswer).toBe(
    [...blackFriday.slice(0, 5), 'Checkout latency dropped from 2.5 seconds to 300 ms.'].join(' '),
  )
})

test('an opening the scorer read as the task is the situation when nothing else is', () => {
  const sentences = [
    'At Ledgerly I owned the nightly reconciliation job.',
    'My colleague wanted to replace it with Kafka.',
    'I ran her consumer in shadow mode for a week.',
    'Unmatched transactions dropped from forty a day to three.',
  ]
  const transcript = sentences.join(' ')
  const draft = draftStory(
    transcript,
    response(
      {
        task: spansOf(transcript, sentences[0]!),
        action: spansOf(transcript, sentences[2]!),
        result: spansOf(transcript, sentences[3]!),
      },
      null,
    ),
  )
  expect(draft.situation).toBe(sentences[0])
  expect(draft.task).toBe(sentences[1])
  expect(draft.action).toBe(sentences[2])
  expect(draft.result).toBe(sentences[3])
})

test('without any STAR evidence the setting, the actions and the result still each find a part', () => {
  const draft = draftStory(blackFriday.join(' '), response(null, null))
  expect(draft.situation).toBe(blackFriday[0])
  expect(draft.task).toBe(blackFriday[1])
  expect(draft.action).toBe(blackFriday.slice(2, 5).join(' '))
  expect(draft.result).toBe(blackFriday[5])
  expect(draft.polishedAnswer).toBe(blackFriday.join(' '))
})

test('a sentence the rewrite only shortened comes back whole, once', () => {
  const sentences = [
    'I proposed a hybrid of events and the nightly batch.',
    'Priya agreed, we paired on it, and it shipped in three weeks.',
    'Unmatched transactions dropped from forty a day to three.',
  ]
  const rewrite =
    'I proposed a hybrid of events and the nightly batch. It shipped in three weeks. Unmatched transactions dropped from forty a day to three.'
  const draft = draftStory(sentences.join(' '), response(null, rewrite))
  expect(draft.polishedAnswer).toBe(sentences.join(' '))
})

// Sentences a candidate might say: words, numbers with decimals, commas, quotes, any end mark.
const word = fc.oneof(
  fc.constantFrom('I', 'we', 'the', 'team', 'shipped', 'release', 'Kafka', 'customers', 'because'),
  fc.stringMatching(/^[A-Za-z][a-z]{2,9}$/),
  fc.double({ min: 0, max: 1000, noNaN: true }).map((n) => n.toFixed(1)),
  fc.integer({ min: 1, max: 99 }).map((n) => `${n}%`),
)
const sentence = fc
  .tuple(
    fc.array(word, { minLength: 1, maxLength: 14 }),
    fc.constantFrom('.', '!', '?', '…', '."'),
    fc.boolean(),
  )
  .map(([words, end, comma]) => {
    const text = words.join(comma && words.length > 3 ? ', ' : ' ')
    return text.charAt(0).toUpperCase() + text.slice(1) + end
  })
const separator = fc.constantFrom(' ', '  ', '\n', '\n\n', ' \n')

const answer = fc
  .tuple(
    fc.array(sentence, { minLength: 1, maxLength: 12 }),
    fc.array(separator, { maxLength: 12 }),
  )
  .map(([sentences, gaps]) => ({
    sentences,
    transcript: sentences.map((s, i) => (i === 0 ? s : (gaps[i] ?? ' ') + s)).join(''),
  }))

// Evidence as any scorer might return it: arbitrary spans, overlapping, partial, out of range.
const spans = (length: number) =>
  fc.array(
    fc
      .tuple(fc.integer({ min: -5, max: length + 5 }), fc.integer({ min: 0, max: 80 }))
      .map(([start, size]) => ({ start, end: start + size })),
    { maxLength: 4 },
  )

const scored = answer.chain(({ sentences, transcript }) =>
  fc.record({
    sentences: fc.constant(sentences),
    transcript: fc.constant(transcript),
    star: fc.option(
      fc.record({
        situation: spans(transcript.length),
        task: spans(transcript.length),
        action: spans(transcript.length),
        result: spans(transcript.length),
      }),
    ),
    // a rewrite that keeps, rephrases or drops each sentence, and may add its own
    rewrite: fc.option(
      fc
        .tuple(
          fc.array(fc.constantFrom('keep', 'drop', 'shorten'), {
            minLength: sentences.length,
            maxLength: sentences.length,
          }),
          fc.array(sentence, { maxLength: 2 }),
        )
        .map(([fates, added]) =>
          [
            ...sentences.flatMap((s, i) =>
              fates[i] === 'keep' ? [s] : fates[i] === 'shorten' ? [s.split(' ')[0] + '.'] : [],
            ),
            ...added,
          ].join(' '),
        ),
    ),
  }),
)

test('every sentence of the answer lands in a STAR part, and the polished answer still says it', () => {
  fc.assert(
    fc.property(scored, ({ sentences, transcript, star, rewrite }) => {
      const draft = draftStory(transcript, response(star, rewrite))
      const parts = starParts.map((part) => draft[part])
      for (const said of sentences) {
        expect(parts.some((text) => text.includes(said.trim()))).toBe(true)
        expect(keepsSentence(draft.polishedAnswer, said)).toBe(true)
      }
      // nothing is said twice: the parts together are the answer's sentences, once each
      expect(parts.filter(Boolean).join(' ').length).toBe(
        sentences.map((s) => s.trim()).join(' ').length,
      )
    }),
    { numRuns: 500 },
  )
})

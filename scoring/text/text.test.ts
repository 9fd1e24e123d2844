import fc from 'fast-check'
import { findFillers, findHedges } from './disfluency.ts'
import { analyseText, getNlp, getTextNlp } from './nlp.ts'
import { compilePhrases, containsPhrase, findPhrases } from './phrases.ts'
import {
  findLongPauses,
  locateWords,
  meanConfidence,
  orderedWords,
  speakingMinutes,
} from './timing.ts'

describe('analyseText', () => {
  test('every token and sentence quotes the text at its offsets', () => {
    const text =
      "Um, I, I led the migration at Acme in 2021. We didn't cut latency by 40% — we halved it!"
    const analysis = analyseText(text)
    expect(analysis.sentences.map((s) => s.text)).toEqual([
      'Um, I, I led the migration at Acme in 2021.',
      "We didn't cut latency by 40% — we halved it!",
    ])
    for (const token of analysis.tokens)
      expect(text.slice(token.start, token.end)).toBe(token.value)
    expect(analysis.tokens.find((t) => t.value === 'led')?.lemma).toBe('lead')
  })

  test('the built-ins read text as the full pipeline does: same tokens, lemmas, stems, tags, sentences', () => {
    const text =
      "Dr. Chen didn't sign off, so I'd rerun the checks in São Paulo on 3 May; we'd cut p99 by 40%. The customers weren't happy! Wasn't it Acme's call?"
    const read = (nlp: ReturnType<typeof getNlp>) => {
      const doc = nlp.readDoc(text)
      const its = nlp.its
      return {
        tokens: [its.value, its.lemma, its.stem, its.pos, its.type, its.stopWordFlag].map((f) =>
          doc.tokens().out(f as never),
        ),
        sentences: doc.sentences().out(its.span as never),
      }
    }
    expect(read(getTextNlp())).toEqual(read(getNlp()))
    const stems = read(getNlp()).tokens[2] as string[]
    expect(analyseText(text).tokens.map((t) => t.stem)).toEqual(stems.map((s) => s.toLowerCase()))
  })

  test('a text reads the same whatever the process read before (wink learns word forms)', () => {
    const read = (text: string) => getTextNlp().readDoc(text).tokens().out().map(String)
    const later = "Before the drill I made sure everybody's gloves were on and checked the ladder."
    const fresh = read(later)
    expect(fresh).toContain("'s")
    // a form met first at a sentence's end ("everybody's.") is taken whole by wink from then on
    read('We swapped the old gloves for new ones and then checked everybody’s. All done.')
    read("The new rota was fair, I think, as I had asked for everybody's.")
    expect(read(later)).toEqual(fresh)
    expect(analyseText(later).tokens.map((t) => t.value)).toEqual(fresh)
  })

  test('offsets stay inside any text, even odd Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const analysis = analyseText(text)
        for (const t of [...analysis.tokens, ...analysis.sentences]) {
          expect(t.start).toBeGreaterThanOrEqual(0)
          expect(t.end).toBeLessThanOrEqual(text.length)
          expect(t.end).toBeGreaterThanOrEqual(t.start)
        }
      }),
    )
  })
})

describe('fillers and hedges', () => {
  test('finds sounds, multi-word fillers, "like" in filler positions and repeats', () => {
    const analysis = analyseText(
      'Um, so I, I led it, you know, and like, it was kind of hard. I like Python. It looks like rain. What kind of tool?',
    )
    expect(findFillers(analysis).map((f) => f.text)).toEqual([
      'Um',
      'I, I',
      'you know',
      'like',
      'kind of',
    ])
  })

  test('"I think maybe" is one hedge, and fillers are not hedges', () => {
    const analysis = analyseText('I think maybe we could, you know, probably try it. I guess.')
    expect(findHedges(analysis).map((h) => h.text)).toEqual([
      'I think maybe',
      'probably',
      'I guess',
    ])
  })
})

describe('phrases', () => {
  test('a phrase is a word of its own, never part of a hyphenated compound', () => {
    const cues = compilePhrases(['cut', 'follow up', 'well'])
    const analysis = analyseText(
      'Before the noon cut-off a well-known follow-up was due - cut short. We cut it well, then follow up.',
    )
    expect(findPhrases(analysis, cues).map((m) => m.text)).toEqual([
      'cut',
      'cut',
      'well',
      'follow up',
    ])
    const opening = analysis.sentences[0]
    expect(containsPhrase(analysis, cues, opening.firstToken, opening.endToken)?.start).toBe(
      analysis.text.indexOf('cut short'),
    )
  })
})

describe('timing', () => {
  const words = [
    { word: 'we', start: 0, end: 0.3, confidence: 0.9 },
    { word: 'shipped', start: 3, end: 3.4, confidence: 0.9, punctuated_word: 'shipped.' },
    { word: 'it', start: 0.4, end: 0.5, confidence: 0.9 },
  ]

  test('sorts words out of order before measuring gaps', () => {
    expect(findLongPauses(words, 2)).toEqual([
      { afterWord: 1, seconds: 2.5, before: 'it', after: 'shipped.' },
    ])
    expect(speakingMinutes(words, undefined)).toBeCloseTo(3.4 / 60)
  })

  test('frozen words, as the pipeline passes them, measure the same on every call', () => {
    const frozen = Object.freeze(words.map((w) => Object.freeze({ ...w })))
    for (let call = 0; call < 2; call += 1) {
      expect(findLongPauses(frozen, 2)).toEqual(findLongPauses(words, 2))
      expect(speakingMinutes(frozen, undefined)).toBe(speakingMinutes(words, undefined))
      expect(meanConfidence(frozen)).toBe(meanConfidence(words))
    }
    const ordered = orderedWords(frozen)
    ordered.reverse()
    expect(orderedWords(frozen).map((w) => w.word)).toEqual(['we', 'it', 'shipped'])
  })

  test('falls back to the recording length, and to null without either', () => {
    expect(speakingMinutes(undefined, 30_000)).toBe(0.5)
    expect(speakingMinutes([], undefined)).toBeNull()
  })

  test('locates timed words in the transcript', () => {
    expect(locateWords('We, it shipped.', [words[0], words[2], words[1]])).toEqual([
      { start: 0, end: 2 },
      { start: 4, end: 6 },
      { start: 7, end: 14 },
    ])
  })
})

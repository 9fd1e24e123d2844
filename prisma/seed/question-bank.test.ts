import { competencies } from './competencies.ts'
import { questionBank } from './question-bank.ts'
import { bankRubric, scoredBankQuestions } from './question-rubrics.ts'

const competencyIds = competencies.map((c) => c.id)

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>()
  return values.filter((value) => seen.size === seen.add(value).size)
}

function normalised(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

function phrasePattern(keyword: string): RegExp {
  const escaped = keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(^|[^a-z0-9])${escaped}($|[^a-z0-9])`)
}

/** A whole-phrase matcher, the simplest reading of the keywords an extractor can make. */
function competenciesIn(text: string): string[] {
  const lower = text.toLowerCase().replace(/\s+/g, ' ')
  return competencies
    .filter((c) => c.keywords.some((keyword) => phrasePattern(keyword).test(lower)))
    .map((c) => c.id)
    .sort()
}

describe('competencies', () => {
  test('the taxonomy covers at least the fifteen competencies the interview engine plans with', () => {
    expect(competencyIds).toEqual(
      expect.arrayContaining([
        'leadership',
        'ownership',
        'conflict',
        'failure',
        'prioritisation',
        'influence',
        'customer-focus',
        'problem-solving',
        'teamwork',
        'adaptability',
        'communication',
        'ambiguity',
        'decision-making',
        'mentoring',
        'delivery-under-pressure',
      ]),
    )
    expect(duplicates(competencyIds)).toEqual([])
    for (const id of competencyIds) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/)
  })

  test('each competency has a label, a description and 10 to 25 keywords', () => {
    for (const competency of competencies) {
      expect(competency.label.trim(), competency.id).not.toBe('')
      expect(competency.description.trim(), competency.id).not.toBe('')
      expect(competency.keywords.length, competency.id).toBeGreaterThanOrEqual(10)
      expect(competency.keywords.length, competency.id).toBeLessThanOrEqual(25)
    }
  })

  test('every keyword is lowercase, trimmed and points to exactly one competency', () => {
    const keywords = competencies.flatMap((c) => [...c.keywords])
    for (const keyword of keywords) {
      expect(keyword).toBe(keyword.toLowerCase())
      expect(keyword).toBe(keyword.trim())
      expect(keyword).not.toBe('')
    }
    expect(duplicates(keywords)).toEqual([])
  })

  test("no keyword contains another competency's keyword, so one phrase never counts twice", () => {
    const owners = competencies.flatMap((c) => c.keywords.map((keyword) => ({ id: c.id, keyword })))
    const clashes = owners.flatMap((a) =>
      owners
        .filter((b) => a.id !== b.id && phrasePattern(b.keyword).test(a.keyword))
        .map((b) => `${a.id} "${a.keyword}" contains ${b.id} "${b.keyword}"`),
    )
    expect(clashes).toEqual([])
  })

  test('the wording of a real job description finds the competencies it asks for', () => {
    const jobDescription = `Senior Product Analyst. You will work closely with engineering and
      design in a fast-paced, ambiguous environment, explain technical concepts to leadership,
      and mentor junior team members. You are a self-starter with strong analytical skills who
      can juggle competing priorities and still meet deadlines.`
    expect(competenciesIn(jobDescription)).toEqual([
      'ambiguity',
      'communication',
      'delivery-under-pressure',
      'mentoring',
      'prioritisation',
      'problem-solving',
      'teamwork',
    ])
  })

  test('employer boilerplate about perks and equal opportunity finds no competency', () => {
    const boilerplate = `We are an inclusive, equal-opportunity employer. We offer flexible working,
      a supportive environment, private health insurance and a generous learning budget.
      Our office is in central London, with excellent transport links.`
    expect(competenciesIn(boilerplate)).toEqual([])
  })
})

describe('question bank', () => {
  test('holds at least 150 questions', () => {
    expect(questionBank.length).toBeGreaterThanOrEqual(150)
  })

  test('every key is a unique kebab-case slug that starts with its competency id', () => {
    expect(duplicates(questionBank.map((q) => q.key))).toEqual([])
    for (const question of questionBank) {
      expect(question.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(question.key.startsWith(`${question.competency}-`), question.key).toBe(true)
    }
  })

  test('no question text is repeated, even with different punctuation or case', () => {
    expect(duplicates(questionBank.map((q) => normalised(q.text)))).toEqual([])
  })

  test('every question names a known competency, kind and level', () => {
    for (const question of questionBank) {
      expect(competencyIds, question.key).toContain(question.competency)
      expect(['behavioural', 'situational', 'technical'], question.key).toContain(question.kind)
      expect(['any', 'junior', 'mid', 'senior'], question.key).toContain(question.level)
    }
  })

  test('every competency has at least 8 questions, 4 behavioural and 2 situational', () => {
    for (const id of competencyIds) {
      const questions = questionBank.filter((q) => q.competency === id)
      const count = (kind: string) => questions.filter((q) => q.kind === kind).length
      expect(questions.length, id).toBeGreaterThanOrEqual(8)
      expect(count('behavioural'), id).toBeGreaterThanOrEqual(4)
      expect(count('situational'), id).toBeGreaterThanOrEqual(2)
    }
  })

  test('behavioural questions ask about the past and situational ones about a hypothetical', () => {
    for (const question of questionBank) {
      if (question.kind === 'behavioural') {
        expect(question.text, question.key).toMatch(/^(Tell me|Describe|Give me)\b/)
      }
      if (question.kind === 'situational') {
        expect(question.text, question.key).toMatch(/^(Imagine|What would you do)\b/)
      }
    }
  })

  test('the bank offers every level, and more than one level within each competency', () => {
    const levels = new Set(questionBank.map((q) => q.level))
    expect([...levels].sort()).toEqual(['any', 'junior', 'mid', 'senior'])
    for (const id of competencyIds) {
      const levelsHere = new Set(
        questionBank.filter((q) => q.competency === id).map((q) => q.level),
      )
      expect(levelsHere.size, id).toBeGreaterThanOrEqual(3)
    }
  })

  test('each question has one or two distinct follow-ups, phrased as questions', () => {
    for (const question of questionBank) {
      expect(question.followUps.length, question.key).toBeGreaterThanOrEqual(1)
      expect(question.followUps.length, question.key).toBeLessThanOrEqual(2)
      expect(duplicates([...question.followUps]), question.key).toEqual([])
      for (const followUp of question.followUps) {
        expect(followUp, question.key).toMatch(/^[A-Z].*\?$/)
        expect(normalised(followUp), question.key).not.toBe(normalised(question.text))
      }
    }
  })

  test('question texts are complete sentences without stray whitespace', () => {
    for (const question of questionBank) {
      expect(question.text, question.key).toMatch(/^[A-Z].*[.?]$/)
      expect(question.text, question.key).toBe(question.text.trim().replace(/\s+/g, ' '))
    }
  })
})

describe('question-bank.json, the bank as the scorers see it', () => {
  test('lists every bank question with the same text, kind and competency, and a rubric', () => {
    const asScored = scoredBankQuestions.map(({ id, question, kind, competency }) => ({
      id,
      question,
      kind,
      competency,
    }))
    // when this fails after a question is added or reworded, update question-bank.json to match
    expect(asScored).toEqual(
      questionBank.map((q) => ({
        id: q.key,
        question: q.text,
        kind: q.kind,
        competency: q.competency.replaceAll('-', ' '),
      })),
    )
  })

  test('every rubric says what the question asks, what a strong answer shows and its red flags', () => {
    for (const q of scoredBankQuestions) {
      expect(q.rubric.asks.length, q.id).toBeGreaterThan(10)
      expect(q.rubric.strongShows.length, q.id).toBeGreaterThanOrEqual(3)
      expect(q.rubric.redFlags.length, q.id).toBeGreaterThanOrEqual(2)
    }
  })

  test('a rubric is found by the question key or by its exact text', () => {
    const [first] = questionBank
    expect(bankRubric({ key: first.key, text: 'reworded' })).toBeDefined()
    expect(bankRubric({ text: ` ${first.text} ` })).toEqual(
      bankRubric({ key: first.key, text: '' }),
    )
    expect(bankRubric({ text: 'A question the bank does not have.' })).toBeUndefined()
  })
})

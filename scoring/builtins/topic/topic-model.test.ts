import { analyseText } from '../../text/nlp.ts'
import { topicClassOf } from './competencies.ts'
import { readTopic } from './topic-model.ts'
import trained from './topic-model.json' with { type: 'json' }
import { readStories, trainTopicModel } from './train-topic-model.ts'

describe('the topic model', () => {
  test('the shipped model is what training on the training stories gives', () => {
    expect(trainTopicModel(readStories())).toEqual(trained)
  })

  test('a story about coaching a new starter reads as mentoring, not conflict', () => {
    const story = analyseText(
      'When a new porter started on my shift I kept him beside me for his first week and coached him on reading the job board, then let him take the easy runs on his own while I watched. Every Friday I gave him feedback on what had gone well and one thing to practise. By week four he was confident enough to run the late shift without asking me anything.',
    )
    expect(readTopic(story, 'mentoring')?.top).toBe('mentoring')
    expect(readTopic(story, 'mentoring')!.askedLean).toBeGreaterThan(
      readTopic(story, 'conflict')!.askedLean,
    )
  })

  test('a competency it was not trained on, or an answer it knows no word of, gives no reading', () => {
    expect(readTopic(analyseText('I improved the checkout.'), 'technical depth')).toBeNull()
    expect(readTopic(analyseText('Zzyzx qwerty.'), 'mentoring')).toBeNull()
  })

  test('a competency it lacks is read from the question, when its words point somewhere', () => {
    const story = analyseText(
      'A guest at reception was shouting about a double charge on his card. I let him finish, said I could see why he was angry, and showed him the two lines on the bill. One was a deposit hold, not a charge; I rang the bank with him there so he heard it from them, and he went away calm and thanked me.',
    )
    const reading = readTopic(story, 'keeping your cool', {
      question: 'Describe a time you had to calm down an angry customer.',
    })
    expect(reading).toMatchObject({ asked: 'conflict resolution', fromQuestion: true })
    expect(
      readTopic(story, 'keeping your cool', { question: 'Tell me about yourself.' }),
    ).toBeNull()
  })
})

describe("the topic model's competencies", () => {
  const classes = trained.classes
  test('are named as relevance names its lexicons', () => {
    expect(topicClassOf('Conflict resolution', classes)).toBe('conflict resolution')
    expect(topicClassOf('prioritising', classes)).toBe('prioritisation')
  })

  test('include six that relevance has no lexicon for, by their own names and aliases', () => {
    expect(topicClassOf('Honesty', classes)).toBe('integrity')
    expect(topicClassOf('safeguarding', classes)).toBe('safety')
    expect(topicClassOf('attention-to-detail', classes)).toBe('attention to detail')
    expect(topicClassOf('compassion', classes)).toBe('empathy')
    expect(topicClassOf('Discretion', classes)).toBe('integrity')
    expect(topicClassOf('fatigue management', classes)).toBe('safety')
  })

  test("take a name that is one of the model's own before a lexicon that lists it as an alias", () => {
    // adaptability's lexicon lists "resilience", ownership's "initiative"
    expect(topicClassOf('resilience', classes)).toBe('resilience')
    expect(topicClassOf('Initiative', classes)).toBe('initiative')
  })

  test('are none for a name nothing matches, or a lexicon the model was not trained on', () => {
    expect(topicClassOf('juggling', classes)).toBeUndefined()
    expect(topicClassOf('technical depth', classes)).toBeUndefined()
  })
})

import { analyseText } from '../../text/nlp.ts'
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
})

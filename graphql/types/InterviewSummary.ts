import type { InterviewSummary, SummaryPoint } from '../../interview/summaries/summary.ts'
import { builder } from '../builder.ts'

type Competency = InterviewSummary['competencies'][number]
type StoryCandidate = InterviewSummary['storyCandidates'][number]

const DimensionScoresRef = builder
  .objectRef<InterviewSummary['dimensions']>('DimensionScores')
  .implement({
    description: 'Scores 0–100 per dimension; null when nothing could be judged.',
    fields: (t) => ({
      content: t.exposeFloat('content', { nullable: true }),
      delivery: t.exposeFloat('delivery', { nullable: true }),
      structure: t.exposeFloat('structure', { nullable: true }),
    }),
  })

const CompetencyScoreRef = builder.objectRef<Competency>('CompetencyScore').implement({
  fields: (t) => ({
    competency: t.exposeString('competency'),
    score: t.exposeFloat('score', { nullable: true }),
    answered: t.exposeInt('answered', { description: 'Questions answered for it.' }),
  }),
})

const SummaryPointRef = builder.objectRef<SummaryPoint>('SummaryPoint').implement({
  description: 'A strength or an improvement, quoting the answer it rests on.',
  fields: (t) => ({
    message: t.exposeString('message'),
    quote: t.exposeString('quote', { description: 'The words of the transcript it rests on.' }),
    questionText: t.exposeString('questionText'),
    scorerId: t.exposeString('scorerId'),
    exchangeId: t.globalID({
      resolve: (point) => ({ type: 'MockInterviewExchange', id: point.exchangeId }),
    }),
    attemptId: t.globalID({
      resolve: (point) => ({ type: 'MockInterviewAttempt', id: point.attemptId }),
    }),
  }),
})

const SummaryDeliveryRef = builder
  .objectRef<InterviewSummary['delivery']>('SummaryDelivery')
  .implement({
    fields: (t) => ({
      meanWpm: t.exposeFloat('meanWpm', { nullable: true }),
      fillersPerMinute: t.exposeFloat('fillersPerMinute', { nullable: true }),
      fillersPer100Words: t.exposeFloat('fillersPer100Words', { nullable: true }),
      longPauses: t.exposeInt('longPauses', { nullable: true }),
    }),
  })

const StoryCandidateRef = builder.objectRef<StoryCandidate>('StoryCandidate').implement({
  description: 'An answer worth saving as a STAR story (saveStarStoryFromAttempt).',
  fields: (t) => ({
    attemptId: t.globalID({
      resolve: (candidate) => ({ type: 'MockInterviewAttempt', id: candidate.attemptId }),
    }),
    questionText: t.exposeString('questionText'),
    competency: t.exposeString('competency'),
    overallScore: t.exposeFloat('overallScore'),
  }),
})

export const InterviewSummaryRef = builder
  .objectRef<InterviewSummary>('InterviewSummary')
  .implement({
    description: 'Written when the interview finishes, from each question’s final attempt.',
    fields: (t) => ({
      overall: t.exposeFloat('overall', { nullable: true }),
      dimensions: t.expose('dimensions', { type: DimensionScoresRef }),
      competencies: t.expose('competencies', { type: [CompetencyScoreRef] }),
      strengths: t.expose('strengths', { type: [SummaryPointRef] }),
      improvements: t.expose('improvements', { type: [SummaryPointRef] }),
      delivery: t.expose('delivery', { type: SummaryDeliveryRef }),
      storyCandidates: t.expose('storyCandidates', { type: [StoryCandidateRef] }),
      answered: t.exposeInt('answered'),
      unanswered: t.exposeInt('unanswered'),
    }),
  })

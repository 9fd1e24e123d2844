/**
 * The competencies the topic model reads, by name. Fifteen are relevance's lexicons
 * (competency-lexicons.ts) and are named as those are; six more are common in interviews outside
 * software and have no lexicon, so the model alone reads them. Their names and aliases are
 * general English for each competency, written by hand (decision 104); no labelled answer or eval
 * question is in them. Some aliases are names that labelled sets gave their questions'
 * competencies (discretion, impartiality, fatigue management, clinical escalation, escalating
 * concerns, emergency response): a competency's name, never an answer's words.
 */
import { findLexicon, findNamed, type CompetencyName } from '../relevance/competency-lexicons.ts'

export const MODEL_ONLY_COMPETENCIES: readonly CompetencyName[] = [
  {
    id: 'integrity',
    aliases: [
      'honesty',
      'ethics',
      'ethical judgement',
      'trustworthiness',
      'doing the right thing',
      'probity',
      'whistleblowing',
      'discretion',
      'confidentiality',
      'impartiality',
      'fairness',
    ],
  },
  {
    id: 'safety',
    aliases: [
      'health and safety',
      'safety awareness',
      'safety leadership',
      'safeguarding',
      'risk assessment',
      'risk management',
      'infection control',
      'fatigue management',
      'escalating concerns',
      'clinical escalation',
      'emergency response',
    ],
  },
  {
    id: 'attention to detail',
    aliases: [
      'accuracy',
      'detail',
      'thoroughness',
      'precision',
      'diligence',
      'record keeping',
      'observation',
      'compliance',
      'quality',
    ],
  },
  {
    id: 'resilience',
    aliases: [
      'perseverance',
      'persistence',
      'coping with setbacks',
      'handling rejection',
      'stress management',
      'composure',
      'grit',
    ],
  },
  {
    id: 'initiative',
    aliases: [
      'proactivity',
      'being proactive',
      'self-starter',
      'self-motivation',
      'going the extra mile',
      'going above and beyond',
    ],
  },
  {
    id: 'empathy',
    aliases: [
      'compassion',
      'compassionate care',
      'emotional intelligence',
      'sensitivity',
      'bedside manner',
      'person-centred care',
      'kindness',
      'dignity',
    ],
  },
]

/**
 * The model's class for a competency name, or undefined when it reads none. A name that is one
 * of the model's own competencies goes there ("resilience", though adaptability's lexicon lists it
 * too), then a lexicon's, then one of the model's own matched loosely.
 */
export function topicClassOf(competency: string, classes: readonly string[]): string | undefined {
  const own = MODEL_ONLY_COMPETENCIES.filter((c) => classes.includes(c.id))
  const exact = findNamed(own, competency, { exactly: true })
  if (exact) return exact.id
  const lexicon = findLexicon(competency)?.id
  if (lexicon && classes.includes(lexicon)) return lexicon
  return findNamed(own, competency)?.id
}

/** Time markers and buzzwords, for the specificity scorer. */
export const TIME_MARKERS = [
  'last year', 'last month', 'last week', 'last quarter', 'this year', 'next day', 'the next day', 'next week',
  'the following week', 'within', 'by friday', 'by monday', 'overnight', 'in two weeks', 'weeks', 'months', 'days',
  'hours', 'minutes', 'quarter', 'q1', 'q2', 'q3', 'q4', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'morning', 'afternoon', 'sprint', 'deadline', 'launch day', 'black friday',
]

export const BUZZWORDS = [
  'synergy', 'synergies', 'leverage', 'leveraged', 'leveraging', 'best practices', 'best-in-class', 'move the needle',
  'paradigm', 'holistic', 'value-add', 'circle back', 'deep dive', 'low-hanging fruit', 'end-to-end', 'scalable',
  'robust', 'cross-functional', 'data-driven', 'innovative', 'proactive', 'proactively', 'results-oriented',
  'think outside the box', 'bandwidth', 'stakeholder alignment', 'alignment', 'align', 'aligned', 'empower',
  'empowered', 'impactful', 'actionable', 'game-changer', 'disruptive', 'seamless', 'seamlessly', 'world-class',
  'mindset', 'ecosystem', 'north star', 'optimise', 'optimize', 'optimised', 'optimized', 'streamline',
  'streamlined', 'drive value', 'driving value', 'value', 'strategic', 'strategically', 'transformation',
  'agile', 'growth hacking', 'thought leadership', 'ownership mindset', 'key learnings', 'learnings', 'touch base',
  'bleeding edge', 'cutting-edge', 'cutting edge', 'next-generation', 'dynamic', 'framework', 'frameworks',
  'stakeholders', 'deliverables', 'enablement', 'visibility', 'cadence', 'holistically', 'scalability',
]

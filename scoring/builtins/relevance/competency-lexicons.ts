/**
 * For each common interview competency, the words that indicate an answer is about it.
 * Matched by stem, so "negotiated" finds "negotiate". Names are matched loosely
 * (lowercase, aliases), so "Conflict resolution" and "conflict" agree.
 */
export interface CompetencyLexicon {
  id: string
  aliases: readonly string[]
  terms: readonly string[]
}

export const COMPETENCY_LEXICONS: readonly CompetencyLexicon[] = [
  { id: 'leadership', aliases: ['leading', 'leading a team', 'people leadership'], terms: ['lead', 'leader', 'team', 'vision', 'direction', 'motivate', 'delegate', 'inspire', 'rally', 'morale', 'hire', 'manage', 'report', 'ownership', 'responsibility', 'decide', 'align', 'goal'] },
  { id: 'teamwork', aliases: ['collaboration', 'team player', 'working with others', 'cross-functional collaboration'], terms: ['team', 'together', 'collaborate', 'colleague', 'pair', 'help', 'support', 'share', 'cooperate', 'partner', 'joint', 'contribute', 'handoff', 'peer', 'trust'] },
  { id: 'conflict resolution', aliases: ['conflict', 'conflict management', 'disagreement', 'handling conflict'], terms: ['conflict', 'disagree', 'disagreement', 'argue', 'argument', 'tension', 'frustrate', 'upset', 'compromise', 'mediate', 'resolve', 'perspective', 'listen', 'concern', 'tense', 'clash', 'friction', 'common ground', 'one-on-one'] },
  { id: 'communication', aliases: ['communicating', 'communication skills', 'presenting'], terms: ['explain', 'present', 'presentation', 'audience', 'message', 'write', 'email', 'clear', 'clarity', 'update', 'communicate', 'slide', 'document', 'simplify', 'jargon', 'non-technical', 'listen', 'meeting'] },
  { id: 'problem solving', aliases: ['problem-solving', 'analytical thinking', 'troubleshooting', 'debugging'], terms: ['problem', 'issue', 'root', 'cause', 'investigate', 'debug', 'analyse', 'analyze', 'hypothesis', 'diagnose', 'fix', 'bug', 'solution', 'test', 'data', 'log', 'reproduce', 'isolate', 'trace'] },
  { id: 'ownership', aliases: ['accountability', 'taking ownership', 'responsibility'], terms: ['own', 'ownership', 'accountable', 'responsibility', 'responsible', 'commit', 'follow through', 'step up', 'volunteer', 'end to end', 'initiative', 'proactive'] },
  { id: 'adaptability', aliases: ['flexibility', 'dealing with change', 'change', 'ambiguity', 'resilience'], terms: ['change', 'adapt', 'pivot', 'unexpected', 'shift', 'new', 'learn', 'ambiguity', 'uncertain', 'reorganisation', 'reorg', 'adjust', 'flexible', 'overnight', 'switch', 'restructure'] },
  { id: 'prioritisation', aliases: ['prioritization', 'time management', 'managing priorities', 'organisation', 'organization'], terms: ['priority', 'prioritise', 'prioritize', 'deadline', 'urgent', 'schedule', 'plan', 'time', 'juggle', 'backlog', 'trade-off', 'tradeoff', 'focus', 'defer', 'important', 'calendar', 'workload', 'triage'] },
  { id: 'customer focus', aliases: ['customer service', 'customer obsession', 'client focus', 'user focus'], terms: ['customer', 'client', 'user', 'complaint', 'feedback', 'satisfaction', 'support', 'ticket', 'churn', 'retention', 'experience', 'needs', 'account', 'refund', 'nps'] },
  { id: 'learning from failure', aliases: ['failure', 'mistakes', 'learning', 'growth mindset', 'handling failure'], terms: ['mistake', 'fail', 'failure', 'wrong', 'learn', 'lesson', 'regret', 'own up', 'admit', 'apologise', 'apologize', 'postmortem', 'retrospective', 'missed', 'error', 'blame'] },
  { id: 'influence', aliases: ['stakeholder management', 'influencing', 'persuasion', 'influencing without authority'], terms: ['convince', 'persuade', 'stakeholder', 'buy-in', 'influence', 'argument', 'proposal', 'sponsor', 'executive', 'case', 'evidence', 'skeptic', 'sceptic', 'agree', 'pitch', 'objection', 'win over'] },
  { id: 'decision making', aliases: ['decision-making', 'judgement', 'judgment', 'making decisions'], terms: ['decide', 'decision', 'option', 'risk', 'trade-off', 'tradeoff', 'weigh', 'choose', 'choice', 'data', 'judgement', 'judgment', 'criteria', 'alternative', 'reversible', 'call'] },
  { id: 'mentoring', aliases: ['coaching', 'developing others', 'teaching'], terms: ['mentor', 'coach', 'teach', 'junior', 'grow', 'develop', 'feedback', 'career', 'onboard', 'pair', 'guide', 'confidence', 'mentee', 'review', 'skill'] },
  { id: 'innovation', aliases: ['creativity', 'creative thinking', 'thinking outside the box'], terms: ['idea', 'new', 'prototype', 'experiment', 'invent', 'creative', 'novel', 'hackathon', 'pilot', 'try', 'innovate', 'approach', 'rethink', 'automate', 'tool'] },
  { id: 'delivering results', aliases: ['results', 'drive for results', 'execution', 'getting things done', 'delivery'], terms: ['deliver', 'ship', 'launch', 'deadline', 'target', 'goal', 'result', 'milestone', 'complete', 'finish', 'on time', 'revenue', 'metric', 'exceed', 'scope'] },
  { id: 'technical depth', aliases: ['technical', 'system design', 'architecture', 'engineering'], terms: ['system', 'architecture', 'database', 'latency', 'scale', 'cache', 'api', 'service', 'query', 'design', 'performance', 'deploy', 'code', 'server', 'load', 'queue', 'index', 'throughput'] },
]

/** The lexicon for a competency name, or undefined when none matches. */
export function findLexicon(competency: string): CompetencyLexicon | undefined {
  const name = competency.trim().toLowerCase().replace(/[_-]+/g, ' ')
  return (
    COMPETENCY_LEXICONS.find((l) => l.id === name || l.aliases.some((a) => a.replace(/-/g, ' ') === name)) ??
    COMPETENCY_LEXICONS.find((l) => name.includes(l.id) || l.aliases.some((a) => name.includes(a)))
  )
}

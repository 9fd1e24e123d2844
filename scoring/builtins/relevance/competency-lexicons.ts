/**
 * For each common interview competency, the words and phrases that show an answer is about
 * it. Matched by stem, word by word, so "negotiated" finds "negotiate"; irregular forms and
 * derivations the stemmer keeps apart ("failure", "fail"; "taught", "teach") are listed.
 * Each string holds a comma-separated group of related terms, to keep the lists readable.
 * Names are matched loosely (lowercase, aliases), so "Conflict resolution" and "conflict" agree.
 * Derivation: general English and common interview vocabulary, written by hand; entries found
 * only in one labelled answer were removed (decision 056), and a test fails on any six-word
 * overlap with a labelled answer (tests/fixtures/eval/no-memorised-answers.test.ts).
 */
import { stemOf } from '../../text/nlp.ts'

export interface CompetencyLexicon extends CompetencyName {
  terms: readonly string[]
}

export const COMPETENCY_LEXICONS: readonly CompetencyLexicon[] = [
  {
    id: 'leadership',
    aliases: ['leading', 'leading a team', 'people leadership', 'team leadership'],
    terms: [
      'lead, leader, led, leading, leadership, team lead, tech lead',
      'vision, direction, motivate, motivation, morale, inspire, rally',
      'delegate, delegation, hire, hired, hiring, direct reports, my reports',
      'set the direction, took charge, stepped in, one-to-ones, 1:1s',
      'looked to me, looked to, each person, everyone on the team, the rest of the team, my team',
      'resigned, quit, left the team, nobody left, stayed, rota, stand-up, team meeting, retro',
      'took over, stepped up, kept the team, protected the team, shielded, unblocked',
    ],
  },
  {
    id: 'teamwork',
    aliases: ['collaboration', 'team player', 'working with others', 'cross-functional'],
    terms: [
      'together, collaborate, collaboration, cooperate, partner, partnered',
      'pair, paired, pairing, joint, jointly, handoff, hand over',
      'helped, help out, support each other, teammate, teammates, peers',
      'shared the work, split the work, covered for, trust',
      'another team, other team, both teams, their team, our two teams, across teams, sat together',
      'shared goal, common goal, same goal, agreed the contract, joint demo, worked with, worked closely',
    ],
  },
  {
    id: 'conflict resolution',
    aliases: ['conflict', 'conflict management', 'disagreement', 'handling conflict'],
    terms: [
      'conflict, disagree, disagreed, disagreement, disagreements, argue, argued, argument',
      "didn't agree, did not agree, not convinced, pushed back, push back, objected, objection",
      'different view, different views, different opinion, other opinion, opposite view',
      'tension, frustrated, frustration, clash, clashed, friction, heated, debate, debated',
      'compromise, mediate, resolve, resolved, common ground, middle ground, meet halfway',
      'perspective, point of view, her view, his view, their view, her reasoning, his reasoning',
      'she wanted, he wanted, they wanted, she thought, he thought, she was right, he was right',
      'she agreed, he agreed, they agreed, agreed to, partly right, not worth it',
      'concern, concerns, her idea, his idea, her approach, his approach, her proposal, his proposal',
      'test both, try both, both options, pros and cons, other side',
    ],
  },
  {
    id: 'communication',
    aliases: ['communicating', 'communication skills', 'presenting', 'written communication'],
    terms: [
      'explain, explained, explanation, present, presented, presentation, audience',
      'message, email, emailed, wrote up, write-up, memo, slide, slides, deck',
      'clear, clearly, clarity, simplify, simplified, plain language, jargon, non-technical',
      'communicate, communicated, communication, update, updates, briefed, brief',
      'analogy, picture, diagram, one page, one-pager, summary, plain english, in plain terms',
      'what she needed to know, what he needed to know, what they needed to know, the audience',
      'rewrote, reworded, translated, without the jargon, background, non-specialist, layman',
    ],
  },
  {
    id: 'problem solving',
    aliases: ['problem-solving', 'analytical thinking', 'troubleshooting', 'debugging'],
    terms: [
      'root cause, investigate, investigated, investigation, debug, debugged, diagnose',
      'hypothesis, hypotheses, reproduce, reproduced, isolate, isolated, narrowed down',
      'trace, traced, profile, profiled, bisect, symptom, culprit, workaround',
    ],
  },
  {
    id: 'ownership',
    aliases: ['accountability', 'taking ownership', 'responsibility', 'initiative'],
    terms: [
      'own, owned, ownership, accountable, accountability, responsibility, responsible',
      'took it on, took on, stepped up, step up, volunteered, volunteer, initiative',
      'nobody owned, no one owned, not my job, followed through, saw it through',
      "belonged to no one, belonged to no team, nobody's job, no one's job, everyone complained",
      'nobody asked, without being asked, on my own, myself, outside my role, outside my job, job description',
      'took responsibility, my responsibility, i decided to fix, fixed it myself, own it',
      "no owner, not mine, wasn't mine, someone else's, another team's, other team's",
      'not my code, not my team, my remit, outside my remit, took it over, take it over',
      'hand it over, handed it over, formally, picked it up, picked up, offered to, fell between',
    ],
  },
  {
    id: 'adaptability',
    aliases: ['flexibility', 'dealing with change', 'change', 'resilience'],
    terms: [
      'change, changed, changes, adapt, adapted, adjust, adjusted, pivot, pivoted',
      'unexpected, unexpectedly, suddenly, shift, shifted, switch, switched',
      'reorganisation, reorg, restructure, restructured, new role, new team, new tool',
      'flexible, resilient, from scratch, learn quickly, picked up',
      'last minute, last-minute, at short notice, plans changed, plan b, backup plan, instead',
      'moved, rearranged, rescheduled, replanned, cancelled, canceled, new plan, had to change',
      'revised, rework, reworked, redo, redid, overnight, pulled out',
      "a week before, days before, at a day's notice, without warning, out of nowhere, had to rethink",
    ],
  },
  {
    id: 'ambiguity',
    aliases: ['dealing with ambiguity', 'uncertainty', 'ambiguous situations'],
    terms: [
      'ambiguity, ambiguous, vague, vaguely, unclear, undefined, uncertain, uncertainty, fuzzy',
      'clarify, clarified, clarifying, define, defined, definition, success look like',
      'no owner, no clear owner, nobody owned, no one owned, owner, sponsor',
      'assumption, assumptions, open question, open questions, problem statement, scope',
      'goal, goals, outcome, success criteria, measure of success, write down, wrote down',
    ],
  },
  {
    id: 'prioritisation',
    aliases: [
      'prioritization',
      'time management',
      'managing priorities',
      'organisation',
      'organization',
    ],
    terms: [
      'priority, priorities, prioritise, prioritize, prioritised, prioritized, urgent, urgency',
      'triage, triaged, juggle, juggling, competing, backlog, trade-off, tradeoff, trade off',
      'defer, deferred, postpone, postponed, push back, could wait, pushed out, put off',
      'most important, what mattered most, workload, capacity, bandwidth, at once, same time',
    ],
  },
  {
    id: 'customer focus',
    aliases: ['customer service', 'customer obsession', 'client focus', 'user focus'],
    terms: [
      'customer, customers, client, clients, user, users, guest, patient, buyer, account',
      'complaint, complain, complained, unhappy, angry, upset, furious, annoyed, frustrated',
      'refund, apologise, apologize, apologised, apologized, sorry, escalate, escalated',
      'satisfaction, churn, retention, renew, renewed, ticket, nps, feedback',
    ],
  },
  {
    id: 'learning from failure',
    aliases: ['failure', 'mistakes', 'mistake', 'learning', 'growth mindset', 'handling failure'],
    terms: [
      'mistake, mistakes, error, errors, fail, failed, failure, failing, wrong, went wrong',
      'got it wrong, my fault, my mistake, dropped the ball, slip, oversight, overlooked',
      "should have, shouldn't have, should not have, without checking, forgot, missed",
      'own up, owned it, admit, admitted, apologise, apologised, apologized, blame',
      'lesson, lessons, learn, learned, learnt, learning, took from, taught me, regret',
      'postmortem, post-mortem, retrospective, correction, corrected, noticed, realised, realized',
    ],
  },
  {
    id: 'influence',
    aliases: [
      'stakeholder management',
      'influencing',
      'persuasion',
      'influencing without authority',
    ],
    terms: [
      'convince, convinced, persuade, persuaded, influence, influenced, buy-in, win over',
      'stakeholder, stakeholders, sponsor, executive, director, senior, vp, head of, boss',
      'proposal, proposed, pitch, pitched, objection, concerns, case for, evidence',
      'insisted, insist, push back, pushed back, challenge, challenged, escalate, changed her mind',
    ],
  },
  {
    id: 'decision making',
    aliases: ['decision-making', 'judgement', 'judgment', 'making decisions'],
    terms: [
      'decide, decided, decision, decisions, choose, chose, choice, option, options',
      'risk, risks, trade-off, tradeoff, weigh, weighed, criteria, alternative, alternatives',
      'judgement, judgment, reversible, the call, made the call, go with, went with',
      'switch, switched, reasoning, my reasoning, pros and cons, weighed up, worth the risk, gamble',
      "didn't know, did not know, no way to know, incomplete, unknown, uncertain, not enough data",
      'instead of waiting, rather than wait, gave it, cut our losses, committed to, settled on',
      "couldn't know, could not know, no idea, what we knew, unclear",
      'review point, revisit, held, hold off, held back, estimate, estimated, versus, whether to',
      'proportionate, the cost of, worth the, downside, upside, best guess, reversible, irreversible',
    ],
  },
  {
    id: 'mentoring',
    aliases: ['coaching', 'developing others', 'teaching', 'developing people'],
    terms: [
      'mentor, mentored, mentoring, mentee, coach, coached, coaching, teach, taught, teaching',
      'junior, graduate, grad, intern, apprentice, trainee, new starter, new hire, newer',
      'less experienced, more experienced, grow, grew, growth, develop, developed, career',
      'confidence, confident, independent, on her own, on his own, promoted, promotion',
      'pair, paired, pairing, shadow, shadowed, one-to-one, 1:1, walked her through',
      'walked him through, showed her, showed him, explained to her, explained to him',
    ],
  },
  {
    id: 'innovation',
    aliases: ['creativity', 'creative thinking', 'thinking outside the box'],
    terms: [
      'idea, ideas, prototype, prototyped, experiment, experimented, invent, invented',
      'creative, novel, hackathon, pilot, piloted, innovate, innovation, rethink',
    ],
  },
  {
    id: 'delivery under pressure',
    aliases: ['pressure', 'working under pressure', 'tight deadlines', 'deadlines'],
    terms: [
      'deadline, deadlines, due date, cut-off, cutoff, go-live, submission, on time, in time',
      'tight, pressure, rush, rushed, crunch, scramble, late, slip, slipped, at risk',
      'days before, hours before, weeks before, the night before, overnight, weekend',
      'cut scope, cut the scope, descoped, must-have, must have, could wait',
    ],
  },
  {
    id: 'delivering results',
    aliases: ['results', 'drive for results', 'execution', 'getting things done', 'delivery'],
    terms: [
      'deliver, delivered, ship, shipped, launch, launched, milestone, target, targets',
      'complete, completed, finish, finished, on time, revenue, metric, exceeded, scope',
    ],
  },
  {
    id: 'technical depth',
    aliases: ['technical', 'system design', 'architecture', 'engineering'],
    terms: [
      'system, architecture, database, latency, scale, cache, api, service, query, queries',
      'design, performance, deploy, deployed, server, load, queue, index, throughput',
    ],
  },
]

/**
 * What a competency is called: its id and aliases. `findNamed` matches a name loosely
 * (lowercase, hyphens as spaces): the same name, then (unless `exactly`) a name that contains one
 * ("conflict resolution skills"), then the same words by stem ("prioritising" for
 * "prioritisation").
 */
export interface CompetencyName {
  id: string
  aliases: readonly string[]
}

const stemsOfName = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => stemOf(word))
    .join(' ')

export function findNamed<T extends CompetencyName>(
  named: readonly T[],
  competency: string,
  { exactly = false } = {},
): T | undefined {
  const name = competency.trim().toLowerCase().replace(/[_-]+/g, ' ')
  const names = (c: T) => [c.id, ...c.aliases].map((n) => n.replace(/-/g, ' '))
  const same = named.find((c) => names(c).includes(name))
  if (same || exactly) return same
  const stemmed = stemsOfName(name)
  return (
    named.find((c) => names(c).some((n) => name.includes(n))) ??
    named.find((c) => names(c).some((n) => stemsOfName(n) === stemmed))
  )
}

/** The lexicon for a competency name, or undefined when none matches. */
export function findLexicon(competency: string): CompetencyLexicon | undefined {
  return findNamed(COMPETENCY_LEXICONS, competency)
}

/** Every term of a lexicon, split out of its comma-separated groups. */
export function termsOf(lexicon: CompetencyLexicon): string[] {
  return lexicon.terms.flatMap((group) => group.split(',').map((t) => t.trim())).filter(Boolean)
}

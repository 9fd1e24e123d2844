/**
 * What common interview questions ask a candidate to have DONE, and the words an answer that
 * did it uses. A question's objects (customer, team, project) appear in any story; its
 * predicate (deliver bad news, give feedback, turn down a request, track down a bug) is what
 * makes a story answer it (decision 052). `asks`: phrases that, found in a question, name the
 * predicate (matched by stem, so "tracked down" finds "track down"). `terms`: words and
 * phrases showing an answer engages it, as a comma-separated list: the act itself, its word
 * family, and what people say while doing it. General English, not any one answer's words. Each
 * entry is an act that questions in the bank ask for (prisma/seed/questions/); acts only eval
 * questions asked for were removed (issue 17: no rule taken from an eval question).
 */
export interface PredicateEntry {
  id: string
  asks: readonly string[]
  terms: string
}

export const PREDICATES: readonly PredicateEntry[] = [
  {
    id: 'deliver bad news',
    asks: ['bad news', 'unwelcome news', 'disappointing news', 'difficult news', 'break the news'],
    terms:
      "bad news, the news, told them, told him, told her, had to tell, broke the news, let them know, called them, phoned, rang, unfortunately, disappointed, disappointing, not going to, would not, could not, won't be, unable to, delay, delayed, cancel, cancelled, price increase, refund, credit, apologised, apologized, apology, sorry, upfront, before they heard, reaction, took it",
  },
  {
    id: 'give feedback',
    asks: [
      'give feedback',
      'difficult feedback',
      'critical feedback',
      'tough feedback',
      'feedback to',
      'negative feedback',
      'hard conversation',
      'difficult conversation',
      'underperform',
    ],
    terms:
      'feedback, told him, told her, told them, sat down with, one-to-one, 1:1, private, privately, pointed out, specific examples, his work, her work, their work, behaviour, behavior, performance, expectations, direct, directly, code review, quality, kept missing, defensive, upset, agreed a plan, followed up, check-in',
  },
  {
    id: 'turn down a request',
    asks: [
      'turn down',
      'turned down',
      'say no',
      'said no',
      'decline',
      'refuse',
      'push back on a request',
      'capacity',
    ],
    terms:
      "said no, say no, saying no, turned down, turn down, declined, decline, refused, not this quarter, not now, couldn't take, could not take, can't take, cannot take, no capacity, capacity, bandwidth, stretched, at capacity, fully booked, backlog, roadmap, trade-off, trade off, next quarter, deferred, defer, postpone, alternative, what we'd drop, what would slip, push back, pushed back, explained why, priorities, told him no, told them no, cut-down, smaller version, committed to, already committed",
  },
  {
    id: 'track down a bug',
    asks: ['bug', 'debug', 'track down', 'tracked down', 'defect', 'crash', 'root cause'],
    terms:
      'bug, bugs, crash, crashed, crashes, crashing, exception, exceptions, defect, regression, root cause, repro, reproduce, reproduced, reproducing, stack trace, debug, debugger, debugging, breakpoint, bisect, race condition, memory leak, leak, null, deadlock, timeout, flaky, intermittent, intermittently, corrupt, corrupted, failing test, a test that, patch, hotfix, symptom, narrowed, narrowed it down, traced, tracked it down, turned out, culprit',
  },
  {
    id: 'disagree',
    asks: ['disagreed', 'disagree', 'disagreement', 'conflict with', 'clashed', 'argument with'],
    terms:
      "disagree, disagreed, disagreement, argue, argued, argument, pushed back, push back, objected, didn't agree, did not agree, not convinced, different view, conflict, clash, tension, his view, her view, their view, my view, compromise, tested both, prototype, convinced, his idea, her idea",
  },
  {
    id: 'make a mistake',
    asks: ['mistake', 'failed', 'failure', 'went wrong', 'got it wrong', 'error'],
    terms:
      "mistake, my mistake, my fault, my error, accidentally, by mistake, typo, i got it wrong, went wrong, should have, shouldn't have, without checking, forgot, overlooked, broke, failed, failure, i owned, owned up, took responsibility, apologised, apologized, lesson, now i",
  },
  {
    id: 'prioritise',
    asks: [
      'priorities',
      'prioritise',
      'prioritize',
      'urgent',
      'competing',
      'decide what to do first',
      'at once',
    ],
    terms:
      'priority, priorities, prioritise, prioritize, prioritised, prioritized, urgent, most important, triage, ranked, could wait, defer, deferred, postpone, postponed, impact, risk, deadline, trade-off, delegated, handed off, at the same time, competing',
  },
  {
    id: 'handle an unhappy customer',
    asks: [
      'unhappy',
      'angry',
      'upset',
      'difficult customer',
      'complaint',
      'complained',
      'threatened to leave',
      'frustrated',
    ],
    terms:
      'unhappy, angry, upset, furious, annoyed, frustrated, disappointed, complaint, complained, escalated, escalation, threatened, refund, apologised, apologized, sorry, phoned, met, credit, renewed, retained, churn',
  },
  {
    id: 'mentor',
    asks: ['mentor', 'mentored', 'coach', 'less experienced', 'helped a', 'develop', 'teach'],
    terms:
      'mentor, mentored, mentoring, coach, coached, coaching, taught, teach, paired, pairing, pair, guided, one-to-one, 1:1, confidence, independent, on his own, on her own, on their own, grew, promoted, promotion, progress, junior, graduate, intern, new hire',
  },
  {
    id: 'deliver under a deadline',
    asks: ['deadline', 'launch date', 'tight', 'under pressure', 'miss it', 'going to miss'],
    terms:
      'deadline, due, launch, go-live, on time, in time, scope, cut scope, descoped, must-have, must-haves, critical path, reprioritised, replan, re-plan, new date, told the client, tell the client, warned, flagged, escalated, options, trade-off, phased, extra people, overtime, delivered',
  },
  {
    id: 'work through ambiguity',
    asks: [
      'vague',
      'unclear',
      'ambiguous',
      'ambiguity',
      'no clear owner',
      'incomplete',
      'without all the information',
    ],
    terms:
      "vague, unclear, ambiguous, ambiguity, clarify, clarified, define, defined, assumption, assumptions, didn't know, did not know, unknown, uncertain, estimate, best guess, reversible, hypothesis, pilot, small experiment, success looks like, goal, owner, sponsor",
  },
  {
    id: 'push back on a senior',
    asks: [
      'senior stakeholder',
      'insisted',
      'believed would fail',
      'believe would fail',
      'disagree with your manager',
      'overrule',
    ],
    terms:
      'insisted, risk, risks, evidence, numbers, presented, proposed, alternative, pilot, one-to-one, privately, disagree, pushed back, escalate, wrote down, in writing, compromise, disagree and commit, their goal, what they wanted',
  },
  {
    id: 'find why something is slow',
    asks: ['slow', 'latency', 'performance', 'response time'],
    terms:
      'slow, latency, p50, p95, p99, percentile, response time, timeout, profile, profiler, profiling, trace, tracing, flame graph, metrics, dashboard, query, queries, slow query, index, n+1, cache, cpu, memory, database, deploy, recent change, regression, rollback, compare, baseline, reproduce, load',
  },
  {
    id: 'lead through change',
    asks: [
      'through a difficult change',
      'through a change',
      'lead a change',
      'led a change',
      'reorganisation',
      'reorg',
    ],
    terms:
      "reorg, reorganisation, restructure, merger, new process, moved to, switched, migrated, explained why, told the team, one-to-ones, worried, morale, resistance, nobody left, adopted, rolled out, pilot, moved from, weren't happy, were not happy, training, struggling, got used to, old system, new system, transition",
  },
  {
    id: 'take ownership',
    asks: [
      'ownership',
      'not your responsibility',
      "wasn't strictly your responsibility",
      "wasn't your job",
      'stepped up',
      'nobody owned',
    ],
    terms:
      "ownership, owner, no owner, nobody owned, no one owned, not my job, not mine, responsibility, responsible, took it on, took on, took over, stepped up, volunteered, on my own, without being asked, nobody asked, picked it up, i noticed, someone else's, their job, other team's, nobody else, wasn't ours, no one else",
  },
  {
    id: 'persuade without authority',
    asks: [
      'persuaded',
      'persuade',
      'convince',
      'convinced',
      'influence',
      'no formal authority',
      'adopt an idea',
      'buy-in',
    ],
    terms:
      'persuade, persuaded, convince, convinced, influence, buy-in, won over, win over, adopted, sceptical, skeptical, resistance, pilot, demo, prototype, evidence, allies, champion, one-to-one, their concerns, tried it',
  },
  {
    id: 'adapt to a change of plan',
    asks: [
      'adapt',
      'plans changed',
      'changed suddenly',
      'last minute',
      'last-minute',
      'unexpected change',
    ],
    terms:
      'adapt, adapted, suddenly, overnight, last minute, short notice, unexpected, replanned, re-planned, new plan, switched, pivoted, reprioritised, rearranged, rescheduled, revised, new requirements, a week before, days before, new rules, had to change, redo, rework, at short notice',
  },
  {
    id: 'explain something complex',
    asks: [
      'explain something complex',
      'non-technical',
      'complex to',
      'complicated to',
      'simplify',
    ],
    terms:
      'analogy, picture, diagram, drew, plain english, plain language, simplified, simple, jargon, without jargon, non-technical, audience, walked through, demo, asked questions, checked they understood, understood',
  },
  {
    id: 'decide without full information',
    asks: [
      'decision without',
      'without all the information',
      'incomplete information',
      'make an important decision',
      'tough decision',
      'difficult decision',
    ],
    terms:
      "chose, choice, option, options, weighed, trade-off, risk, reversible, didn't know, did not know, no way to know, unknown, uncertain, estimate, assumption, best guess, data we had, deadline, called it, went with, revisit, checkpoint, couldn't know, could not know, weighed up, would cost, cost of",
  },
  {
    id: 'deal with a teammate not pulling their weight',
    asks: [
      'pulling their weight',
      'not pulling',
      'underperforming',
      'not contributing',
      "wasn't contributing",
    ],
    terms:
      "speak to, privately, one-to-one, 1:1, what's going on, what was going on, workload, clarify, expectations, split, tasks, tickets, check in, follow up, escalate, deadline, contribution",
  },
  {
    id: 'transfer knowledge before someone leaves',
    asks: [
      'leaving',
      'only person who',
      'bus factor',
      'knowledge transfer',
      'handover',
      'hand over',
    ],
    terms:
      'document, documented, documentation, docs, runbook, runbooks, handover, hand over, knowledge transfer, shadow, shadowed, shadowing, pair, paired, pairing, record, recorded, recording, walkthrough, walk through, walked me through, write down, wrote down, diagram, sessions, on-call, access, credentials, passwords, deploy, incident, backup person, second person, bus factor, before they leave, before she leaves, before he leaves, last day',
  },
]

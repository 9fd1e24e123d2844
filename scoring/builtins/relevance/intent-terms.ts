/**
 * What a question's key words look like in an answer that engages them. A candidate asked
 * about a time they "disagreed with a colleague" rarely repeats "disagreed": they say "Tomas
 * wanted…, I pushed back". Keyed by the word as a question uses it (matched by stem); each
 * value is a comma-separated list of words and phrases an answer uses for the same thing.
 * General English, not tied to any one question: add a key when a question word is missing.
 * Derivation: general English and common interview vocabulary, written by hand; entries found
 * only in one labelled answer were removed (decision 056), and a test fails on any six-word
 * overlap with a labelled answer (tests/fixtures/eval/no-memorised-answers.test.ts).
 */
export const INTENT_SYNONYMS: Readonly<Record<string, string>> = {
  disagree:
    "disagree, disagreed, disagreement, argue, argued, argument, debate, debated, pushed back, push back, objected, objection, didn't agree, did not agree, not convinced, different view, different opinion, conflict, clash",
  conflict:
    "conflict, disagree, disagreed, disagreement, argue, argued, tension, friction, clash, clashed, pushed back, didn't agree, fell out",
  colleague:
    'colleague, colleagues, coworker, co-worker, teammate, peer, peers, engineer, developer, analyst, manager, lead, senior, junior, counterpart, she, he, her, him',
  technical:
    'technical, design, architecture, system, code, database, service, api, framework, library, schema, infrastructure, pipeline, query, migration, stack',
  decision:
    'decision, decide, decided, choice, chose, choose, option, options, approach, the call, go with, went with, settled on, agreed on',
  mistake:
    "mistake, error, wrong, went wrong, got it wrong, my fault, fault, slip, oversight, overlooked, should have, shouldn't have, without checking, forgot, missed, broke, bug, incident, dropped the ball",
  fail: 'fail, failed, failure, failing, went wrong, mistake, missed, broke, collapsed, flopped, fell through',
  learn:
    'learn, learned, learnt, lesson, lessons, took from, takeaway, taught me, realised, realized, since then, ever since, now i, next time, going forward, changed how',
  priority:
    'priority, priorities, prioritise, prioritize, prioritised, prioritized, urgent, first, most important, triage, order, rank, ranked, could wait, defer, deferred, postpone, postponed, pushed, put off, later',
  urgent:
    'urgent, urgency, priority, priorities, at once, same time, competing, deadline, immediately, straight away, asap, critical, outage, escalation',
  decide:
    'decide, decided, decision, chose, choose, first, order, weighed, criteria, impact, risk, deadline, could wait, most important',
  customer:
    'customer, customers, client, clients, user, users, guest, guests, patient, patients, buyer, caller, account, shopper',
  unhappy:
    'unhappy, angry, upset, furious, annoyed, frustrated, disappointed, complaint, complain, complained, complaining, escalated, refund, apologised, apologized, sorry, threatened',
  help: 'help, helped, support, supported, mentor, mentored, coach, coached, teach, taught, showed, guided, paired, explained',
  develop:
    'develop, developed, grow, grew, growth, improve, improved, learn, learned, confidence, independent, promoted, promotion, progress, career, skills',
  experienced:
    'experienced, less experienced, junior, graduate, grad, intern, new starter, new hire, apprentice, trainee, newer, first job',
  deliver:
    'deliver, delivered, ship, shipped, launch, launched, submitted, release, released, go-live, went live, handed over, on time, in time',
  important:
    'important, critical, high-stakes, stakes, regulator, board, contract, key, major, big client, launch, revenue',
  tight:
    'tight, only, days, hours, weekend, overnight, short, rush, rushed, pressure, crunch, race, little time',
  deadline:
    'deadline, due date, cut-off, cutoff, submission, go-live, launch date, on time, in time, before the, by friday, by monday, end of',
  pressure: 'pressure, stress, stressful, tight, deadline, rush, crunch, urgent, at stake, stakes',
  vague:
    'vague, unclear, ambiguous, ambiguity, fuzzy, undefined, open-ended, not sure what, clarify, clarified, define, defined, assumptions, questions',
  goal: 'goal, goals, objective, outcome, success, purpose, problem statement, what good looks like, measure, metric, target',
  owner:
    'owner, owners, own, owned, ownership, accountable, sponsor, responsible, nobody, no one, decision-maker, in charge',
  project: 'project, initiative, programme, program, work, piece of work, launch',
  senior:
    'senior, director, vp, vice president, executive, head of, boss, cto, ceo, leadership, manager, stakeholder',
  stakeholder:
    'stakeholder, stakeholders, sponsor, director, executive, head of, manager, client, business, leadership',
  insist: 'insist, insisted, adamant, pushed for, wanted, mandated, demanded, overruled',
  plan: 'plan, plans, proposal, approach, roadmap, strategy, timeline, rollout, idea',
  believe:
    'believe, believed, think, thought, concern, concerns, worried, risk, risks, evidence, data',
  slow: 'slow, slower, slowness, latency, p95, p99, response time, timeout, timeouts, performance, degraded, lag',
  endpoint: 'endpoint, api, route, request, requests, service, handler, call, calls',
  production:
    'production, prod, live, users, traffic, deploy, deployment, release, monitoring, dashboard, alert',
  suddenly:
    'suddenly, recent, recently, change, changed, deploy, deployed, release, released, regression, since, started',
  lead: 'lead, led, leading, leader, took charge, ran, drove, set the direction, organised, organized, coordinated',
  team: 'team, teams, squad, group, colleagues, engineers, reports, people',
  change:
    'change, changed, changes, reorg, reorganisation, restructure, new, switch, switched, pivot, pivoted, adapt, adapted',
  feedback:
    'feedback, criticism, review, reviewed, comments, told me, said that, pointed out, suggestion',
  explain:
    'explain, explained, present, presented, walked through, showed, wrote, diagram, analogy, simplified, non-technical',
  communicate:
    'communicate, communicated, told, explained, wrote, emailed, presented, updated, briefed, message',
  persuade:
    'persuade, persuaded, convince, convinced, influence, buy-in, win over, won over, changed their mind, agreed',
  influence:
    'influence, influenced, persuade, persuaded, convince, convinced, buy-in, win over, won over, agreed',
  initiative:
    'initiative, volunteered, took it on, stepped up, on my own, nobody asked, without being asked, proposed',
  improve:
    'improve, improved, improvement, better, faster, reduced, increased, cut, saved, fixed, simplified',
  risk: 'risk, risks, risky, danger, downside, could go wrong, mitigate, mitigated, fallback, rollback',
  problem:
    'problem, issue, bug, incident, outage, broke, broken, failing, root cause, fix, fixed, investigate',
  complicated:
    'complicated, complex, technical, jargon, detailed, dense, confusing, simplify, simplified, plain, analogy, picture, diagram',
  background:
    'background, non-technical, without, outside, finance, director, customer, audience, layman, new to, unfamiliar',
  incomplete:
    "incomplete, partial, missing, unknown, uncertain, didn't know, did not know, no one knew, nobody knew, no way to know, guess, estimate, assumption",
  information: 'information, data, facts, details, numbers, evidence, knowledge, what we knew',
  difficult:
    'difficult, hard, tough, challenging, tricky, tense, awkward, frustrating, stubborn, resigned, left, crisis, outage, cuts',
  period: 'period, months, weeks, quarter, year, time, phase, stretch',
  plans: 'plan, plans, planned, schedule, scheduled, arrangement, booked, agenda',
  minute:
    'last minute, last-minute, short notice, days before, hours before, the night before, suddenly',
  closely: 'closely, together, side by side, sat with, paired, daily, every day, weekly',
  reach: 'reach, reached, achieve, achieved, hit, met, deliver, delivered, launch, launched',
  responsibility:
    "responsibility, responsible, owned, took on, took over, stepped up, nobody's job, no one's job, belonged to no, on my own, myself, job, not mine, someone else's, remit, duty, no owner",
  commitments:
    'commitments, commitment, promised, deadlines, estimates, tasks, tickets, deliverables',
  manager: 'manager, boss, lead, director, head of, supervisor, my manager',
  trade: 'trade-off, tradeoff, trade off, compromise, balance, sacrifice, weighed, cost, versus',
}

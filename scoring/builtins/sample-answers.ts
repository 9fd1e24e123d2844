/**
 * Answers for the built-in scorers' cases, one per trap an interviewer knows: each is
 * written for the conflict question below, so that only the answer changes.
 */
export const CONFLICT_QUESTION = {
  question: 'Tell me about a time you disagreed with a colleague about how to solve a problem.',
  kind: 'behavioural' as const,
  competency: 'conflict',
}

export const STRONG =
  'At Northgate, a regional grocery chain, I owned the weekly stock forecast. My colleague Tomas disagreed with me on how to solve our overstock problem: he wanted to replace it with the supplier ordering tool. My goal was to settle it on evidence rather than seniority. So I suggested a trial, and I ran his tool beside my forecast in four stores for a month. The figures showed he was right for fresh produce, so I proposed a split and we rolled it out in three weeks. As a result, produce waste dropped from nine percent to four.'

export const HYPOTHETICAL =
  "If a colleague disagrees with me, I would first listen to their concerns. I would try to understand their perspective and find common ground. I'd probably suggest we look at the data together. I usually find that a calm conversation resolves most conflicts. I would escalate to my manager only if we could not agree."

export const WE_HEAVY =
  'At a previous job we had a disagreement about how to fix a problem with the ordering process. We discussed it in a meeting and we looked at the options. We decided to run a test and we compared the results. We chose the option that was cheaper and we shipped it in two weeks. In the end we were all happy with the decision.'

export const JARGON =
  'I always leverage best practices and a data-driven mindset to drive alignment across cross-functional stakeholders. By taking a holistic, proactive approach I empower the team to move the needle and deliver impactful, scalable outcomes. Synergy and strategic alignment are key learnings for me.'

export const OFF_TOPIC =
  'At Brightwell Logistics I moved our warehouse scanners onto a new wireless network. I planned the rollout zone by zone, I tested every handset on the night shift, and I switched the last zone over on June 14th. The move took two nights with no lost orders, and our scanning errors fell 35 percent.'

export const TOO_SHORT = 'I disagreed with a colleague once and we talked it through.'

export const RAMBLING =
  'So this was a while ago and there was a disagreement, and the disagreement was about the technical decision, and the technical decision was a big decision for the team. The team had opinions about the decision, and the opinions about the decision were different opinions. The decision was important, the decision mattered to the team, and the team talked about the decision a lot. Anyway the disagreement about the decision went on, and the team kept talking about the decision and the disagreement. In the end the decision was made and the disagreement about the decision was over.'

export const GENERIC =
  "I'm a team player and I'm very open-minded. I always listen to other people and I consider myself good at resolving disagreements. I pride myself on staying calm. I'm someone who values honest communication above everything."

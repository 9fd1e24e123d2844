import { defineCases } from '../../tester-cases.ts'
import { CONFLICT_QUESTION, JARGON, OFF_TOPIC, STRONG } from '../sample-answers.ts'
import relevance from './relevance.ts'

const MISTAKE_QUESTION = {
  question: 'Tell me about a time you made a mistake at work.',
  kind: 'behavioural' as const,
  competency: 'failure',
}

const OWNERSHIP_QUESTION = {
  question:
    "Tell me about a time you took ownership of a problem that wasn't strictly your responsibility.",
  kind: 'behavioural' as const,
  competency: 'ownership',
}

const DECISION_QUESTION = {
  question:
    'Tell me about a time you had to make an important decision without all the information you wanted.',
  kind: 'behavioural' as const,
  competency: 'decision making',
}

const ADAPT_QUESTION = {
  question: 'Tell me about a time your plans changed suddenly and you had to adapt.',
  kind: 'behavioural' as const,
  competency: 'adaptability',
}

export default defineCases(relevance, {
  valid: [
    {
      name: 'a story about the disagreement asked for is on topic',
      input: { ...CONFLICT_QUESTION, transcript: STRONG },
      score: { min: 70 },
      metrics: { offTopic: false, competency: 'conflict resolution' },
      feedback: [
        {
          kind: 'strength',
          quote:
            'My colleague Tomas disagreed with me on how to solve our overstock problem: he wanted to replace it with the supplier ordering tool.',
        },
      ],
    },
    {
      name: 'a disagreement told without the word "disagree" is on topic',
      input: {
        ...CONFLICT_QUESTION,
        transcript:
          'Tom, our tech lead, wanted every service on GraphQL. I pushed back, because two of our clients were embedded devices with tiny budgets. We were not convinced by each other, so I built both versions of one endpoint and measured them. Tom agreed to keep REST for the devices, and we shipped in two weeks.',
      },
      score: { min: 70 },
      metrics: { offTopic: false, dominantCompetency: 'conflict resolution' },
      feedback: [
        {
          kind: 'strength',
          quote:
            'I pushed back, because two of our clients were embedded devices with tiny budgets.',
        },
      ],
    },
    {
      name: 'a mistake told as "should have" and "without checking" is on topic',
      input: {
        ...MISTAKE_QUESTION,
        transcript:
          'In March I changed a join in our billing report without checking how it treated refunds, so refunds were counted twice. I should have run it against last month first. When finance flagged it I went to my manager within the hour, corrected the figures the same day and added a test with fifty known invoices. It has not happened since.',
      },
      score: { min: 70 },
      metrics: { offTopic: false, competency: 'learning from failure' },
      feedback: [{ kind: 'strength', quote: 'I should have run it against last month first.' }],
    },
    {
      name: 'a rate-limiter plan answers the design question in its own words',
      input: {
        question: 'How would you design a rate limiter for a public API?',
        kind: 'technical',
        competency: 'technical depth',
        transcript:
          'I would start by asking what we are protecting: the backend from overload, or fair use between customers. I would key limits by API key, keep a token bucket per key in Redis so every instance shares the count, and return a 429 with a Retry-After header. I would log every rejection and load test it before rollout.',
      },
      score: { min: 70 },
      metrics: { offTopic: false },
      feedback: [{ kind: 'strength', message: /takes up the subject the question asks about/ }],
    },
    {
      name: 'an orphaned problem told as "it had no owner" and "not my job" answers an ownership question',
      input: {
        ...OWNERSHIP_QUESTION,
        transcript:
          "At a print shop where I ran the front desk, the shared scanner kept jamming and it had no owner: IT said it was a facilities problem, facilities said it was IT's. It was nobody's job, but it cost us about ten reprints a day. I logged every jam for two weeks, found they all came from one paper tray, and got the supplier to replace the feed roller under warranty. Reprints fell to one a day, and I handed the log to the office manager so it stayed with someone.",
      },
      score: { min: 60 },
      metrics: { offTopic: false, dominantCompetency: 'ownership' },
      feedback: [{ kind: 'strength', message: /takes up the subject the question asks about/ }],
    },
    {
      name: 'a decision under uncertainty told without the word "decide" is on topic',
      input: {
        ...DECISION_QUESTION,
        transcript:
          "I ran the kitchen at a seventy-cover restaurant when our fish supplier stopped answering the day before a booked wedding. I couldn't know whether the delivery would turn up, so I listed what was certain: the menu needed twelve kilos of hake, and a second supplier could bring cod by noon at a higher price. I ordered half from the second supplier and held the rest, with a review point at ten the next morning. The hake arrived late, we served both, and the wedding went off without a missed plate.",
      },
      score: { min: 55 },
      metrics: { offTopic: false, dominantCompetency: 'decision making' },
      feedback: [{ kind: 'strength', message: /takes up the subject the question asks about/ }],
    },
    {
      name: 'a short story of a sudden change keeps a neutral-to-good relevance',
      input: {
        ...ADAPT_QUESTION,
        transcript:
          'I coordinate events for a charity. Three days before our annual fun run, the council revised the road-closure permit and took away half the route. I redrew the course as two laps of the park, re-measured it at five kilometres and emailed all 600 runners the same evening. The run started on time and we raised more than the year before.',
      },
      score: { min: 50 },
      metrics: { offTopic: false },
      feedback: [{ kind: 'strength', message: /takes up the subject the question asks about/ }],
    },
    {
      name: 'a short bug hunt told as crashes, an exception and a fix answers a question about a bug',
      input: {
        question: 'Tell me about the hardest bug you have had to find.',
        kind: 'behavioural',
        competency: 'problem solving',
        transcript:
          'Our checkout service started crashing about once an hour, only under load. I pulled the stack traces and every one was a null exception in the discount code, so I reproduced it with two parallel carts: a race condition on a shared cache entry. I made the entry immutable and added a concurrency test, and the crashes stopped.',
      },
      score: { min: 75 },
      metrics: { questionPredicate: 'track down a bug', missedPredicate: false },
      feedback: [
        {
          kind: 'strength',
          quote: 'Our checkout service started crashing about once an hour, only under load.',
        },
      ],
    },
    {
      name: 'a compact change of mind is on topic without repeating the question',
      input: {
        question: "Describe a time a colleague's argument changed your mind.",
        kind: 'behavioural',
        competency: 'teamwork',
        transcript:
          'I was set on rewriting our billing export from scratch. Amara argued that the old code only failed on two edge cases and showed me the logs. I accepted the point, we patched the two cases in a week instead of a quarter, and I changed my estimate in the roadmap.',
      },
      score: { min: 65 },
      metrics: { questionPredicate: 'changed … mind' },
    },
    {
      name: 'a story that does what the question asks stays on topic though it also reads as another competency',
      input: {
        question: 'Tell me about a time you made a mistake that affected a customer.',
        kind: 'behavioural',
        competency: 'failure',
        transcript:
          'At a travel agency I rebooked a family of four onto a connecting flight and entered the wrong date, so they arrived at the airport a day late for their connection. That was my error. I called the customer the same hour, apologised, paid for their hotel night from our service fund and rebooked them on the next morning flight at no cost. Then I added a read-back step to my booking checklist so I confirm every date aloud with the customer. I have not entered a wrong date since, across about four hundred bookings.',
      },
      score: { min: 60 },
      metrics: { offTopic: false },
    },
  ],
  invalid: [
    {
      name: 'a good story that never pushes back on anyone misses the question, whatever generic words it shares',
      input: {
        question: 'Tell me about a time you had to push back on a senior stakeholder.',
        kind: 'behavioural',
        competency: 'influence',
        transcript:
          'At a logistics firm I noticed our warehouse pickers made many errors in their first month. I shadowed six of them, learned the scanner menus confused them, and offered to fix the training. I rewrote the guide with photos, ran a trial with ten new starters and agreed a check-in after week two. Picking errors fell from 9% to 3% in a quarter.',
      },
      score: { max: 25 },
      feedback: [{ kind: 'improvement', message: /does not address the question asked/ }],
    },
    {
      name: 'a fine story about something else does not address the question',
      input: { ...CONFLICT_QUESTION, transcript: OFF_TOPIC },
      score: { max: 25 },
      feedback: [{ kind: 'improvement', message: /does not address the question asked/ }],
    },
    {
      name: 'an answer mostly about another competency is called off topic',
      input: {
        question: 'Tell me about a time you mentored a colleague.',
        kind: 'behavioural',
        competency: 'mentoring',
        transcript:
          'Our checkout service was slow, so I investigated the problem. I reproduced the bug, traced the root cause to a query in the logs, tested a fix and debugged the data issue. The issue was an index: I fixed it and the endpoint went from 4 seconds to 300 ms.',
      },
      score: { max: 20 },
      metrics: { offTopic: true },
      feedback: [
        {
          kind: 'improvement',
          message:
            /does not address the question asked: it reads as a story about .*, not mentoring/,
          quote: 'Our checkout service was slow, so I investigated the problem.',
        },
      ],
    },
    {
      name: 'a well-told customer story does not answer a leadership question',
      input: {
        question: 'Tell me about a time you led a team through a difficult period.',
        kind: 'behavioural',
        competency: 'leadership',
        transcript:
          'A customer once called me furious because her order had arrived broken for the second time. I apologised, refunded her straight away, and sent a replacement by courier the same day. I then checked with the warehouse and found the box size was wrong, so I asked them to change it. She wrote a five-star review, and complaints about breakages dropped to zero.',
      },
      score: { max: 20 },
      metrics: { offTopic: true, dominantCompetency: 'customer focus' },
      feedback: [{ kind: 'improvement', message: /a story about customer focus, not leadership/ }],
    },
    {
      name: 'a story that shares a word with the question but is led by another topic scores low',
      input: {
        question: 'Tell me about a time you had to make a decision with incomplete information.',
        kind: 'behavioural',
        competency: 'decision making',
        transcript:
          'My colleague Dana disagreed with me about moving our reports to a new charting library. She thought it would take months; I thought it would take weeks. We argued about it in two meetings without getting anywhere. So I suggested we each estimate one report and compare, and I listened to her concerns about accessibility. Her estimate turned out closer, so we agreed to move only the new reports, and we still work well together.',
      },
      score: { max: 30 },
      metrics: { offTopic: true, dominantCompetency: 'conflict resolution' },
      feedback: [
        {
          kind: 'improvement',
          message: /a story about conflict resolution, not decision making/,
          quote:
            'My colleague Dana disagreed with me about moving our reports to a new charting library.',
        },
      ],
    },
    {
      name: 'buzzwords that never touch the question score low',
      input: { ...CONFLICT_QUESTION, transcript: JARGON },
      score: { max: 30 },
      feedback: [{ kind: 'improvement', message: /does not address the question asked/ }],
    },
    {
      name: 'a support-ticket story does not answer a question about leading a team through change',
      input: {
        question: 'Tell me about a time you led a team through a difficult change.',
        kind: 'behavioural',
        competency: 'leadership',
        transcript:
          "I was on the support desk at a booking software company, and a large gym chain kept reporting double charges for class bookings. It was my ticket, so I collected their payment logs and reproduced the problem: our app retried a failed card payment without checking whether the first one had gone through. I wrote it up for engineering, they shipped a fix the following week, and the customer's refund requests fell from roughly thirty a month to none. They renewed their contract for two years, and I wrote a checklist for the other support agents on spotting the same issue in customer tickets.",
      },
      score: { max: 30 },
      metrics: { offTopic: true, dominantCompetency: 'customer focus' },
      feedback: [{ kind: 'improvement', message: /a story about customer focus, not leadership/ }],
    },
    {
      name: 'a mentoring story does not answer a question about adapting to a sudden change',
      input: {
        ...ADAPT_QUESTION,
        transcript:
          "I'll talk about an apprentice I mentored. Sam joined our workshop straight from college, keen but nervous with customers. As his mentor I set up weekly one-to-ones, and we practised the first five minutes of a customer visit together until he was confident. I paired him with our most experienced fitter for a month, and then let him run small jobs on his own. After six months he was handling his own visits, his ratings matched the rest of the team's, and he has since been promoted to fitter.",
      },
      score: { max: 35 },
      metrics: { offTopic: true, dominantCompetency: 'mentoring' },
      feedback: [{ kind: 'improvement', message: /a story about mentoring, not adaptability/ }],
    },
    {
      name: "a story that shares the question's objects but never does what it asks does not address it",
      input: {
        question: 'Tell me about a time you had to deliver bad news to a client.',
        kind: 'behavioural',
        competency: 'communication',
        transcript:
          'At a design agency I ran onboarding for new clients, and it took about five weeks before a client saw their first draft. I mapped every step, cut two approval meetings and wrote a shared checklist the account managers and designers both used. I also set up a kickoff template so the client filled in their brand details before the first call. Onboarding fell to under three weeks, and client satisfaction scores went from 7.2 to 8.6 that year.',
      },
      score: { max: 15 },
      label: 'off topic',
      metrics: { missedPredicate: true, questionPredicate: 'deliver bad news' },
      feedback: [
        {
          kind: 'improvement',
          message: /never gets to what the question asks you to have done \(deliver bad news\)/,
          quote:
            'At a design agency I ran onboarding for new clients, and it took about five weeks before a client saw their first draft.',
        },
      ],
    },
    {
      name: 'a story where only others do what the question asks is marked down',
      input: {
        question: 'Tell me about a time you disagreed with a decision your manager made.',
        kind: 'behavioural',
        competency: 'conflict',
        transcript:
          'At the garden centre two of my shift leads disagreed about who should open on Sundays, and the newer one disagreed with every rota I drafted. I sat them down, listened to each, and set a rotating Sunday pattern that both signed. Complaints about the rota stopped within a month.',
      },
      score: { max: 60 },
      metrics: { questionVerb: 'disagree', actedBySelf: 0, actedByOthers: 2 },
      feedback: [{ kind: 'improvement', message: /in this answer others do it/ }],
    },
  ],
  abstain: [
    {
      name: 'a few words cannot be judged for relevance',
      input: { ...CONFLICT_QUESTION, transcript: 'Yes, that happened.' },
      abstain: /too short/,
    },
  ],
})

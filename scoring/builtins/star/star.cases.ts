import { defineCases } from '../../tester-cases.ts'
import { CONFLICT_QUESTION, GENERIC, HYPOTHETICAL, STRONG, WE_HEAVY } from '../sample-answers.ts'
import { planExpectation } from './plan-score.ts'
import star from './star.ts'

const DESIGN_QUESTION = {
  question: 'How would you design a service that sends password-reset emails for a large website?',
  kind: 'technical' as const,
  competency: 'technical depth',
}

export default defineCases(star, {
  valid: [
    {
      name: 'a measured story in STAR order scores high and quotes its result',
      input: { ...CONFLICT_QUESTION, transcript: STRONG },
      score: { min: 75 },
      metrics: { quantified: true, hypotheticalRatio: 0 },
      feedback: [
        {
          kind: 'strength',
          quote: 'As a result, produce waste dropped from nine percent to four.',
        },
      ],
    },
    {
      name: 'a first-person story whose task goes unsaid has it read from what the teller did',
      input: {
        question: 'Tell me about a time a delivery went wrong on your round.',
        kind: 'behavioural',
        competency: 'problem solving',
        transcript:
          'Last March the van’s scanner died halfway through my round in Leeds, with forty parcels still on board. I rang the depot and read them the barcodes off each label. I wrote every drop on the back of the manifest with the time and who signed. I photographed each parcel on the doorstep as proof. All forty went out that day, and the depot matched my list to the system the next morning.',
      },
      metrics: { partsPresent: ['situation', 'task', 'action', 'result'], taskImplied: true },
      feedback: [
        {
          kind: 'strength',
          message: /clear from what you did/,
          quote: 'I wrote every drop on the back of the manifest with the time and who signed.',
        },
      ],
    },
    {
      name: 'a story told as "we" does not show the teller’s own task',
      input: { ...CONFLICT_QUESTION, transcript: WE_HEAVY },
      metrics: { taskImplied: false },
      feedback: [
        { kind: 'improvement', message: /Say what you had to achieve/ },
        { kind: 'improvement', message: /Mostly "we"/ },
      ],
    },
    {
      name: '"I would…" is the right shape for a situational question, judged as a plan',
      input: {
        ...CONFLICT_QUESTION,
        kind: 'situational',
        question: 'What would you do if a colleague disagreed with your design?',
        transcript: HYPOTHETICAL,
      },
      score: { min: 45 },
      metrics: { expectation: planExpectation.situational, steps: { min: 3 } },
      feedback: [
        { kind: 'strength', quote: 'I would escalate to my manager only if we could not agree.' },
        { kind: 'improvement', message: /Say why/ },
        { kind: 'improvement', message: /check that it worked/ },
      ],
    },
    {
      name: 'a situational plan with steps, reasons, a check and a fallback scores high without a situation or result',
      input: {
        question: 'What would you do if a colleague kept missing the handovers you depended on?',
        kind: 'situational',
        competency: 'teamwork',
        transcript:
          "First I'd talk to them privately, because something I can't see may be behind it, like a new deadline from another team. I'd name the two handovers that slipped and what it cost, rather than saying they're unreliable, and ask what would help. Then we'd agree a time for each handover and I'd check on the first one. If it still slipped after that, I'd tell them I was going to raise it with our lead, and then I would.",
      },
      score: { min: 75 },
      metrics: { expectation: planExpectation.situational },
      feedback: [
        {
          kind: 'strength',
          quote: "Then we'd agree a time for each handover and I'd check on the first one.",
        },
        {
          kind: 'strength',
          quote:
            "If it still slipped after that, I'd tell them I was going to raise it with our lead",
        },
      ],
    },
    {
      name: 'a technical design is judged on its steps, safeguards and checks, not on STAR',
      input: {
        ...DESIGN_QUESTION,
        transcript:
          "I'd start with what matters: a reset link must arrive within a minute, work once, and expire. When a user asks for a reset, the web app writes a token with an expiry to the database and puts a message on a queue, so the request returns at once. A worker takes each message and passes an idempotency key to the mail provider, which means a retried call never sends two links. If the provider fails, it retries with backoff and then falls back to a second provider. I'd rate limit requests per account to stop abuse, and I'd monitor the time from request to delivery and alert if it goes over two minutes.",
      },
      score: { min: 80 },
      metrics: {
        expectation: planExpectation.technical,
        safeguards: ['queue', 'idempotency', 'fail', 'retry', 'backoff', 'rate limit'],
      },
      feedback: [
        {
          kind: 'strength',
          quote:
            'If the provider fails, it retries with backoff and then falls back to a second provider.',
        },
      ],
    },
    {
      name: 'a compact story with its setting and task in one sentence is a full STAR, and "I\'d estimated" is not a hypothetical',
      input: {
        ...CONFLICT_QUESTION,
        transcript:
          "At Harbour Freight I was the data lead, and I had to pick how we'd store shipment events. I favoured a document store, but Keiko showed me our queries were all relational joins, so I switched to Postgres. We shipped the tracking page in four weeks instead of the seven I'd estimated.",
      },
      score: { min: 80 },
      metrics: { hypotheticalRatio: 0, partsMissing: [] },
      feedback: [
        { kind: 'strength', quote: 'At Harbour Freight I was the data lead' },
        {
          kind: 'strength',
          quote: "We shipped the tracking page in four weeks instead of the seven I'd estimated.",
        },
      ],
    },
    {
      name: 'the task named as the speaker\'s own ("it was my job to…", "that fell to me") is the task',
      input: {
        ...CONFLICT_QUESTION,
        transcript:
          'I was working the late shift at a sorting office when the scanner network went down. With the supervisor off sick, keeping the parcels moving fell to me. I printed paper manifests, paired each new starter with a driver, and phoned the hub every hour. All 212 cages left before midnight.',
      },
      score: { min: 80 },

      feedback: [
        {
          kind: 'strength',
          quote: 'With the supervisor off sick, keeping the parcels moving fell to me.',
        },
      ],
    },
    {
      name: 'the speaker\'s own goal with words between ("my one real priority") is the task',
      input: {
        ...CONFLICT_QUESTION,
        transcript:
          "Our bakery's two ovens failed on the Saturday before a wedding order. My one real priority was getting the three-tier cake out on time. I moved the cake to the café next door, baked the bread in two smaller batches, and rang the couple to confirm. The cake went out at ten, forty minutes early.",
      },
      metrics: { partsMissing: [] },
    },
    {
      name: 'a responsibility owned ("the freezer log was mine") is the task',
      input: {
        ...CONFLICT_QUESTION,
        transcript:
          "A delivery of frozen stock arrived two hours late on a bank holiday, and the freezer log was mine that week. I checked every pallet's temperature, moved the warm ones to quarantine and called the supplier. We wrote off four cases instead of forty.",
      },
      metrics: { partsMissing: [] },
    },
    {
      name: 'a cue word inside a hyphenated compound ("cut-off") is no result: the opening sets the scene',
      input: {
        ...CONFLICT_QUESTION,
        transcript:
          'Our print shop had a same-day cut-off at noon and a school ordered 300 programmes at eleven. I had to get them printed and folded by two. I moved two smaller jobs to the afternoon and folded alongside the press operator. The programmes were collected at half one.',
      },
      metrics: { partsMissing: [] },
      feedback: [
        {
          kind: 'strength',
          quote:
            'Our print shop had a same-day cut-off at noon and a school ordered 300 programmes at eleven.',
        },
      ],
    },
    {
      name: 'a result of none, said in words ("not a single complaint"), is measured',
      input: {
        ...CONFLICT_QUESTION,
        transcript:
          'Our hotel lost its booking system on the first evening of a conference. I had to check in the delegates by hand. I printed the guest list, split the desk into two queues and wrote each room key by name. As a result, we did not have a single complaint about check-in.',
      },
      metrics: { quantified: true },
    },
    {
      name: 'a first clause told in the past sets the scene, and one clause can set it and name the task',
      input: {
        ...CONFLICT_QUESTION,
        transcript:
          'Two of our four pharmacists went off sick on the Monday before Christmas, and I had to keep prescription waits under an hour. I split the counter into collections and new scripts, called in our locum, and took the phone myself. Waits stayed under forty minutes all week.',
      },
      score: { min: 80 },
      metrics: { partsMissing: [] },
      feedback: [
        {
          kind: 'strength',
          quote: 'Two of our four pharmacists went off sick on the Monday before Christmas',
        },
      ],
    },
  ],
  invalid: [
    {
      name: '"in my job as…" sets the scene: a role noun names a task only with "was to" after it',
      input: {
        ...CONFLICT_QUESTION,
        transcript:
          "In my job as a ward nurse, a patient's family complained about visiting times. I met them, explained the infection rules, and arranged a video call each evening. As a result, complaints about visiting fell from six a month to one.",
      },
      metrics: { partsMissing: ['task'] },
      feedback: [{ kind: 'improvement', message: /what you had to achieve/ }],
    },
    {
      name: 'a hypothetical answer to a behavioural question scores low',
      input: { ...CONFLICT_QUESTION, transcript: HYPOTHETICAL },
      score: { max: 25 },
      feedback: [
        { kind: 'improvement', message: /what you would do/ },
        { kind: 'improvement', message: /Set the scene/ },
        { kind: 'improvement', message: /responsible/ },
        { kind: 'improvement', message: /outcome/ },
      ],
    },
    {
      name: 'self-description instead of a story is flagged',
      input: { ...CONFLICT_QUESTION, transcript: GENERIC },
      score: { max: 20 },
      feedback: [
        {
          kind: 'improvement',
          quote: "I'm a team player and I'm very open-minded.",
          message: /Self-description/,
        },
        { kind: 'improvement', message: /Set the scene/ },
        { kind: 'improvement', message: /responsible/ },
        { kind: 'improvement', message: /steps you took/ },
        { kind: 'improvement', message: /outcome/ },
      ],
    },
    {
      name: 'a story told only with "we" loses action credit',
      input: { ...CONFLICT_QUESTION, transcript: WE_HEAVY },
      score: { max: 80 },
      metrics: { iCount: { max: 1 }, weCount: { min: 8 } },
      feedback: [
        {
          kind: 'improvement',
          quote: 'We discussed it in a meeting and we looked at the options.',
          message: /Mostly "we"/,
        },
        { kind: 'improvement', message: /responsible/ },
      ],
    },
    {
      name: 'a pile of technology names is not a technical design',
      input: {
        ...DESIGN_QUESTION,
        transcript:
          'My answer is a cloud-native mesh of event-driven microservices on serverless functions, streaming everything through Kafka. AI would personalise each journey, under zero-trust security and infrastructure as code, so it scales elastically to millions of users.',
      },
      score: { max: 15 },
      metrics: { steps: 0 },
      feedback: [
        { kind: 'improvement', message: /concrete steps/ },
        { kind: 'improvement', message: /check that it worked/ },
        { kind: 'improvement', message: /trade-off/ },
        { kind: 'improvement', message: /failure, load and duplicates/ },
        { kind: 'improvement', message: /Technology and framework names/, quote: 'cloud-native' },
      ],
    },
    {
      name: 'a real story with one line on what the teller would do next time is not told it describes what they would do',
      input: {
        ...CONFLICT_QUESTION,
        transcript:
          'Last spring I ran the stock count at our depot. I found a gap of forty pallets between the system and the floor, and I traced it to a scanner that dropped every tenth scan. I had it replaced the same week. Next time I would check the scanners before the count starts. The next quarterly count matched to within two pallets.',
      },
      metrics: { hypotheticalRatio: 0.2 },
      feedback: [
        { kind: 'improvement', message: /Set the scene first/ },
        { kind: 'improvement', message: /Say what you had to achieve/ },
        {
          kind: 'improvement',
          quote: 'Next time I would check the scanners before the count starts.',
          message: /^Most of this is what you did/,
        },
      ],
    },
    {
      name: 'a situational question answered with a real time it happened is asked to turn it into a plan, not told it has no steps',
      input: {
        question: 'What would you do if two of your team called in sick before a hard deadline?',
        kind: 'situational',
        competency: 'delivery under pressure',
        transcript:
          'On my last night shift at a parcel depot, two pickers called in sick before a 4 a.m. trailer cut-off. I had to get 900 orders out with ten people instead of twelve. I re-split the pick zones so the two fastest pickers covered the heavy aisles, moved myself onto packing for the first two hours, and told the transport planner at 1 a.m. that one trailer might leave fifteen minutes late. Every trailer left on time and we had zero mis-picks that night.',
      },
      metrics: { steps: 0 },
      feedback: [
        { kind: 'improvement', message: /^You told what you did when it happened/ },
        { kind: 'improvement', message: /check that it worked/ },
      ],
    },
    {
      name: 'self-description is no plan for a situational question',
      input: {
        question: 'What would you do if a colleague kept missing the handovers you depended on?',
        kind: 'situational',
        competency: 'teamwork',
        transcript:
          "I'm easy to work with and people like having me around. To me, trust and openness matter most, and I make a point of keeping the mood upbeat so people feel appreciated.",
      },
      score: { max: 10 },
      feedback: [
        { kind: 'improvement', message: /concrete steps/ },
        { kind: 'improvement', message: /Say why/ },
        { kind: 'improvement', message: /check that it worked/ },
        { kind: 'improvement', message: /first step did not work/ },
        { kind: 'improvement', message: /Self-description/ },
      ],
    },
    {
      name: 'a fluent plan that hides the slip and skips testing shows poor judgement, quoted',
      input: {
        question:
          'What would you do if a release you promised a customer for Friday was not going to be ready?',
        kind: 'situational',
        competency: 'delivery under pressure',
        transcript:
          "First I'd list what is left and estimate each item with the developers, because the estimate tells me how far off we are. I'd leave the status report at green for the customer so they don't worry. Then I'd move two people off the internal tooling work onto the release. If we're still behind on Thursday, we skip the regression testing and ship what we have. Afterwards I'd check the bug reports every morning to see what broke.",
      },
      score: { max: 45 },
      metrics: { planRedFlags: 2 },
      feedback: [
        {
          kind: 'improvement',
          message: /poor judgement/,
          quote: 'leave the status report at green',
        },
      ],
    },
  ],
  abstain: [
    {
      name: 'a few words have no structure to find',
      input: { ...CONFLICT_QUESTION, transcript: 'I fixed it.' },
      abstain: /too short/,
    },
  ],
})

import { defineCases } from '../../tester-cases.ts'
import judgement from './judgement.ts'

const SLIPPING_RELEASE = {
  question:
    'What would you do if a feature your team promised to a partner for the end of the month was clearly going to be late?',
  kind: 'situational' as const,
  competency: 'delivery under pressure',
}

const MISTAKE = {
  question: 'Tell me about a time you made a mistake at work.',
  kind: 'behavioural' as const,
  competency: 'failure',
}

const CREDIT = {
  question: 'Tell me about a project you are proud of.',
  kind: 'behavioural' as const,
  competency: 'delivering results',
}

export default defineCases(judgement, {
  valid: [
    {
      name: 'telling the partner early and offering options reads as sound judgement',
      input: {
        ...SLIPPING_RELEASE,
        transcript:
          "I'd call the partner's lead the same day I knew, before the date got close, and be honest that the full feature would be late. I'd come with options: the export part on time and the scheduling part three weeks later, or everything two weeks late. Meanwhile I'd check the estimate with the engineers so the new date is one we can keep, and we'd still run the full regression suite before release.",
      },
      score: { min: 85 },
      label: 'sound judgement',
      metrics: { redFlags: [] },
      feedback: [{ kind: 'strength', quote: "call the partner's lead the same day" }],
    },
    {
      name: 'a red flag the candidate refused is not held against them',
      input: {
        ...MISTAKE,
        transcript:
          'I shipped a pricing change without checking the currency rounding, and about forty invoices went out a cent short. My manager suggested we keep it quiet since the amounts were tiny, but I wrote to each customer that afternoon, fixed the rounding, and added a test for it.',
      },
      score: { min: 70 },
      metrics: { redFlags: [] },
    },

    {
      name: 'talking to a colleague before reporting them, and a quiet word in private, are not red flags',
      input: {
        question: 'Tell me about a time a colleague kept ignoring a safety rule.',
        kind: 'behavioural' as const,
        competency: 'conflict',
        transcript:
          'One of our forklift drivers kept leaving his seatbelt off on short runs. Rather than report him to the depot manager straight away, I took him aside at lunch, had a quiet word and asked what made it awkward. The belt buckle was sticking, so I logged a repair that morning, and he has worn it every shift since.',
      },
      score: { min: 70 },
      metrics: { redFlags: [] },
    },
    {
      name: 'a shortcut the candidate says they would not take is not held against them',
      input: {
        question:
          'What would you do if two of your six loaders called in sick an hour before the last trailer was due out?',
        kind: 'situational' as const,
        competency: 'delivery under pressure',
        transcript:
          "I'd ring the transport office first so they know the trailer may go twenty minutes late, then move myself onto the dock. I won't ever skip the load check to save time, and breaks would still happen, staggered. I never bypass the weight check either, because an overloaded trailer costs far more than a late one.",
      },
      score: { min: 70 },
      metrics: { redFlags: [] },
    },
    {
      name: 'a confidence kept about a family ("I can\'t go into detail") is not concealment',
      input: {
        question: 'Tell me about a time you were worried about a child in your care.',
        kind: 'behavioural' as const,
        competency: 'safeguarding',
        transcript:
          "A boy in my reception class started arriving hungry and flinching when adults raised their voices. I wrote down what I saw with dates, then took it to our safeguarding lead that morning rather than waiting. She made a referral the same day. I can't go into detail about his family, but support was put in place and he is settled and eating breakfast at school now.",
      },
      score: { min: 70 },
      metrics: { redFlags: [] },
    },
    {
      name: '"honestly" as a filler is not a sign of honesty',
      input: {
        ...MISTAKE,
        transcript:
          'Honestly, I mixed up two delivery slots on the weekly rota, so a van went out with nobody to unload it. I rang the store manager that morning and rebuilt the rota with a check column that evening.',
      },
      score: { min: 70 },
      metrics: { redFlags: [], goodSigns: 0 },
    },
  ],
  invalid: [
    {
      name: 'leaving those owed the truth not knowing is concealment, however it is worded',
      input: {
        question: 'Tell me about a time something went wrong with a booking you were handling.',
        kind: 'behavioural' as const,
        competency: 'customer focus',
        transcript:
          'A guest had booked our sea-view suite, and on the day housekeeping found a leak in its ceiling. I moved her to a garden room at the back and changed the booking notes to say garden view, so she would never know she had been downgraded, and the sea-view price stayed on her bill.',
      },
      score: { max: 25 },
      metrics: { redFlags: ['concealment'] },
      feedback: [{ kind: 'improvement', message: /Keeping a problem/, quote: 'would never know' }],
    },
    {
      name: 'telling others to skip a check is the speaker’s own shortcut',
      input: {
        question: 'Tell me about a time your crew was behind schedule.',
        kind: 'behavioural' as const,
        competency: 'delivery under pressure',
        transcript:
          'We were two days behind on a roof in March, so I told the lads to skip the harness inspection on the mornings we were only on the lower section, which saved about twenty minutes a day, and the client got the keys that Friday as planned.',
      },
      score: { max: 25 },
      metrics: { redFlags: ['cutting corners'] },
      feedback: [
        {
          kind: 'improvement',
          message: /Skipping tests, checks or safety/,
          quote: 'skip the harness',
        },
      ],
    },
    {
      name: 'leaving out whose idea it was is taking credit',
      input: {
        question: 'Tell me about an improvement you are proud of.',
        kind: 'behavioural' as const,
        competency: 'ownership',
        transcript:
          'Our ward clerk suggested colour-coding the discharge folders, and I tried it on my bay for a fortnight. Discharges before noon went from four a day to nine. When I presented the results at the matrons meeting I did not mention that it was her idea, because it carried more weight coming from a senior nurse.',
      },
      score: { max: 25 },
      metrics: { redFlags: ['taking credit'] },
      feedback: [
        {
          kind: 'improvement',
          message: /Taking credit/,
          quote: 'did not mention that it was her idea',
        },
      ],
    },
    {
      name: 'excusing a lapse twice over is a red flag of its own',
      input: {
        question: 'Tell me about a time you changed a routine at work.',
        kind: 'behavioural' as const,
        competency: 'adaptability',
        transcript:
          'On the late shift we stopped filling in the hourly fridge temperature sheet when it was quiet, which is mostly box-ticking if you ask me. We did that for about three months, and nobody got hurt, so it suited a small team fine.',
      },
      score: { max: 25 },
      metrics: { redFlags: ['excusing'] },
      feedback: [
        {
          kind: 'improvement',
          message: /Excusing a lapse/,
          quote: 'box-ticking',
        },
        { kind: 'improvement', message: /Excusing a lapse/, quote: 'nobody got hurt' },
      ],
    },
    {
      name: 'hiding the slip, skipping tests and forcing weekends are each called out with the words used',
      input: {
        ...SLIPPING_RELEASE,
        transcript:
          "First, I wouldn't tell the partner anything yet, because it makes us look bad, and I'd leave the project status as green on our tracker. Then I'd have the team work every weekend until it's done. If we're still short, we can skip most of the integration testing and patch whatever breaks after go-live.",
      },
      score: { max: 20 },
      label: 'red flags',
      metrics: { redFlags: ['concealment', 'coerced overtime', 'cutting corners'] },
      feedback: [
        {
          kind: 'improvement',
          message: /Keeping a problem from the client/,
          quote: "wouldn't tell the partner",
        },
        {
          kind: 'improvement',
          message: /Forcing overtime/,
          quote: 'have the team work every weekend',
        },
        {
          kind: 'improvement',
          message: /Skipping tests/,
          quote: 'skip most of the integration testing',
        },
      ],
    },
    {
      name: 'inventing a cause so the slip does not look like a planning failure is misrepresentation',
      input: {
        ...SLIPPING_RELEASE,
        transcript:
          "Late in the month I'd email the partner to explain that a third-party outage had held us up, so it doesn't look like we planned badly, and propose a new date two weeks out with the team working late to hit it.",
      },
      score: { max: 35 },
      metrics: { redFlags: ['misrepresentation'] },
      feedback: [
        {
          kind: 'improvement',
          message: /Misrepresenting what happened/,
          quote: "so it doesn't look like",
        },
      ],
    },
    {
      name: 'a mistake story that blames a colleague is marked down',
      input: {
        ...MISTAKE,
        transcript:
          "Our nightly import failed for three days and the sales dashboards showed stale numbers. Honestly it was the tester's fault, because he signed off the release without running the import job. I pointed that out to my manager and we added a checklist, and it has not happened since.",
      },
      score: { max: 45 },
      label: 'a red flag',
      feedback: [
        { kind: 'improvement', message: /Blaming others/, quote: "was the tester's fault" },
      ],
    },
    {
      name: "presenting a colleague's analysis as your own is taking credit",
      input: {
        ...CREDIT,
        transcript:
          'A junior analyst on my team built a churn model that found our biggest risk segment. I presented it as my own work at the quarterly review, since I was the lead, and the director gave my team an extra headcount because of it.',
      },
      score: { max: 40 },
      feedback: [
        {
          kind: 'improvement',
          message: /Taking credit/,
          quote: 'presented it as my own',
        },
      ],
    },
    {
      name: "going behind a colleague's back to make them look careless is undermining, in any words",
      input: {
        question: 'Tell me about a time you disagreed with a colleague on your ward.',
        kind: 'behavioural' as const,
        competency: 'conflict',
        transcript:
          'Another nurse on nights kept changing the handover format I had set up. I did not raise it with her; I went straight over her head to the ward sister and said she was careless with handovers, and after that the sister checked her notes every shift.',
      },
      score: { max: 25 },
      label: 'a red flag',
      metrics: { redFlags: ['undermining'] },
      feedback: [
        {
          kind: 'improvement',
          message: /Undermining a colleague/,
          quote: 'went straight over her head',
        },
      ],
    },
    {
      name: 'skipping a safety check to keep the line moving is an unsafe shortcut',
      input: {
        question:
          'What would you do if your shift was behind on orders an hour before the trucks left?',
        kind: 'situational' as const,
        competency: 'delivery under pressure',
        transcript:
          "I'd get everyone on the fastest pick lines and move the packers to the busiest bay. To save time we'd bypass the pallet wrap inspection for the last hour, since it rarely finds anything, and load straight from the bay.",
      },
      score: { max: 25 },
      metrics: { redFlags: ['cutting corners'] },
      feedback: [
        {
          kind: 'improvement',
          message: /Skipping tests, checks or safety/,
          quote: 'bypass the pallet wrap inspection',
        },
      ],
    },
  ],
  abstain: [
    {
      name: 'a few words are too short to judge',
      input: { ...MISTAKE, transcript: 'I broke the build once.' },
      abstain: /5 words/,
    },
  ],
})

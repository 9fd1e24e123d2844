/**
 * What an interviewer marks down however fluent the answer: hiding a problem from a client or
 * a manager, misrepresenting its cause, blaming others, cutting testing or safety as the plan,
 * coercing overtime, taking credit for others' work (decision 052). And the signs of sound
 * judgement they listen for. Patterns over the answer's text, each found with its span; a red
 * flag the candidate resisted or names as what not to do ("rather than hide it", "my manager
 * wanted me to skip the tests, but…") is not counted. General English, not any one answer.
 */
import type { Span } from '../../types.ts'

export type RedFlagKind =
  | 'concealment'
  | 'misrepresentation'
  | 'blame'
  | 'cutting corners'
  | 'coerced overtime'
  | 'taking credit'

export interface Finding extends Span {
  kind: RedFlagKind
  text: string
}

const WHO = String.raw`(?:the |my |our |their |his |her )?(?:client|clients|customer|customers|partner|partners|manager|boss|director|stakeholders?|sponsor|regulator|team|users?|anyone|anybody|nobody|them|him|her)`

const RED_FLAGS: readonly { kind: RedFlagKind; pattern: RegExp }[] = [
  {
    kind: 'concealment',
    pattern: new RegExp(
      String.raw`\b(?:wouldn'?t|would not|won'?t|will not|didn'?t|did not|not going to|never|don'?t|do not) (?:say|tell|mention|raise|flag|share|admit|disclose)(?: anything| it| this| that| a word)?(?: to| with)? ${WHO}`,
      'gi',
    ),
  },
  {
    kind: 'concealment',
    pattern:
      /\b(?:keep|kept|keeping|leave|left|leaving|report|reported|mark|marked|show|showed)(?: (?:the|our|its|it|things))?(?: (?:project|status|report|dashboard|rag|tracker))*(?: as| at)? green\b/gi,
  },
  {
    kind: 'concealment',
    pattern:
      /\b(?:keep|kept|keeping) (?:it|this|that|things) (?:quiet|under wraps|to (?:myself|ourselves)|between us)\b|\bcover(?:ed|ing)? (?:it |this |that )?up\b|\b(?:hide|hid|hiding|hidden) (?:it|this|that|the \w+)(?: from ${WHO})?|\bsweep(?:ing)? (?:it |this )?under the (?:rug|carpet)\b|\bso (?:they|the client|the customer|nobody|no one|my manager)(?: would| will)? (?:wouldn'?t|won'?t|doesn'?t|didn'?t|never) (?:notice|find out|know|see)\b/gi,
  },
  {
    kind: 'misrepresentation',
    pattern:
      /\bso (?:it|we|I) (?:doesn'?t|didn'?t|wouldn'?t|won'?t) look like\b|\bmake it (?:look|seem|sound) like\b|\b(?:blame|blamed|pin|pinned) it on\b|\b(?:fudge|fudged|massage|massaged|pad|padded|tweak|tweaked) the (?:numbers|figures|data|estimates?|report)\b|\b(?:say|said|tell|told) (?:them |the client |the customer )?(?:it was|there (?:was|had been)) an? (?:unexpected |unforeseen )?(?:technical |third-party )?(?:issue|problem|glitch)\b(?=[^.]{0,60}\b(?:so|rather than|instead of|not)\b)/gi,
  },
  {
    kind: 'blame',
    pattern:
      /\b(?:it was|it's|that was|this was) (?:really |entirely |all |totally )?(?:his|her|their|the other team's|the vendor's|qa's|the tester's|the client's) fault\b|\b(?:wasn'?t|was not|isn'?t|not) (?:really )?my fault\b|\bthrew (?:him|her|them|the \w+) under the bus\b|\bblamed (?:him|her|them|the \w+(?: team)?)\b/gi,
  },
  {
    kind: 'cutting corners',
    pattern:
      /\bskip(?:ped|ping)?\b[^.;]{0,40}?\b(?:test(?:s|ing)?|code reviews?|reviews?|qa|security (?:checks?|review)|documentation|docs)\b|\bwithout (?:any )?(?:testing|tests|review|qa)\b|\b(?:push|pushed|pushing|ship|shipped|deploy|deployed) (?:it )?straight (?:to|into) prod(?:uction)?\b|\b(?:turn|turned|switch|switched|disable|disabled|comment|commented) (?:off |out )?(?:the )?(?:tests|checks|alerts|alarms|failing tests)\b/gi,
  },
  {
    kind: 'coerced overtime',
    pattern:
      /\b(?:get|got|make|made|have|had|force|forced|tell|told|require|required) (?:everyone|the team|them|people|the engineers|my team|the developers)\b[^.;]{0,30}?\b(?:work|working|come in)\b[^.;]{0,20}?\b(?:weekends?|nights|late|overtime|saturdays?|sundays?)\b|\bcancel(?:led|ling)? (?:their|people's|everyone's|the team's) (?:leave|holidays?|vacations?)\b|\b(?:that's|that is) (?:just )?part of the job\b/gi,
  },
  {
    kind: 'taking credit',
    pattern:
      /\b(?:took|take|taking|claimed|claim) (?:the |all the |full )?credit\b|\bpresented (?:it|the work|their work|his work|her work) as (?:my own|mine|my)\b/gi,
  },
]

/** What comes before a red flag when the candidate resisted it or names it as the wrong move. */
const RESISTED =
  /(?:instead of|rather than|refused to|refuse to|avoid(?:ed|ing)?|(?:didn'?t|did not|don'?t|wouldn'?t) want to|never want to|tempt(?:ed|ing|ation) (?:was )?to|pressure to|asked me to|wanted me to|told me to|suggested we|worst thing (?:would be|is) to|mistake (?:would be|is) to|(?:not|never) to) [\w' ]{0,25}$/i

/** The red flags in the answer, in text order, each with its span. */
export function findRedFlags(text: string): Finding[] {
  const found: Finding[] = []
  for (const { kind, pattern } of RED_FLAGS) {
    for (const m of text.matchAll(pattern)) {
      const before = text.slice(Math.max(0, m.index - 40), m.index)
      const clause = before.split(/[.;!?]|,\s*but\b/).pop() ?? ''
      if (RESISTED.test(clause)) continue
      found.push({ kind, start: m.index, end: m.index + m[0].length, text: m[0] })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/** Signs of sound judgement: raising a problem early and openly, offering options, checking. */
const GOOD_SIGNS: readonly RegExp[] = [
  /\b(?:told|tell|warned|warn|flagged|flag|raised|raise|called|call|informed|inform)\b[^.;]{0,40}?\b(?:early|straight away|right away|immediately|the same day|that day|as soon as|before)\b/gi,
  /\b(?:transparent|honest(?:ly)?|upfront|open about)\b/gi,
  /\b(?:options|alternatives|trade-offs?|a choice between)\b/gi,
  /\b(?:my mistake|my fault|i owned|owned up|took responsibility|i apologi[sz]ed)\b/gi,
  /\b(?:roll(?:ed)? ?back|rehears(?:e|ed)|tested|test it|a test|staging|canary)\b/gi,
  /\b(?:explained why|asked (?:for|them)|listened)\b/gi,
]

/** The signs of sound judgement, at most one span per kind of sign. */
export function findGoodSigns(text: string): Span[] {
  const spans: Span[] = []
  for (const pattern of GOOD_SIGNS) {
    const m = pattern.exec(text)
    pattern.lastIndex = 0
    if (m) spans.push({ start: m.index, end: m.index + m[0].length })
  }
  return spans.sort((a, b) => a.start - b.start)
}

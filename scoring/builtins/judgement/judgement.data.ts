/**
 * How the acts an interviewer marks down are said in general English: each pattern is a sequence
 * of lemmas an answer's words are matched against after lemmatising ("hid" → hide, "didn't" →
 * do not), where `*` stands for up to four other words of the same clause, `a|b` for either, and
 * an UPPERCASE name for a word class below. `self`: the act counts only when the speaker ("I",
 * "we") does it. Written from the kinds of red flag in interviewing guides (dishonesty and
 * concealment, blaming others, taking credit, unsafe or rule-breaking shortcuts, undermining
 * colleagues, forcing overtime), in the words people use for those acts in any job; none is taken
 * from a labelled answer. Read by red-flags.ts.
 */
import type { RedFlagKind } from './red-flags.ts'

export const WORD_CLASSES: Record<string, readonly string[]> = {
  /** people a problem is owed to */
  PERSON: [
    'client',
    'customer',
    'patient',
    'guest',
    'parent',
    'family',
    'manager',
    'boss',
    'supervisor',
    'director',
    'lead',
    'partner',
    'stakeholder',
    'sponsor',
    'auditor',
    'regulator',
    'inspector',
    'anyone',
    'anybody',
    'nobody',
    'user',
    'owner',
    'head',
    'couple',
    'resident',
    'relative',
    'tenant',
    'pupil',
    'student',
    'doctor',
    'consultant',
    'coordinator',
    'caller',
    'passenger',
    'buyer',
    'insurer',
    'hr',
    'office',
    'police',
    'council',
    'school',
    'management',
    'duty',
    'charge',
  ],
  /** the checks, rules and protections a shortcut skips */
  SAFEGUARD: [
    'test',
    'testing',
    'check',
    'checking',
    'inspection',
    'review',
    'safety',
    'procedure',
    'protocol',
    'checklist',
    'audit',
    'sign-off',
    'lockout',
    'ppe',
    'harness',
    'guard',
    'alarm',
    'regulation',
    'rule',
    'policy',
    'qa',
    'validation',
    'verification',
    'handover',
    'paperwork',
    'permit',
    'hygiene',
    'training',
    'corner',
    'step',
    'control',
    'limit',
    'sensor',
    'gauge',
    'seal',
    'lock',
    'isolation',
    'signature',
    'count',
    'log',
    'record',
    'briefing',
    'instruction',
    'guidance',
    'standard',
    'label',
    'double-check',
  ],
  /** a secret kept */
  KEPT_QUIET: [
    'quiet',
    'secret',
    'hidden',
    'hush',
    'wrap',
    'wraps',
    'radar',
    'myself',
    'ourselves',
    'green',
  ],
  /** what a duty to tell is about */
  THE_PROBLEM: [
    'it',
    'that',
    'this',
    'anything',
    'mistake',
    'error',
    'incident',
    'accident',
    'damage',
    'fault',
    'near-miss',
    'shortfall',
    'discrepancy',
    'complaint',
    'breach',
    'failure',
    'loss',
    'finding',
  ],
  /** telling someone something they are owed */
  TELL: [
    'tell',
    'inform',
    'notify',
    'warn',
    'update',
    'alert',
    'mention',
    'report',
    'disclose',
    'admit',
    'declare',
    'flag',
    'log',
    'record',
    'bother',
    'trouble',
  ],
  /** a record that can be falsified */
  RECORD: [
    'figure',
    'number',
    'record',
    'log',
    'reading',
    'result',
    'timesheet',
    'sheet',
    'note',
    'form',
    'score',
    'stat',
    'cv',
    'entry',
    'chart',
    'date',
  ],
  /** a third person (a colleague, whose work, fault or idea it was) */
  THIRD: ['he', 'she', 'they', 'him', 'her', 'them', 'his', 'their'],
  /** who a team is, when someone forces it */
  TEAM: ['team', 'everyone', 'people', 'staff', 'crew', 'they', 'them', 'engineer', 'nurse'],
  /** unsocial hours */
  HOURS: ['weekend', 'night', 'late', 'overtime', 'saturday', 'sunday', 'holiday'],
  /** words that put the fault on someone else */
  OTHERS: ['his', 'her', 'their', "'s", 'your'],
}

/**
 * Who must do the act for it to count: `self`, the speaker ("I", "we"); `others`, anyone but the
 * speaker ("she'd never know"); absent, anyone.
 */
export type ActSubject = 'self' | 'others'

export const RED_FLAG_PATTERNS: readonly {
  kind: RedFlagKind
  pattern: string
  subject?: ActSubject
}[] = [
  // taking credit by leaving out whose idea or work it was (before concealment's "not mention it")
  {
    kind: 'taking credit',
    pattern:
      'not|never mention|say|credit|acknowledge|name * THIRD|whose|who * idea|work|suggestion|input|help|contribution',
    subject: 'self',
  },
  // concealment: keeping a problem from those it is owed to
  { kind: 'concealment', pattern: 'hide|conceal|bury|withhold|suppress|shred', subject: 'self' },
  { kind: 'concealment', pattern: 'cover|hush * up', subject: 'self' },
  { kind: 'concealment', pattern: 'sweep * under * rug|carpet', subject: 'self' },
  { kind: 'concealment', pattern: 'not|never TELL * PERSON', subject: 'self' },
  { kind: 'concealment', pattern: 'not|never write * up * THE_PROBLEM', subject: 'self' },
  {
    kind: 'concealment',
    pattern: 'not|never mention|report|disclose|admit|declare|flag|log|record * THE_PROBLEM',
    subject: 'self',
  },
  // a duty to tell waved away: "no need to tell them", "didn't think it worth mentioning"
  {
    kind: 'concealment',
    pattern: 'not|no|never * point|need|reason|worth * TELL',
    subject: 'self',
  },
  { kind: 'concealment', pattern: 'no * point|need|reason * TELL' },
  { kind: 'concealment', pattern: 'not|never go|get * into * how|why|who|what|detail|details' },
  { kind: 'concealment', pattern: 'not|no|never * point|need|reason|worth * go|get * into' },
  { kind: 'concealment', pattern: 'keep|leave * KEPT_QUIET', subject: 'self' },
  {
    kind: 'concealment',
    pattern: 'quietly fix|sort|change|swap|amend|correct|adjust|delete|replace|remove|redo|bin',
    subject: 'self',
  },
  {
    kind: 'concealment',
    pattern: 'fix|sort|change|swap|amend|correct|adjust|delete|replace|remove|redo|bin * quietly',
    subject: 'self',
  },
  {
    kind: 'concealment',
    pattern: 'so * nobody|no-one * notice|know|find|realise|realize|spot|tell',
  },
  // those owed the truth left not knowing: "they'd never know", "none the wiser"
  {
    kind: 'concealment',
    pattern: 'would|will never|not know|notice|realise|realize|spot|find',
    subject: 'others',
  },
  {
    kind: 'concealment',
    pattern: 'never|not go to know|notice|realise|realize|spot|find',
    subject: 'others',
  },
  { kind: 'concealment', pattern: 'none * wiser' },
  // a good act declined: "rather than report it", "instead of logging it"
  {
    kind: 'concealment',
    pattern: 'rather|instead than|of report|log|record|declare|disclose|admit|notify THE_PROBLEM',
  },
  // misrepresentation: saying what did not happen
  {
    kind: 'misrepresentation',
    pattern: 'lie|fudge|fabricate|falsify|inflate|massage|misreport|misrepresent|backdate|doctor',
    subject: 'self',
  },
  { kind: 'misrepresentation', pattern: 'make * look|seem|sound * like', subject: 'self' },
  { kind: 'misrepresentation', pattern: 'so * not look|seem|sound * like' },
  { kind: 'misrepresentation', pattern: 'pretend|claim * that', subject: 'self' },
  { kind: 'misrepresentation', pattern: 'blame|pin * it * on', subject: 'self' },
  { kind: 'misrepresentation', pattern: 'pass|palm * off', subject: 'self' },
  { kind: 'misrepresentation', pattern: 'dress * up * as', subject: 'self' },
  { kind: 'misrepresentation', pattern: 'spin * it|this|that', subject: 'self' },
  { kind: 'misrepresentation', pattern: 'let * believe|assume', subject: 'self' },
  {
    kind: 'misrepresentation',
    pattern: 'tweak|alter|doctor|fiddle|rework|massage|pad * RECORD',
    subject: 'self',
  },
  {
    kind: 'misrepresentation',
    pattern: 'copy * from * previous|last|old|earlier',
    subject: 'self',
  },
  // blame: putting one's own problem on others
  { kind: 'blame', pattern: 'blame * OTHERS|him|her|them|the', subject: 'self' },
  { kind: 'blame', pattern: 'be * OTHERS * fault' },
  { kind: 'blame', pattern: 'not * my * fault|problem|concern' },
  { kind: 'blame', pattern: 'nothing * to * do * with * me' },
  {
    kind: 'blame',
    pattern: 'if * THIRD * have * just|only|bother|listen|follow|bothered|listened|followed',
  },
  { kind: 'blame', pattern: 'throw * under * bus', subject: 'self' },
  { kind: 'blame', pattern: 'point * finger', subject: 'self' },
  // taking credit for others' work
  { kind: 'taking credit', pattern: 'take|claim|grab|accept * credit', subject: 'self' },
  { kind: 'taking credit', pattern: 'present|pass|submit * as * my|our * own', subject: 'self' },
  {
    kind: 'taking credit',
    pattern: 'present|pass|submit|put * as|like * my|mine',
    subject: 'self',
  },
  { kind: 'taking credit', pattern: 'put * my * name * on', subject: 'self' },
  { kind: 'taking credit', pattern: 'under * my * name', subject: 'self' },
  { kind: 'taking credit', pattern: 'not * need * credit' },
  // unsafe or rule-breaking shortcuts
  {
    kind: 'cutting corners',
    pattern:
      'skip|bypass|ignore|disable|override|omit|circumvent|skimp|fake|cut|mute|muted|silence|tape|wedge|prop|bend|dodge * SAFEGUARD',
    subject: 'self',
  },
  { kind: 'cutting corners', pattern: 'turn|switch * off * SAFEGUARD', subject: 'self' },
  { kind: 'cutting corners', pattern: 'without * SAFEGUARD' },
  { kind: 'cutting corners', pattern: 'without test|check|inspect|verify|review' },
  {
    kind: 'cutting corners',
    pattern: 'without * permission|approval|authorisation|authorization|consent|clearance',
  },
  { kind: 'cutting corners', pattern: 'not|never bother * with|to', subject: 'self' },
  {
    kind: 'cutting corners',
    pattern: 'rather|instead than|of isolate|inspect|lock|sign|test|verify',
  },
  { kind: 'cutting corners', pattern: 'straight * to|into * production|live', subject: 'self' },
  // undermining colleagues
  {
    kind: 'undermining',
    pattern:
      'undermine|badmouth|belittle|mock|humiliate|embarrass|sabotage|sideline|ridicule|disparage',
    subject: 'self',
  },
  { kind: 'undermining', pattern: 'go * behind * back', subject: 'self' },
  { kind: 'undermining', pattern: 'go * over|around * head', subject: 'self' },
  {
    kind: 'undermining',
    pattern: 'make * him|her|them * look * bad|stupid|incompetent',
    subject: 'self',
  },
  { kind: 'undermining', pattern: 'not * a * team * player' },
  { kind: 'undermining', pattern: 'not * cut * out * for' },
  {
    kind: 'undermining',
    pattern: 'complain|moan|grumble|gossip|vent * about * him|her|them * to',
    subject: 'self',
  },
  {
    kind: 'undermining',
    pattern: 'keep|leave * him|her|them * out * of * loop|meeting|email|conversation|decision',
    subject: 'self',
  },
  // forcing unsocial hours on others instead of re-planning
  {
    kind: 'coerced overtime',
    pattern: 'make|have|force|get|require|tell * TEAM * work * HOURS',
    subject: 'self',
  },
  {
    kind: 'coerced overtime',
    pattern: 'cancel * their|everyone|people * leave|holiday',
    subject: 'self',
  },
]

/**
 * How people excuse a lapse, from the "techniques of neutralization" (Sykes and Matza, 1957):
 * denying the harm, denying responsibility, condemning the rules or those who enforce them,
 * appealing to what everyone does. One is a hint an interviewer hears; two make a red flag. Each
 * is a case-insensitive regular expression over the transcript.
 */
export const EXCUSES: readonly RegExp[] = [
  // denial of injury
  /\b(?:no harm done|no real harm|(?:nobody|no one|no-one) (?:got|was|ever got) (?:hurt|harmed)|never had (?:a|any) problems?|nothing (?:bad )?(?:ever )?came of it|it all worked out|(?:worked|turned) out (?:fine |ok |alright )?in the end)\b/i,
  // denial of responsibility
  /\b(?:had no (?:other )?choice|my hands were tied|out of my hands|(?:not|nothing) (?:a lot |much )?(?:i|we) could (?:do|have done) about)\b/i,
  // condemning the rules
  /\b(?:box[- ]ticking|ticking (?:the )?boxes|tick[- ]box|red tape|overkill|over the top|jobsworth|pen[- ]pushers?|by the book is)\b/i,
  // what everyone does
  /\b(?:every(?:one|body) (?:does|did|knows|knew) (?:it|that)|every(?:one|body) does|it's how it's (?:always )?(?:been )?done|nobody (?:actually|really) (?:follows|does))\b/i,
  // the ends justify it
  /\b(?:whatever it takes|needs must|the end justifies|results? speaks? for (?:it|them)sel(?:f|ves)|(?:nobody|no one|no-one) (?:ever )?(?:complained|noticed|found out))\b/i,
]

/**
 * Words of a question that asks for a mistake: in the answer, a shortcut told in the past tense is
 * the mistake the question asked for (owned), not a plan to cut corners.
 */
export const MISTAKE_QUESTION_WORDS: readonly string[] = [
  'mistake',
  'error',
  'fail',
  'failed',
  'failure',
  'wrong',
  'regret',
  'let down',
  'slip',
]

/**
 * Said just before a red flag, the speaker resisted it or names it as the wrong move ("rather than
 * hide it", "my manager wanted me to skip the checks, but…"): then it is not held against them.
 */
export const RESISTING_CUES: readonly string[] = [
  'instead of',
  'rather than',
  'refused to',
  'refuse to',
  'avoid',
  'avoided',
  'avoiding',
  "didn't want to",
  'did not want to',
  "don't want to",
  "wouldn't want to",
  'never want to',
  'tempted to',
  'temptation to',
  'temptation was to',
  'pressure to',
  'asked me to',
  'wanted me to',
  'told me to',
  'suggested we',
  'suggested i',
  'thing would be to',
  'mistake would be to',
  'mistake is to',
  'not to',
  'never to',
  'no intention of',
  'instead of trying to',
  'was told to',
  'expected me to',
  'could have',
  'easy to',
]

/** What a listener hears as sound judgement: raising a problem early and openly, options, checks. */
export const GOOD_SIGNS: readonly RegExp[] = [
  /\b(?:told|tell|warned|warn|flagged|flag|raised|raise|called|call|informed|inform)\b[^.;]{0,40}?\b(?:early|straight away|right away|immediately|the same day|that day|as soon as|before)\b/gi,
  // "honest with them", not the discourse marker "honestly," / "to be honest"
  /\b(?:transparent|honest (?:with|about)|upfront|open about)\b/gi,
  /\b(?:options|alternatives|trade-offs?|a choice between)\b/gi,
  /\b(?:my mistake|my fault|i owned|owned up|took responsibility|i apologi[sz]ed)\b/gi,
  /\b(?:roll(?:ed)? ?back|rehears(?:e|ed)|tested|test it|a test|staging|canary)\b/gi,
  /\b(?:explained why|asked (?:for|them)|listened)\b/gi,
]

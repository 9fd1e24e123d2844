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
  ],
  /** a secret kept */
  KEPT_QUIET: ['quiet', 'secret', 'hidden', 'hush', 'wrap', 'myself', 'ourselves', 'green'],
  /** who a team is, when someone forces it */
  TEAM: ['team', 'everyone', 'people', 'staff', 'crew', 'they', 'them', 'engineer', 'nurse'],
  /** unsocial hours */
  HOURS: ['weekend', 'night', 'late', 'overtime', 'saturday', 'sunday', 'holiday'],
  /** words that put the fault on someone else */
  OTHERS: ['his', 'her', 'their', "'s", 'your'],
}

export const RED_FLAG_PATTERNS: readonly { kind: RedFlagKind; pattern: string; self: boolean }[] = [
  // concealment: keeping a problem from those it is owed to
  { kind: 'concealment', pattern: 'hide|conceal|bury|withhold|suppress|shred', self: true },
  { kind: 'concealment', pattern: 'cover|hush * up', self: true },
  { kind: 'concealment', pattern: 'sweep * under * rug|carpet', self: true },
  {
    kind: 'concealment',
    pattern:
      'not|never tell|say|inform|mention|report|disclose|admit|flag|raise|notify|warn * PERSON',
    self: true,
  },
  { kind: 'concealment', pattern: 'keep|leave * KEPT_QUIET', self: true },
  {
    kind: 'concealment',
    pattern: 'so * nobody|no-one * notice|know|find|realise|realize|spot',
    self: false,
  },
  // misrepresentation: saying what did not happen
  {
    kind: 'misrepresentation',
    pattern: 'lie|fudge|fabricate|falsify|inflate|massage|misreport|misrepresent|backdate|doctor',
    self: true,
  },
  { kind: 'misrepresentation', pattern: 'make * look|seem|sound * like', self: true },
  { kind: 'misrepresentation', pattern: 'so * not look|seem|sound * like', self: false },
  { kind: 'misrepresentation', pattern: 'pretend|claim * that', self: true },
  { kind: 'misrepresentation', pattern: 'blame|pin * it * on', self: true },
  // blame: putting one's own problem on others
  { kind: 'blame', pattern: 'blame * OTHERS|him|her|them|the', self: true },
  { kind: 'blame', pattern: 'be * OTHERS * fault', self: false },
  { kind: 'blame', pattern: 'not * my * fault', self: false },
  { kind: 'blame', pattern: 'throw * under * bus', self: true },
  { kind: 'blame', pattern: 'point * finger', self: true },
  // taking credit for others' work
  { kind: 'taking credit', pattern: 'take|claim|grab|accept * credit', self: true },
  { kind: 'taking credit', pattern: 'present|pass|submit * as * my|our * own', self: true },
  { kind: 'taking credit', pattern: 'put * my * name * on', self: true },
  // unsafe or rule-breaking shortcuts
  {
    kind: 'cutting corners',
    pattern: 'skip|bypass|ignore|disable|override|omit|circumvent|skimp|fake|cut * SAFEGUARD',
    self: true,
  },
  { kind: 'cutting corners', pattern: 'turn|switch * off * SAFEGUARD', self: true },
  { kind: 'cutting corners', pattern: 'without * SAFEGUARD', self: false },
  { kind: 'cutting corners', pattern: 'without test|check|inspect|verify|review', self: false },
  { kind: 'cutting corners', pattern: 'straight * to|into * production|live', self: true },
  // undermining colleagues
  {
    kind: 'undermining',
    pattern:
      'undermine|badmouth|belittle|mock|humiliate|embarrass|sabotage|sideline|ridicule|disparage',
    self: true,
  },
  { kind: 'undermining', pattern: 'go * behind * back', self: true },
  { kind: 'undermining', pattern: 'go * over|around * head', self: true },
  {
    kind: 'undermining',
    pattern: 'make * him|her|them * look * bad|stupid|incompetent',
    self: true,
  },
  // forcing unsocial hours on others instead of re-planning
  {
    kind: 'coerced overtime',
    pattern: 'make|have|force|get|require|tell * TEAM * work * HOURS',
    self: true,
  },
  {
    kind: 'coerced overtime',
    pattern: 'cancel * their|everyone|people * leave|holiday',
    self: true,
  },
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
  /\b(?:transparent|honest(?:ly)?|upfront|open about)\b/gi,
  /\b(?:options|alternatives|trade-offs?|a choice between)\b/gi,
  /\b(?:my mistake|my fault|i owned|owned up|took responsibility|i apologi[sz]ed)\b/gi,
  /\b(?:roll(?:ed)? ?back|rehears(?:e|ed)|tested|test it|a test|staging|canary)\b/gi,
  /\b(?:explained why|asked (?:for|them)|listened)\b/gi,
]

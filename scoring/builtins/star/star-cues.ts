/**
 * The phrases that signal each STAR part, hypothetical or generic talk. Lexicons, not
 * answer-specific rules: they describe how people in English tell a work story.
 */
export const SITUATION_CUES = [
  'at my last job', 'at my previous', 'in my previous', 'in my last role', 'in my last job', 'when i was', 'while i was',
  'i was working', 'i worked at', 'i worked as', 'i was a', 'we were', 'there was', 'there were', 'our team', 'my team',
  'the team', 'the company', 'a client', 'a customer', 'the client', 'the customer', 'the project', 'last year',
  'a few years ago', 'years ago', 'months ago', 'at the time', 'background', 'context', 'the situation',
  'the problem was', 'the issue was', 'we had a', 'we had an', 'had been', 'previous role', 'back in', 'a while ago',
  'i joined', 'when i joined', 'at the start', 'one time', 'once,', 'during',
]

export const TASK_CUES = [
  'my role', 'my job was', 'my task', 'i was responsible', 'responsible for', 'i had to', 'i needed to',
  'we needed to', 'needed to', 'the goal was', 'our goal', 'my goal', 'tasked with', 'i was asked to', 'asked me to',
  'the challenge was', 'i was in charge', 'in charge of', 'objective', 'my responsibility', 'it was up to me',
  'i wanted to', 'the task was', 'had to', 'i was supposed to', 'my aim', 'the aim was', 'deadline', 'i owned',
  'i was assigned', 'assigned me',
]

export const ACTION_CUES = [
  'so i', 'first i', 'then i', 'next i', 'i decided', 'i started', 'i set up', 'i organised', 'i organized',
  'i scheduled', 'i met', 'i talked', 'i spoke', 'i proposed', 'i wrote', 'i built', 'i created', 'i asked',
  'i called', 'i reached out', 'i worked with', 'i suggested', 'i ran', 'i led', 'i took', 'i made', 'i went',
  'i sat down', 'i brought', 'i put together', 'i analysed', 'i analyzed', 'i reviewed', 'i rewrote', 'i introduced',
  'i designed', 'i implemented', 'i negotiated', 'i explained', 'i listened', 'i mapped', 'i paired',
]

export const RESULT_CUES = [
  'as a result', 'in the end', 'the result', 'resulted in', 'which meant', 'which led to', 'led to', 'ended up',
  'outcome', 'finally', 'eventually', 'since then', 'afterwards', 'reduced', 'increased', 'improved', 'saved',
  'grew', 'dropped', 'went from', 'went down', 'went up', 'launched', 'on time', 'successfully', 'i learned',
  'i learnt', 'we learned', 'lesson', 'the feedback', 'promoted', 'praised', 'achieved', 'won', 'recovered',
  'cut', 'doubled', 'halved', 'tripled', 'shipped', 'delivered', 'met the deadline', 'hit', 'stopped', 'fell',
  'rose', 'by the end', 'within', 'the next quarter', 'the following', 'still use', 'adopted', 'renewed',
  'signed', 'closed', 'zero', 'no longer', 'never again', 'from then on',
]

/** Said about what one would or usually does, rather than what one did. */
export const HYPOTHETICAL_CUES = [
  'i would', "i'd", 'i will', "i'll", 'i usually', 'i typically', 'i generally', 'i normally', 'i tend to',
  'i always try', 'i try to', 'i like to', 'i would probably', 'i might', 'i could', 'if i were', 'i am going to',
  "i'm going to", 'we would', "we'd", 'we usually', 'we typically', 'you would', "you'd", 'you should', 'you need to',
  'i should', 'my approach is', 'my approach would', 'what i do is', 'i make sure', 'i believe in',
]

/** Self-description instead of evidence. */
export const GENERIC_CUES = [
  "i'm a hard worker", 'i am a hard worker', "i'm a team player", 'i am a team player', "i'm passionate",
  'i am passionate', "i'm very", 'i am very', 'i consider myself', 'i pride myself', "i'm someone who",
  'i am someone who', 'i always', 'i never', "i'm the kind of person", 'i am the kind of person', "i'm a people person",
  "i'm detail-oriented", "i'm detail oriented", "i'm a perfectionist", "i'm really good at", 'i am really good at',
  "i'm good at", 'i am good at', 'i love working', 'i thrive', 'i excel', 'my strength is', 'my strengths are',
  'i have always been', "i've always been", 'people say i', 'i am known for', "i'm known for", 'i am a natural',
  "i'm a natural", 'i really enjoy', 'i am driven', "i'm driven", 'i am results-driven', "i'm results-driven",
]

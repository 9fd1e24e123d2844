import { builder } from '../builder.ts'

export type Span = { start: number; end: number }

/** Character offsets into a text (a transcript or a job description): `text.slice(start, end)`. */
export const TextSpanRef = builder.objectRef<Span>('TextSpan').implement({
  description: 'Character offsets into a text: the quoted part is text.slice(start, end).',
  fields: (t) => ({
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
  }),
})

/** "customer-focus" → "Customer focus": the API names competencies by id. */
export function competencyLabel(id: string): string {
  const words = id.replaceAll('-', ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** "conflict, Customer focus ,, mentoring" → ["conflict", "Customer focus", "mentoring"] */
export function parseCompetencies(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  ]
}

export const starFields = [
  {
    name: 'situation',
    label: 'Situation',
    hint: 'Where and when: the setting an interviewer needs to follow the story.',
  },
  { name: 'task', label: 'Task', hint: 'What you had to achieve, and why it was yours to do.' },
  { name: 'action', label: 'Action', hint: 'What you did, step by step, in the first person.' },
  {
    name: 'result',
    label: 'Result',
    hint: 'What changed because of it, with a number if you can.',
  },
] as const

export type StarField = (typeof starFields)[number]['name']

/** The answer library as Markdown: one section per story, STAR parts, polished answer, notes. */
import type { StarStory } from '../../generated/prisma/client.ts'

export function storiesToMarkdown(
  stories: readonly StarStory[],
  heading = 'My STAR stories',
): string {
  const lines = [`# ${heading}`, '']
  if (stories.length === 0) lines.push('_No stories saved yet._', '')
  for (const story of stories) {
    lines.push(`## ${story.title}`, '')
    if (story.competencies.length > 0)
      lines.push(`Competencies: ${story.competencies.join(', ')}`, '')
    for (const [label, text] of [
      ['Situation', story.situation],
      ['Task', story.task],
      ['Action', story.action],
      ['Result', story.result],
    ] as const) {
      lines.push(`**${label}.** ${text.trim() || '_(not written yet)_'}`, '')
    }
    if (story.polishedAnswer.trim())
      lines.push('### Polished answer', '', story.polishedAnswer.trim(), '')
    if (story.coachNotes.trim()) lines.push('### Coach notes', '', story.coachNotes.trim(), '')
  }
  return lines.join('\n')
}

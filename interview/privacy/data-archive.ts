/**
 * "Download all my data" as one zip: every row the user owns as JSON (no password or token
 * hash), the stories as Markdown, and the recordings as they were uploaded. Built with fflate's
 * streaming Zip (decision 066): JSON is deflated, recordings (already compressed audio) are
 * stored as they are, and each chunk is yielded as soon as it is written, so a large archive is
 * never held whole in memory.
 */
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate'
import type { PrismaClient } from '../../generated/prisma/client.ts'
import type { AudioStorage } from '../audio/audio-storage.ts'
import { storiesToMarkdown } from '../library/story-markdown.ts'

const readme = `Your Encore data

account.json          your account, its sessions and API tokens (no secrets: only their hashes
                      are stored, and those are left out)
job-descriptions.json the job descriptions you saved
interviews.json       every interview with its questions, answers (transcripts, word timings),
                      scores and feedback
questions.json        questions written for you (the shared question bank is not yours)
stories.json          your STAR stories; stories/ has each as Markdown
recordings/           your recorded answers, named by attempt id
`

export async function* dataArchive(
  db: PrismaClient,
  audioStorage: AudioStorage,
  userId: string,
): AsyncGenerator<Uint8Array> {
  const chunks: Uint8Array[] = []
  let failure: Error | null = null
  const zip = new Zip((error, chunk) => {
    if (error) failure = error
    else chunks.push(chunk)
  })
  function* drain() {
    if (failure) throw failure
    while (chunks.length > 0) yield chunks.shift()!
  }
  const add = (name: string, bytes: Uint8Array, compress = true) => {
    const file = compress ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name)
    zip.add(file)
    file.push(bytes, true)
  }
  const json = (name: string, value: unknown) =>
    add(name, strToU8(`${JSON.stringify(value, null, 2)}\n`))

  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    omit: { passwordHash: true },
    include: {
      sessions: { omit: { tokenHash: true } },
      apiTokens: { omit: { tokenHash: true } },
    },
  })
  add('README.txt', strToU8(readme))
  json('account.json', user)
  json(
    'job-descriptions.json',
    await db.jobDescription.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } }),
  )
  json('questions.json', await db.question.findMany({ where: { userId } }))
  yield* drain()

  const interviews = await db.mockInterview.findMany({
    where: { userId },
    orderBy: { createdAt: 'asc' },
    include: {
      exchanges: {
        orderBy: { order: 'asc' },
        include: {
          attempts: { orderBy: { attemptNumber: 'asc' }, include: { scoreResults: true } },
        },
      },
    },
  })
  json('interviews.json', interviews)
  yield* drain()

  const stories = await db.starStory.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } })
  json('stories.json', stories)
  stories.forEach((story, index) =>
    add(
      `stories/${String(index + 1).padStart(3, '0')}-${slug(story.title)}.md`,
      strToU8(storiesToMarkdown([story], story.title)),
    ),
  )
  yield* drain()

  for (const interview of interviews)
    for (const exchange of interview.exchanges)
      for (const attempt of exchange.attempts) {
        if (!attempt.audioRef) continue
        const bytes = await audioStorage.get(attempt.audioRef)
        if (!bytes) continue
        const extension = attempt.audioRef.split('.').pop() ?? 'bin'
        add(`recordings/${attempt.id}.${extension}`, bytes, false)
        yield* drain()
      }

  zip.end()
  yield* drain()
}

function slug(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'story'
  )
}

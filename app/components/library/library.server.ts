import type { AppLoadContext } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { graphql } from '~/graphql/gql'
import { query } from '~/graphql.server'
import { signInUrlFor } from '~/session.server'
import type { DeletedStory } from './undo-toast'

const LibraryViewerQuery = graphql(`
  query LibraryViewer {
    viewer {
      id
    }
  }
`)

/** The library's pages and actions are for a signed-in candidate; others go to sign in. */
export async function requireViewer(context: AppLoadContext, request: Request) {
  const { data } = await query(context, LibraryViewerQuery)
  if (!data.viewer) throw redirect(signInUrlFor(request))
  return data.viewer
}

const StorySnapshotQuery = graphql(`
  query StorySnapshot($id: ID!) {
    node(id: $id) {
      __typename
      ... on StarStory {
        id
        title
        competencies
        situation
        task
        action
        result
        polishedAnswer
        coachNotes
        jobDescription {
          id
        }
        sourceAttempt {
          id
        }
      }
    }
  }
`)

const DeleteStoryMutation = graphql(`
  mutation DeleteStory($id: ID!) {
    deleteStarStory(id: $id) {
      __typename
      ... on Error {
        message
      }
    }
  }
`)

/** Deletes a story and returns everything needed to put it back (the undo). */
export async function deleteStory(
  context: AppLoadContext,
  id: string,
): Promise<{ deleted: DeletedStory } | { formError: string }> {
  const { data } = await query(context, StorySnapshotQuery, { id })
  const story = data.node?.__typename === 'StarStory' ? data.node : null
  if (!story) return { formError: 'That story no longer exists.' }
  const { data: result } = await query(context, DeleteStoryMutation, { id })
  if (result.deleteStarStory.__typename !== 'DeletedStarStory') {
    return { formError: 'message' in result.deleteStarStory ? result.deleteStarStory.message : '' }
  }
  const { jobDescription, sourceAttempt, __typename: _type, ...fields } = story
  return {
    deleted: {
      ...fields,
      jobDescriptionId: jobDescription?.id ?? null,
      sourceAttemptId: sourceAttempt?.id ?? null,
    },
  }
}

const RestoreStoryMutation = graphql(`
  mutation RestoreStory($input: CreateStarStoryInput!) {
    createStarStory(input: $input) {
      __typename
      ... on StarStory {
        id
      }
      ... on Error {
        message
      }
    }
  }
`)

/** Undo: the story again, with its job and source attempt when they still exist. */
export async function restoreStory(
  context: AppLoadContext,
  raw: FormDataEntryValue | null,
): Promise<{ restored: string } | { formError: string }> {
  let story: DeletedStory
  try {
    story = JSON.parse(String(raw)) as DeletedStory
  } catch {
    return { formError: 'The deleted story could not be read back. Nothing was restored.' }
  }
  const input = {
    title: story.title,
    competencies: story.competencies,
    situation: story.situation,
    task: story.task,
    action: story.action,
    result: story.result,
    polishedAnswer: story.polishedAnswer,
    coachNotes: story.coachNotes,
    jobDescriptionId: story.jobDescriptionId,
    sourceAttemptId: story.sourceAttemptId,
  }
  let { data } = await query(context, RestoreStoryMutation, { input })
  // the job description or the attempt may have gone meanwhile: keep the words, drop the links
  if (data.createStarStory.__typename === 'NotFoundError') {
    ;({ data } = await query(context, RestoreStoryMutation, {
      input: { ...input, jobDescriptionId: null, sourceAttemptId: null },
    }))
  }
  const created = data.createStarStory
  if (created.__typename === 'StarStory') return { restored: created.id }
  return { formError: 'message' in created ? created.message : 'The story could not be restored.' }
}

const StartPracticeMutation = graphql(`
  mutation StartPractice($input: StartMockInterviewInput!) {
    startMockInterview(input: $input) {
      __typename
      ... on MockInterview {
        id
      }
      ... on Error {
        message
      }
    }
  }
`)

/** "Practise this": an interview on the chosen competencies, then the interview room. */
export async function startPractice(
  context: AppLoadContext,
  input: { jobDescriptionId?: string | null; competencies: string[] },
): Promise<Response | { formError: string }> {
  const questionCount = Math.min(5, Math.max(2, input.competencies.length * 2))
  const { data } = await query(context, StartPracticeMutation, {
    input: {
      jobDescriptionId: input.jobDescriptionId || null,
      competencies: input.competencies,
      questionCount,
    },
  })
  const started = data.startMockInterview
  if (started.__typename === 'MockInterview') return redirect(`/dashboard/mock/${started.id}`)
  return { formError: 'message' in started ? started.message : 'The interview could not start.' }
}

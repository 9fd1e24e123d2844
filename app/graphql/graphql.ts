/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CreateStarStoryInput = {
  action?: string | null | undefined;
  coachNotes?: string | null | undefined;
  competencies?: Array<string> | null | undefined;
  jobDescriptionId?: string | number | null | undefined;
  polishedAnswer?: string | null | undefined;
  result?: string | null | undefined;
  situation?: string | null | undefined;
  /** The attempt the story tells, e.g. when restoring a deleted story that was saved from one. */
  sourceAttemptId?: string | number | null | undefined;
  task?: string | null | undefined;
  title: string;
};

export type JobDescriptionInput = {
  company?: string | null | undefined;
  /** The pasted job ad: 20 to 50,000 characters. */
  text: string;
  title: string;
};

/** PLANNED → IN_PROGRESS → COMPLETED or ABANDONED. */
export type MockInterviewStatus =
  | 'ABANDONED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'PLANNED';

export type SaveStarStoryFromAttemptInput = {
  attemptId: string | number;
  /** The question’s text when unset. */
  title?: string | null | undefined;
};

export type SignInInput = {
  email: string;
  password: string;
};

export type SignUpInput = {
  email: string;
  name?: string | null | undefined;
  /** At least 10 characters. */
  password: string;
};

/** Give a saved job description, or a new one to save, or neither (general practice). */
export type StartMockInterviewInput = {
  /** Practise only these competencies (ids such as "conflict", or their names); the questions are balanced over them instead of over the whole job. */
  competencies?: Array<string> | null | undefined;
  jobDescription?: JobDescriptionInput | null | undefined;
  jobDescriptionId?: string | number | null | undefined;
  /** 1 to 15 planned questions; 5 when unset. */
  questionCount?: number | null | undefined;
  /** The same seed plans the same questions (for tests, demos). */
  seed?: string | null | undefined;
};

/** COVERED: a story scoring 70 or more; WEAK: only weaker ones; MISSING: none. */
export type StoryCoverageStatus =
  | 'COVERED'
  | 'MISSING'
  | 'WEAK';

/** Only the fields given change; jobDescriptionId: null unlinks the job. */
export type UpdateStarStoryInput = {
  action?: string | null | undefined;
  coachNotes?: string | null | undefined;
  competencies?: Array<string> | null | undefined;
  id: string | number;
  jobDescriptionId?: string | number | null | undefined;
  polishedAnswer?: string | null | undefined;
  result?: string | null | undefined;
  situation?: string | null | undefined;
  task?: string | null | undefined;
  title?: string | null | undefined;
};

export type LibraryViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type LibraryViewerQuery = { viewer: { id: string } | null };

export type StorySnapshotQueryVariables = Exact<{
  id: string | number;
}>;


export type StorySnapshotQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'JobDescription' }
    | { __typename: 'MockInterview' }
    | { __typename: 'MockInterviewAttempt' }
    | { __typename: 'MockInterviewExchange' }
    | { __typename: 'Question' }
    | { __typename: 'ScoreResult' }
    | { __typename: 'StarStory', id: string, title: string, competencies: Array<string>, situation: string, task: string, action: string, result: string, polishedAnswer: string, coachNotes: string, jobDescription: { id: string } | null, sourceAttempt: { id: string } | null }
    | { __typename: 'Viewer' }
   | null };

export type DeleteStoryMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteStoryMutation = { deleteStarStory:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'DeletedStarStory' }
    | { __typename: 'NotFoundError', message: string }
   };

export type RestoreStoryMutationVariables = Exact<{
  input: CreateStarStoryInput;
}>;


export type RestoreStoryMutation = { createStarStory:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'StarStory', id: string }
    | { __typename: 'ValidationFailedError', message: string }
   };

export type StartPracticeMutationVariables = Exact<{
  input: StartMockInterviewInput;
}>;


export type StartPracticeMutation = { startMockInterview:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'MockInterview', id: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationFailedError', message: string }
   };

export type RootViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type RootViewerQuery = { viewer: { id: string, email: string, name: string | null } | null };

export type DashboardQueryVariables = Exact<{
  first: number;
}>;


export type DashboardQuery = { viewer: { id: string, email: string, name: string | null, interviews: { edges: Array<{ node: { id: string, title: string, status: MockInterviewStatus, createdAt: string, overallScore: number | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type JobCoverageQueryVariables = Exact<{
  id: string | number;
}>;


export type JobCoverageQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'JobDescription', id: string, title: string, company: string | null, text: string, storyCoverage: Array<{ competency: string, weight: number, stories: number, bestScore: number | null, status: StoryCoverageStatus }> }
    | { __typename: 'MockInterview' }
    | { __typename: 'MockInterviewAttempt' }
    | { __typename: 'MockInterviewExchange' }
    | { __typename: 'Question' }
    | { __typename: 'ScoreResult' }
    | { __typename: 'StarStory' }
    | { __typename: 'Viewer' }
   | null, viewer: { id: string, stories: { edges: Array<{ node: { id: string, title: string, competencies: Array<string> } }> } } | null };

export type StoryEditorQueryVariables = Exact<{
  id: string | number;
}>;


export type StoryEditorQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'JobDescription' }
    | { __typename: 'MockInterview' }
    | { __typename: 'MockInterviewAttempt' }
    | { __typename: 'MockInterviewExchange' }
    | { __typename: 'Question' }
    | { __typename: 'ScoreResult' }
    | { __typename: 'StarStory', id: string, title: string, competencies: Array<string>, situation: string, task: string, action: string, result: string, polishedAnswer: string, coachNotes: string, updatedAt: string, jobDescription: { id: string } | null, sourceAttempt: { id: string, attemptNumber: number, transcript: string | null, overallScore: number | null, contentScore: number | null, deliveryScore: number | null, structureScore: number | null, exchange: { questionText: string, competency: string, interview: { id: string, title: string } } } | null }
    | { __typename: 'Viewer' }
   | null, viewer: { id: string, jobDescriptions: { edges: Array<{ node: { id: string, title: string, company: string | null } }> } } | null };

export type UpdateStoryMutationVariables = Exact<{
  input: UpdateStarStoryInput;
}>;


export type UpdateStoryMutation = { updateStarStory:
    | { __typename: 'BaseError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'StarStory', id: string, updatedAt: string }
    | { __typename: 'ValidationFailedError', code: string, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type LibraryQueryVariables = Exact<{
  search?: string | null | undefined;
  competency?: string | null | undefined;
  job?: string | number | null | undefined;
  first: number;
}>;


export type LibraryQuery = { viewer: { id: string, stories: { edges: Array<{ node: { id: string, title: string, competencies: Array<string>, situation: string, task: string, action: string, result: string, polishedAnswer: string, updatedAt: string, jobDescription: { id: string, title: string } | null, sourceAttempt: { id: string, overallScore: number | null } | null } }>, pageInfo: { hasNextPage: boolean } }, everyStory: { edges: Array<{ node: { id: string, competencies: Array<string>, sourceAttempt: { id: string } | null } }> }, jobDescriptions: { edges: Array<{ node: { id: string, title: string, company: string | null } }> }, interviews: { edges: Array<{ node: { id: string, title: string, status: MockInterviewStatus, exchanges: { edges: Array<{ node: { questionText: string, competency: string, finalAttempt: { id: string, overallScore: number | null } | null } }> } } }> } } | null };

export type CreateBlankStoryMutationVariables = Exact<{
  input: CreateStarStoryInput;
}>;


export type CreateBlankStoryMutation = { createStarStory:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'StarStory', id: string }
    | { __typename: 'ValidationFailedError', message: string }
   };

export type SaveStoryFromAttemptMutationVariables = Exact<{
  input: SaveStarStoryFromAttemptInput;
}>;


export type SaveStoryFromAttemptMutation = { saveStarStoryFromAttempt:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'InvalidAttemptStateError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'StarStory', id: string }
    | { __typename: 'ValidationFailedError', message: string }
   };

export type LibraryExportQueryVariables = Exact<{
  job?: string | number | null | undefined;
}>;


export type LibraryExportQuery = { viewer: { id: string, storiesMarkdown: string | null } | null };

export type LibraryPrintQueryVariables = Exact<{
  job?: string | number | null | undefined;
  first: number;
}>;


export type LibraryPrintQuery = { viewer: { id: string, name: string | null, stories: { edges: Array<{ node: { id: string, title: string, competencies: Array<string>, situation: string, task: string, action: string, result: string, polishedAnswer: string, coachNotes: string } }> } } | null };

export type LibraryPrintJobQueryVariables = Exact<{
  id: string | number;
}>;


export type LibraryPrintJobQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'JobDescription', title: string, company: string | null }
    | { __typename: 'MockInterview' }
    | { __typename: 'MockInterviewAttempt' }
    | { __typename: 'MockInterviewExchange' }
    | { __typename: 'Question' }
    | { __typename: 'ScoreResult' }
    | { __typename: 'StarStory' }
    | { __typename: 'Viewer' }
   | null };

export type LibraryPrintOneQueryVariables = Exact<{
  id: string | number;
}>;


export type LibraryPrintOneQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'JobDescription' }
    | { __typename: 'MockInterview' }
    | { __typename: 'MockInterviewAttempt' }
    | { __typename: 'MockInterviewExchange' }
    | { __typename: 'Question' }
    | { __typename: 'ScoreResult' }
    | { __typename: 'StarStory', id: string, title: string, competencies: Array<string>, situation: string, task: string, action: string, result: string, polishedAnswer: string, coachNotes: string }
    | { __typename: 'Viewer' }
   | null };

export type ProgressQueryVariables = Exact<{
  first: number;
}>;


export type ProgressQuery = { viewer: { id: string, interviews: { edges: Array<{ node: { id: string, title: string, status: MockInterviewStatus, createdAt: string, completedAt: string | null, summary: { overall: number | null, answered: number, dimensions: { content: number | null, delivery: number | null, structure: number | null }, delivery: { meanWpm: number | null, fillersPerMinute: number | null, fillersPer100Words: number | null }, competencies: Array<{ competency: string, score: number | null }> } | null } }>, pageInfo: { hasNextPage: boolean } } } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn:
    | { __typename: 'AuthSession', sessionToken: string, expiresAt: string }
    | { __typename: 'BaseError', code: string, message: string }
    | { __typename: 'InvalidCredentialsError', code: string, message: string }
    | { __typename: 'RateLimitedError', code: string, message: string }
    | { __typename: 'ValidationFailedError', code: string, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp:
    | { __typename: 'AuthSession', sessionToken: string, expiresAt: string }
    | { __typename: 'BaseError', code: string, message: string }
    | { __typename: 'EmailTakenError', code: string, message: string }
    | { __typename: 'RateLimitedError', code: string, message: string }
    | { __typename: 'ValidationFailedError', code: string, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type SignedInViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SignedInViewerQuery = { viewer: { id: string } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const LibraryViewerDocument = new TypedDocumentString(`
    query LibraryViewer {
  viewer {
    id
  }
}
    `) as unknown as TypedDocumentString<LibraryViewerQuery, LibraryViewerQueryVariables>;
export const StorySnapshotDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<StorySnapshotQuery, StorySnapshotQueryVariables>;
export const DeleteStoryDocument = new TypedDocumentString(`
    mutation DeleteStory($id: ID!) {
  deleteStarStory(id: $id) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteStoryMutation, DeleteStoryMutationVariables>;
export const RestoreStoryDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<RestoreStoryMutation, RestoreStoryMutationVariables>;
export const StartPracticeDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<StartPracticeMutation, StartPracticeMutationVariables>;
export const RootViewerDocument = new TypedDocumentString(`
    query RootViewer {
  viewer {
    id
    email
    name
  }
}
    `) as unknown as TypedDocumentString<RootViewerQuery, RootViewerQueryVariables>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard($first: Int!) {
  viewer {
    id
    email
    name
    interviews(first: $first) {
      edges {
        node {
          id
          title
          status
          createdAt
          overallScore
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const JobCoverageDocument = new TypedDocumentString(`
    query JobCoverage($id: ID!) {
  node(id: $id) {
    __typename
    ... on JobDescription {
      id
      title
      company
      text
      storyCoverage {
        competency
        weight
        stories
        bestScore
        status
      }
    }
  }
  viewer {
    id
    stories(first: 100) {
      edges {
        node {
          id
          title
          competencies
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JobCoverageQuery, JobCoverageQueryVariables>;
export const StoryEditorDocument = new TypedDocumentString(`
    query StoryEditor($id: ID!) {
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
      updatedAt
      jobDescription {
        id
      }
      sourceAttempt {
        id
        attemptNumber
        transcript
        overallScore
        contentScore
        deliveryScore
        structureScore
        exchange {
          questionText
          competency
          interview {
            id
            title
          }
        }
      }
    }
  }
  viewer {
    id
    jobDescriptions(first: 50) {
      edges {
        node {
          id
          title
          company
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StoryEditorQuery, StoryEditorQueryVariables>;
export const UpdateStoryDocument = new TypedDocumentString(`
    mutation UpdateStory($input: UpdateStarStoryInput!) {
  updateStarStory(input: $input) {
    __typename
    ... on StarStory {
      id
      updatedAt
    }
    ... on Error {
      code
      message
    }
    ... on ValidationFailedError {
      issues {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateStoryMutation, UpdateStoryMutationVariables>;
export const LibraryDocument = new TypedDocumentString(`
    query Library($search: String, $competency: String, $job: ID, $first: Int!) {
  viewer {
    id
    stories(
      first: $first
      search: $search
      competency: $competency
      jobDescriptionId: $job
    ) {
      edges {
        node {
          id
          title
          competencies
          situation
          task
          action
          result
          polishedAnswer
          updatedAt
          jobDescription {
            id
            title
          }
          sourceAttempt {
            id
            overallScore
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
    everyStory: stories(first: 100) {
      edges {
        node {
          id
          competencies
          sourceAttempt {
            id
          }
        }
      }
    }
    jobDescriptions(first: 50) {
      edges {
        node {
          id
          title
          company
        }
      }
    }
    interviews(first: 10) {
      edges {
        node {
          id
          title
          status
          exchanges(first: 20) {
            edges {
              node {
                questionText
                competency
                finalAttempt {
                  id
                  overallScore
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LibraryQuery, LibraryQueryVariables>;
export const CreateBlankStoryDocument = new TypedDocumentString(`
    mutation CreateBlankStory($input: CreateStarStoryInput!) {
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
    `) as unknown as TypedDocumentString<CreateBlankStoryMutation, CreateBlankStoryMutationVariables>;
export const SaveStoryFromAttemptDocument = new TypedDocumentString(`
    mutation SaveStoryFromAttempt($input: SaveStarStoryFromAttemptInput!) {
  saveStarStoryFromAttempt(input: $input) {
    __typename
    ... on StarStory {
      id
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SaveStoryFromAttemptMutation, SaveStoryFromAttemptMutationVariables>;
export const LibraryExportDocument = new TypedDocumentString(`
    query LibraryExport($job: ID) {
  viewer {
    id
    storiesMarkdown(jobDescriptionId: $job)
  }
}
    `) as unknown as TypedDocumentString<LibraryExportQuery, LibraryExportQueryVariables>;
export const LibraryPrintDocument = new TypedDocumentString(`
    query LibraryPrint($job: ID, $first: Int!) {
  viewer {
    id
    name
    stories(first: $first, jobDescriptionId: $job) {
      edges {
        node {
          id
          title
          competencies
          situation
          task
          action
          result
          polishedAnswer
          coachNotes
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LibraryPrintQuery, LibraryPrintQueryVariables>;
export const LibraryPrintJobDocument = new TypedDocumentString(`
    query LibraryPrintJob($id: ID!) {
  node(id: $id) {
    __typename
    ... on JobDescription {
      title
      company
    }
  }
}
    `) as unknown as TypedDocumentString<LibraryPrintJobQuery, LibraryPrintJobQueryVariables>;
export const LibraryPrintOneDocument = new TypedDocumentString(`
    query LibraryPrintOne($id: ID!) {
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
    }
  }
}
    `) as unknown as TypedDocumentString<LibraryPrintOneQuery, LibraryPrintOneQueryVariables>;
export const ProgressDocument = new TypedDocumentString(`
    query Progress($first: Int!) {
  viewer {
    id
    interviews(first: $first) {
      edges {
        node {
          id
          title
          status
          createdAt
          completedAt
          summary {
            overall
            answered
            dimensions {
              content
              delivery
              structure
            }
            delivery {
              meanWpm
              fillersPerMinute
              fillersPer100Words
            }
            competencies {
              competency
              score
            }
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressQuery, ProgressQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    __typename
    ... on AuthSession {
      sessionToken
      expiresAt
    }
    ... on Error {
      code
      message
    }
    ... on ValidationFailedError {
      issues {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    __typename
    ... on AuthSession {
      sessionToken
      expiresAt
    }
    ... on Error {
      code
      message
    }
    ... on ValidationFailedError {
      issues {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const SignedInViewerDocument = new TypedDocumentString(`
    query SignedInViewer {
  viewer {
    id
  }
}
    `) as unknown as TypedDocumentString<SignedInViewerQuery, SignedInViewerQueryVariables>;
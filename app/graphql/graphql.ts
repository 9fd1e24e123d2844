/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AttemptEventType =
  | 'COMPLETED'
  | 'FAILED'
  | 'SCORER_FINISHED'
  | 'SCORER_STARTED'
  | 'STATUS';

/** PARTIAL: some scorer failed, timed out or abstained; `scorers` says which. */
export type AttemptResultStatus =
  | 'COMPLETE'
  | 'PARTIAL';

/** QUEUED → SCORING → SCORED or FAILED; AWAITING_TRANSCRIPT: a recording waits for provideTranscript. */
export type AttemptStatus =
  | 'AWAITING_TRANSCRIPT'
  | 'FAILED'
  | 'QUEUED'
  | 'SCORED'
  | 'SCORING';

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

export type DeleteAccountInput = {
  /** Your password, to confirm. */
  password: string;
};

export type FeedbackKind =
  | 'IMPROVEMENT'
  | 'STRENGTH';

export type JobDescriptionInput = {
  company?: string | null | undefined;
  /** The pasted job ad: 20 to 50,000 characters. */
  text: string;
  title: string;
};

export type MockInterviewEventType =
  | 'ATTEMPT_SCORED'
  | 'EXCHANGE_ADDED'
  | 'STATUS';

/** PLANNED → IN_PROGRESS → COMPLETED or ABANDONED. */
export type MockInterviewStatus =
  | 'ABANDONED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'PLANNED';

export type ProvideTranscriptInput = {
  attemptId: string | number;
  /** At most 10,000 characters. */
  transcript: string;
};

/** Behavioural questions expect a STAR story; situational "I would…"; technical content. */
export type QuestionKind =
  | 'BEHAVIOURAL'
  | 'SITUATIONAL'
  | 'TECHNICAL';

export type SaveStarStoryFromAttemptInput = {
  attemptId: string | number;
  /** The question’s text when unset. */
  title?: string | null | undefined;
};

/** OK: it scored; ABSTAINED: nothing it could judge (reason given); FAILED, TIMEOUT. */
export type ScorerStatus =
  | 'ABSTAINED'
  | 'FAILED'
  | 'OK'
  | 'TIMEOUT';

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

export type StarChange =
  | 'GAINED'
  | 'KEPT'
  | 'LOST'
  | 'MISSING';

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

/** One of: `transcript` (typed), `words` (+ durationMs) from speech-to-text, or `audio` (a multipart upload; transcribed when Deepgram is configured, else AWAITING_TRANSCRIPT). */
export type SubmitAttemptInput = {
  /** audio/* only, at most 25 MB. */
  audio?: File | null | undefined;
  durationMs?: number | null | undefined;
  exchangeId: string | number;
  /** The same key on the same exchange returns the first attempt, not a new one. */
  idempotencyKey?: string | null | undefined;
  /** At most 10,000 characters. */
  transcript?: string | null | undefined;
  words?: Array<WordInput> | null | undefined;
};

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

/** A word with timings in seconds, as Deepgram returns it. */
export type WordInput = {
  confidence: number;
  end: number;
  punctuatedWord?: string | null | undefined;
  start: number;
  word: string;
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

export type RoomCreateAvatarSessionMutationVariables = Exact<{
  interviewId?: string | number | null | undefined;
}>;


export type RoomCreateAvatarSessionMutation = { createAvatarSession:
    | { __typename: 'AvatarSession', provider: string, sessionId: string, speaksInBrowser: boolean, avatarId: string | null, voiceId: string | null, sessionToken: string | null, url: string | null, accessToken: string | null }
    | { __typename: 'BaseError', code: string, message: string }
    | { __typename: 'InterviewClosedError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'RateLimitedError', code: string, message: string }
    | { __typename: 'ServiceNotConfiguredError', code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
   };

export type RoomCloseAvatarSessionMutationVariables = Exact<{
  sessionId: string;
}>;


export type RoomCloseAvatarSessionMutation = { closeAvatarSession:
    | { __typename: 'BaseError' }
    | { __typename: 'ClosedAvatarSession' }
    | { __typename: 'NotFoundError' }
   };

export type RoomExchangeFragment = { id: string, order: number, questionText: string, competency: string, kind: QuestionKind, followUpOf: { id: string } | null, finalAttempt: { id: string } | null, attempts: { edges: Array<{ node: { id: string, attemptNumber: number, status: AttemptStatus, overallScore: number | null, createdAt: string } }> } };

export type RoomSubmittedAttemptFragment = { id: string, attemptNumber: number, status: AttemptStatus, degradedReason: string | null };

type RoomError_AuthenticationRequiredError_Fragment = { code: string, message: string };

type RoomError_BaseError_Fragment = { code: string, message: string };

type RoomError_EmailTakenError_Fragment = { code: string, message: string };

type RoomError_ForbiddenScopeError_Fragment = { code: string, message: string };

type RoomError_InterviewClosedError_Fragment = { code: string, message: string };

type RoomError_InvalidAttemptStateError_Fragment = { code: string, message: string };

type RoomError_InvalidCredentialsError_Fragment = { code: string, message: string };

type RoomError_NotFoundError_Fragment = { code: string, message: string };

type RoomError_RateLimitedError_Fragment = { code: string, message: string };

type RoomError_ServiceNotConfiguredError_Fragment = { code: string, message: string };

type RoomError_ServiceUnavailableError_Fragment = { code: string, message: string };

type RoomError_ValidationFailedError_Fragment = { code: string, message: string };

export type RoomErrorFragment =
  | RoomError_AuthenticationRequiredError_Fragment
  | RoomError_BaseError_Fragment
  | RoomError_EmailTakenError_Fragment
  | RoomError_ForbiddenScopeError_Fragment
  | RoomError_InterviewClosedError_Fragment
  | RoomError_InvalidAttemptStateError_Fragment
  | RoomError_InvalidCredentialsError_Fragment
  | RoomError_NotFoundError_Fragment
  | RoomError_RateLimitedError_Fragment
  | RoomError_ServiceNotConfiguredError_Fragment
  | RoomError_ServiceUnavailableError_Fragment
  | RoomError_ValidationFailedError_Fragment
;

export type RoomNextQuestionMutationVariables = Exact<{
  interviewId: string | number;
}>;


export type RoomNextQuestionMutation = { nextQuestion:
    | { __typename: 'BaseError', code: string, message: string }
    | { __typename: 'InterviewClosedError', code: string, message: string }
    | { __typename: 'MockInterviewExchange', id: string, order: number, questionText: string, competency: string, kind: QuestionKind, followUpOf: { id: string } | null, finalAttempt: { id: string } | null, attempts: { edges: Array<{ node: { id: string, attemptNumber: number, status: AttemptStatus, overallScore: number | null, createdAt: string } }> } }
    | { __typename: 'NotFoundError', code: string, message: string }
   | null };

export type RoomSubmitAttemptMutationVariables = Exact<{
  input: SubmitAttemptInput;
}>;


export type RoomSubmitAttemptMutation = { submitAttempt:
    | { __typename: 'BaseError', code: string, message: string }
    | { __typename: 'InterviewClosedError', code: string, message: string }
    | { __typename: 'InvalidAttemptStateError', code: string, message: string }
    | { __typename: 'MockInterviewAttempt', id: string, attemptNumber: number, status: AttemptStatus, degradedReason: string | null }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string }
    | { __typename: 'ValidationFailedError', code: string, message: string }
   };

export type RoomRetryExchangeMutationVariables = Exact<{
  input: SubmitAttemptInput;
}>;


export type RoomRetryExchangeMutation = { retryExchange:
    | { __typename: 'BaseError', code: string, message: string }
    | { __typename: 'InterviewClosedError', code: string, message: string }
    | { __typename: 'InvalidAttemptStateError', code: string, message: string }
    | { __typename: 'MockInterviewAttempt', id: string, attemptNumber: number, status: AttemptStatus, degradedReason: string | null }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string }
    | { __typename: 'ValidationFailedError', code: string, message: string }
   };

export type RoomProvideTranscriptMutationVariables = Exact<{
  input: ProvideTranscriptInput;
}>;


export type RoomProvideTranscriptMutation = { provideTranscript:
    | { __typename: 'BaseError', code: string, message: string }
    | { __typename: 'InterviewClosedError', code: string, message: string }
    | { __typename: 'InvalidAttemptStateError', code: string, message: string }
    | { __typename: 'MockInterviewAttempt', id: string, attemptNumber: number, status: AttemptStatus, degradedReason: string | null }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationFailedError', code: string, message: string }
   };

export type RoomRescoreAttemptMutationVariables = Exact<{
  attemptId: string | number;
}>;


export type RoomRescoreAttemptMutation = { rescoreAttempt:
    | { __typename: 'BaseError', code: string, message: string }
    | { __typename: 'InvalidAttemptStateError', code: string, message: string }
    | { __typename: 'MockInterviewAttempt', id: string, attemptNumber: number, status: AttemptStatus, degradedReason: string | null }
    | { __typename: 'NotFoundError', code: string, message: string }
   };

export type RoomChooseFinalAttemptMutationVariables = Exact<{
  attemptId: string | number;
}>;


export type RoomChooseFinalAttemptMutation = { chooseFinalAttempt:
    | { __typename: 'BaseError', code: string, message: string }
    | { __typename: 'InvalidAttemptStateError', code: string, message: string }
    | { __typename: 'MockInterviewExchange', id: string, finalAttempt: { id: string } | null }
    | { __typename: 'NotFoundError', code: string, message: string }
   };

export type RoomFinishInterviewMutationVariables = Exact<{
  id: string | number;
}>;


export type RoomFinishInterviewMutation = { finishMockInterview:
    | { __typename: 'BaseError', code: string, message: string }
    | { __typename: 'InterviewClosedError', code: string, message: string }
    | { __typename: 'MockInterview', id: string, status: MockInterviewStatus }
    | { __typename: 'NotFoundError', code: string, message: string }
   };

export type RoomAttemptEventsSubscriptionVariables = Exact<{
  attemptId: string | number;
}>;


export type RoomAttemptEventsSubscription = { attemptEvents:
    | { __typename: 'AttemptCompleted', followUpCreated: boolean, type: AttemptEventType, sequence: number }
    | { __typename: 'AttemptFailed', reason: string, type: AttemptEventType, sequence: number }
    | { __typename: 'AttemptStatusChanged', status: AttemptStatus, type: AttemptEventType, sequence: number }
    | { __typename: 'ScorerFinished', type: AttemptEventType, sequence: number, scoreResult: { scorerId: string, status: ScorerStatus, score: number | null, label: string | null, error: string | null } }
    | { __typename: 'ScorerStarted', scorerId: string, type: AttemptEventType, sequence: number }
   };

export type RoomInterviewEventsSubscriptionVariables = Exact<{
  interviewId: string | number;
}>;


export type RoomInterviewEventsSubscription = { mockInterviewEvents:
    | { __typename: 'AttemptScored', type: MockInterviewEventType }
    | { __typename: 'ExchangeAdded', type: MockInterviewEventType }
    | { __typename: 'MockInterviewStatusChanged', status: MockInterviewStatus, type: MockInterviewEventType }
   };

export type RoomAttemptResultQueryVariables = Exact<{
  id: string | number;
}>;


export type RoomAttemptResultQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'JobDescription' }
    | { __typename: 'MockInterview' }
    | { __typename: 'MockInterviewAttempt', id: string, attemptNumber: number, status: AttemptStatus, transcript: string | null, error: string | null, degraded: boolean, degradedReason: string | null, durationMs: number | null, hasAudio: boolean, rewrite: string | null, words: Array<{ word: string }> | null, comparison: { overall: { before: number | null, after: number | null, delta: number | null }, dimensions: { content: { delta: number | null }, delivery: { delta: number | null }, structure: { delta: number | null } }, star: { situation: StarChange, task: StarChange, action: StarChange, result: StarChange } } | null, result: { overall: number | null, status: AttemptResultStatus, degraded: { reason: string } | null, dimensions: { content: { score: number | null, reason: string | null }, delivery: { score: number | null, reason: string | null }, structure: { score: number | null, reason: string | null } }, star: { quantified: boolean, situation: { present: boolean, evidence: Array<{ start: number, end: number }> }, task: { present: boolean, evidence: Array<{ start: number, end: number }> }, action: { present: boolean, evidence: Array<{ start: number, end: number }> }, result: { present: boolean, evidence: Array<{ start: number, end: number }> } } | null, delivery: { wpm: number | null, fillersPerMinute: number | null, fillersPer100Words: number, longPauses: number | null, fillers: { count: number, words: Array<string> }, hedges: { count: number, words: Array<string> } } | null, feedback: Array<{ kind: FeedbackKind, message: string, scorerId: string, evidence: Array<{ start: number, end: number }> }>, scorers: Array<{ id: string, label: string | null, dimension: string, status: ScorerStatus, score: number | null, reason: string | null }>, followUp: { question: string, reason: string } | null } | null, exchange: { id: string, order: number, questionText: string, competency: string, kind: QuestionKind, followUpOf: { id: string } | null, finalAttempt: { id: string } | null, attempts: { edges: Array<{ node: { id: string, attemptNumber: number, status: AttemptStatus, overallScore: number | null, createdAt: string } }> } } }
    | { __typename: 'MockInterviewExchange' }
    | { __typename: 'Question' }
    | { __typename: 'ScoreResult' }
    | { __typename: 'StarStory' }
    | { __typename: 'Viewer' }
   | null };

export type RoomCreateTranscriptionTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type RoomCreateTranscriptionTokenMutation = { createTranscriptionToken:
    | { __typename: 'BaseError', code: string, message: string }
    | { __typename: 'RateLimitedError', code: string, message: string }
    | { __typename: 'ServiceNotConfiguredError', code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'TranscriptionToken', token: string }
   };

export type RootViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type RootViewerQuery = { viewer: { id: string, email: string, name: string | null } | null };

export type AccountQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountQuery = { viewer: { id: string, email: string } | null };

export type CreateDataExportMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateDataExportMutation = { createDataExport: { url: string } };

export type DeleteAccountMutationVariables = Exact<{
  input: DeleteAccountInput;
}>;


export type DeleteAccountMutation = { deleteAccount:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'DeletedAccount' }
    | { __typename: 'InvalidCredentialsError', message: string }
    | { __typename: 'RateLimitedError', message: string }
   };

export type DashboardQueryVariables = Exact<{
  first: number;
}>;


export type DashboardQuery = { viewer: { id: string, email: string, name: string | null, interviews: { edges: Array<{ node: { id: string, title: string, status: MockInterviewStatus, createdAt: string, overallScore: number | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type RoomQueryVariables = Exact<{
  id: string | number;
}>;


export type RoomQuery = { viewer: { id: string } | null, scorers: Array<{ id: string, weight: number }>, node:
    | { __typename: 'ApiToken' }
    | { __typename: 'JobDescription' }
    | { __typename: 'MockInterview', id: string, title: string, status: MockInterviewStatus, plan: Array<{ text: string }>, asked: { edges: Array<{ node: { id: string, followUpOf: { id: string } | null } }> }, current: { edges: Array<{ node: { id: string, order: number, questionText: string, competency: string, kind: QuestionKind, followUpOf: { id: string } | null, finalAttempt: { id: string } | null, attempts: { edges: Array<{ node: { id: string, attemptNumber: number, status: AttemptStatus, overallScore: number | null, createdAt: string } }> } } }> } }
    | { __typename: 'MockInterviewAttempt' }
    | { __typename: 'MockInterviewExchange' }
    | { __typename: 'Question' }
    | { __typename: 'ScoreResult' }
    | { __typename: 'StarStory' }
    | { __typename: 'Viewer' }
   | null };

export type InterviewSummaryQueryVariables = Exact<{
  id: string | number;
}>;


export type InterviewSummaryQuery = { viewer: { id: string, stories: { edges: Array<{ node: { id: string, sourceAttempt: { id: string } | null } }> } } | null, node:
    | { __typename: 'ApiToken' }
    | { __typename: 'JobDescription' }
    | { __typename: 'MockInterview', id: string, title: string, status: MockInterviewStatus, completedAt: string | null, plan: Array<{ text: string }>, summary: { overall: number | null, answered: number, unanswered: number, dimensions: { content: number | null, delivery: number | null, structure: number | null }, competencies: Array<{ competency: string, score: number | null, answered: number }>, delivery: { meanWpm: number | null, fillersPerMinute: number | null, fillersPer100Words: number | null, longPauses: number | null }, strengths: Array<{ message: string, quote: string, exchangeId: string, questionText: string }>, improvements: Array<{ message: string, quote: string, exchangeId: string, questionText: string }> } | null, exchanges: { edges: Array<{ node: { id: string, order: number, questionText: string, competency: string, followUpOf: { id: string } | null, finalAttempt: { id: string, attemptNumber: number, overallScore: number | null, transcript: string | null } | null } }> } }
    | { __typename: 'MockInterviewAttempt' }
    | { __typename: 'MockInterviewExchange' }
    | { __typename: 'Question' }
    | { __typename: 'ScoreResult' }
    | { __typename: 'StarStory' }
    | { __typename: 'Viewer' }
   | null };

export type SummarySaveStoryMutationVariables = Exact<{
  input: SaveStarStoryFromAttemptInput;
}>;


export type SummarySaveStoryMutation = { saveStarStoryFromAttempt:
    | { __typename: 'BaseError', code: string, message: string }
    | { __typename: 'InvalidAttemptStateError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'StarStory', id: string }
    | { __typename: 'ValidationFailedError', code: string, message: string }
   };

export type NewInterviewQueryVariables = Exact<{
  first: number;
}>;


export type NewInterviewQuery = { viewer: { id: string, jobDescriptions: { edges: Array<{ node: { id: string, title: string, company: string | null, text: string, competencies: Array<{ competency: string, weight: number, evidence: Array<{ start: number, end: number }> }> } }> } } | null };

export type NewInterviewCreateJobDescriptionMutationVariables = Exact<{
  input: JobDescriptionInput;
}>;


export type NewInterviewCreateJobDescriptionMutation = { createJobDescription:
    | { __typename: 'BaseError', code: string, message: string }
    | { __typename: 'JobDescription', id: string }
    | { __typename: 'ValidationFailedError', code: string, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type NewInterviewStartMutationVariables = Exact<{
  input: StartMockInterviewInput;
}>;


export type NewInterviewStartMutation = { startMockInterview:
    | { __typename: 'BaseError', code: string, message: string }
    | { __typename: 'MockInterview', id: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationFailedError', code: string, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

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

export type DataPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type DataPolicyQuery = { dataPolicy: { database: string, recordingRetentionDays: number | null, sessionDays: number, idleInterviewHours: number, services: Array<{ name: string, purpose: string, receives: string }> } };

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
export const RoomExchangeFragmentDoc = new TypedDocumentString(`
    fragment RoomExchange on MockInterviewExchange {
  id
  order
  questionText
  competency
  kind
  followUpOf {
    id
  }
  finalAttempt {
    id
  }
  attempts(first: 20) {
    edges {
      node {
        id
        attemptNumber
        status
        overallScore
        createdAt
      }
    }
  }
}
    `, {"fragmentName":"RoomExchange"}) as unknown as TypedDocumentString<RoomExchangeFragment, unknown>;
export const RoomSubmittedAttemptFragmentDoc = new TypedDocumentString(`
    fragment RoomSubmittedAttempt on MockInterviewAttempt {
  id
  attemptNumber
  status
  degradedReason
}
    `, {"fragmentName":"RoomSubmittedAttempt"}) as unknown as TypedDocumentString<RoomSubmittedAttemptFragment, unknown>;
export const RoomErrorFragmentDoc = new TypedDocumentString(`
    fragment RoomError on Error {
  code
  message
}
    `, {"fragmentName":"RoomError"}) as unknown as TypedDocumentString<RoomErrorFragment, unknown>;
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
export const RoomCreateAvatarSessionDocument = new TypedDocumentString(`
    mutation RoomCreateAvatarSession($interviewId: ID) {
  createAvatarSession(interviewId: $interviewId) {
    __typename
    ... on AvatarSession {
      provider
      sessionId
      speaksInBrowser
      avatarId
      voiceId
      sessionToken
      url
      accessToken
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RoomCreateAvatarSessionMutation, RoomCreateAvatarSessionMutationVariables>;
export const RoomCloseAvatarSessionDocument = new TypedDocumentString(`
    mutation RoomCloseAvatarSession($sessionId: String!) {
  closeAvatarSession(sessionId: $sessionId) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<RoomCloseAvatarSessionMutation, RoomCloseAvatarSessionMutationVariables>;
export const RoomNextQuestionDocument = new TypedDocumentString(`
    mutation RoomNextQuestion($interviewId: ID!) {
  nextQuestion(interviewId: $interviewId) {
    __typename
    ... on MockInterviewExchange {
      ...RoomExchange
    }
    ...RoomError
  }
}
    fragment RoomExchange on MockInterviewExchange {
  id
  order
  questionText
  competency
  kind
  followUpOf {
    id
  }
  finalAttempt {
    id
  }
  attempts(first: 20) {
    edges {
      node {
        id
        attemptNumber
        status
        overallScore
        createdAt
      }
    }
  }
}
fragment RoomError on Error {
  code
  message
}`) as unknown as TypedDocumentString<RoomNextQuestionMutation, RoomNextQuestionMutationVariables>;
export const RoomSubmitAttemptDocument = new TypedDocumentString(`
    mutation RoomSubmitAttempt($input: SubmitAttemptInput!) {
  submitAttempt(input: $input) {
    __typename
    ... on MockInterviewAttempt {
      ...RoomSubmittedAttempt
    }
    ... on RateLimitedError {
      retryAfterSeconds
    }
    ...RoomError
  }
}
    fragment RoomSubmittedAttempt on MockInterviewAttempt {
  id
  attemptNumber
  status
  degradedReason
}
fragment RoomError on Error {
  code
  message
}`) as unknown as TypedDocumentString<RoomSubmitAttemptMutation, RoomSubmitAttemptMutationVariables>;
export const RoomRetryExchangeDocument = new TypedDocumentString(`
    mutation RoomRetryExchange($input: SubmitAttemptInput!) {
  retryExchange(input: $input) {
    __typename
    ... on MockInterviewAttempt {
      ...RoomSubmittedAttempt
    }
    ... on RateLimitedError {
      retryAfterSeconds
    }
    ...RoomError
  }
}
    fragment RoomSubmittedAttempt on MockInterviewAttempt {
  id
  attemptNumber
  status
  degradedReason
}
fragment RoomError on Error {
  code
  message
}`) as unknown as TypedDocumentString<RoomRetryExchangeMutation, RoomRetryExchangeMutationVariables>;
export const RoomProvideTranscriptDocument = new TypedDocumentString(`
    mutation RoomProvideTranscript($input: ProvideTranscriptInput!) {
  provideTranscript(input: $input) {
    __typename
    ... on MockInterviewAttempt {
      ...RoomSubmittedAttempt
    }
    ...RoomError
  }
}
    fragment RoomSubmittedAttempt on MockInterviewAttempt {
  id
  attemptNumber
  status
  degradedReason
}
fragment RoomError on Error {
  code
  message
}`) as unknown as TypedDocumentString<RoomProvideTranscriptMutation, RoomProvideTranscriptMutationVariables>;
export const RoomRescoreAttemptDocument = new TypedDocumentString(`
    mutation RoomRescoreAttempt($attemptId: ID!) {
  rescoreAttempt(attemptId: $attemptId) {
    __typename
    ... on MockInterviewAttempt {
      ...RoomSubmittedAttempt
    }
    ...RoomError
  }
}
    fragment RoomSubmittedAttempt on MockInterviewAttempt {
  id
  attemptNumber
  status
  degradedReason
}
fragment RoomError on Error {
  code
  message
}`) as unknown as TypedDocumentString<RoomRescoreAttemptMutation, RoomRescoreAttemptMutationVariables>;
export const RoomChooseFinalAttemptDocument = new TypedDocumentString(`
    mutation RoomChooseFinalAttempt($attemptId: ID!) {
  chooseFinalAttempt(attemptId: $attemptId) {
    __typename
    ... on MockInterviewExchange {
      id
      finalAttempt {
        id
      }
    }
    ...RoomError
  }
}
    fragment RoomError on Error {
  code
  message
}`) as unknown as TypedDocumentString<RoomChooseFinalAttemptMutation, RoomChooseFinalAttemptMutationVariables>;
export const RoomFinishInterviewDocument = new TypedDocumentString(`
    mutation RoomFinishInterview($id: ID!) {
  finishMockInterview(id: $id) {
    __typename
    ... on MockInterview {
      id
      status
    }
    ...RoomError
  }
}
    fragment RoomError on Error {
  code
  message
}`) as unknown as TypedDocumentString<RoomFinishInterviewMutation, RoomFinishInterviewMutationVariables>;
export const RoomAttemptEventsDocument = new TypedDocumentString(`
    subscription RoomAttemptEvents($attemptId: ID!) {
  attemptEvents(attemptId: $attemptId) {
    __typename
    type
    sequence
    ... on AttemptStatusChanged {
      status
    }
    ... on ScorerStarted {
      scorerId
    }
    ... on ScorerFinished {
      scoreResult {
        scorerId
        status
        score
        label
        error
      }
    }
    ... on AttemptCompleted {
      followUpCreated
    }
    ... on AttemptFailed {
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<RoomAttemptEventsSubscription, RoomAttemptEventsSubscriptionVariables>;
export const RoomInterviewEventsDocument = new TypedDocumentString(`
    subscription RoomInterviewEvents($interviewId: ID!) {
  mockInterviewEvents(interviewId: $interviewId) {
    __typename
    type
    ... on MockInterviewStatusChanged {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RoomInterviewEventsSubscription, RoomInterviewEventsSubscriptionVariables>;
export const RoomAttemptResultDocument = new TypedDocumentString(`
    query RoomAttemptResult($id: ID!) {
  node(id: $id) {
    __typename
    ... on MockInterviewAttempt {
      id
      attemptNumber
      status
      transcript
      error
      degraded
      degradedReason
      durationMs
      hasAudio
      rewrite
      words {
        word
      }
      comparison {
        overall {
          before
          after
          delta
        }
        dimensions {
          content {
            delta
          }
          delivery {
            delta
          }
          structure {
            delta
          }
        }
        star {
          situation
          task
          action
          result
        }
      }
      result {
        overall
        status
        degraded {
          reason
        }
        dimensions {
          content {
            score
            reason
          }
          delivery {
            score
            reason
          }
          structure {
            score
            reason
          }
        }
        star {
          quantified
          situation {
            present
            evidence {
              start
              end
            }
          }
          task {
            present
            evidence {
              start
              end
            }
          }
          action {
            present
            evidence {
              start
              end
            }
          }
          result {
            present
            evidence {
              start
              end
            }
          }
        }
        delivery {
          wpm
          fillersPerMinute
          fillersPer100Words
          longPauses
          fillers {
            count
            words
          }
          hedges {
            count
            words
          }
        }
        feedback {
          kind
          message
          scorerId
          evidence {
            start
            end
          }
        }
        scorers {
          id
          label
          dimension
          status
          score
          reason
        }
        followUp {
          question
          reason
        }
      }
      exchange {
        ...RoomExchange
      }
    }
  }
}
    fragment RoomExchange on MockInterviewExchange {
  id
  order
  questionText
  competency
  kind
  followUpOf {
    id
  }
  finalAttempt {
    id
  }
  attempts(first: 20) {
    edges {
      node {
        id
        attemptNumber
        status
        overallScore
        createdAt
      }
    }
  }
}`) as unknown as TypedDocumentString<RoomAttemptResultQuery, RoomAttemptResultQueryVariables>;
export const RoomCreateTranscriptionTokenDocument = new TypedDocumentString(`
    mutation RoomCreateTranscriptionToken {
  createTranscriptionToken {
    __typename
    ... on TranscriptionToken {
      token
    }
    ...RoomError
  }
}
    fragment RoomError on Error {
  code
  message
}`) as unknown as TypedDocumentString<RoomCreateTranscriptionTokenMutation, RoomCreateTranscriptionTokenMutationVariables>;
export const RootViewerDocument = new TypedDocumentString(`
    query RootViewer {
  viewer {
    id
    email
    name
  }
}
    `) as unknown as TypedDocumentString<RootViewerQuery, RootViewerQueryVariables>;
export const AccountDocument = new TypedDocumentString(`
    query Account {
  viewer {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<AccountQuery, AccountQueryVariables>;
export const CreateDataExportDocument = new TypedDocumentString(`
    mutation CreateDataExport {
  createDataExport {
    url
  }
}
    `) as unknown as TypedDocumentString<CreateDataExportMutation, CreateDataExportMutationVariables>;
export const DeleteAccountDocument = new TypedDocumentString(`
    mutation DeleteAccount($input: DeleteAccountInput!) {
  deleteAccount(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteAccountMutation, DeleteAccountMutationVariables>;
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
export const RoomDocument = new TypedDocumentString(`
    query Room($id: ID!) {
  viewer {
    id
  }
  scorers {
    id
    weight
  }
  node(id: $id) {
    __typename
    ... on MockInterview {
      id
      title
      status
      plan {
        text
      }
      asked: exchanges(first: 30) {
        edges {
          node {
            id
            followUpOf {
              id
            }
          }
        }
      }
      current: exchanges(last: 1) {
        edges {
          node {
            ...RoomExchange
          }
        }
      }
    }
  }
}
    fragment RoomExchange on MockInterviewExchange {
  id
  order
  questionText
  competency
  kind
  followUpOf {
    id
  }
  finalAttempt {
    id
  }
  attempts(first: 20) {
    edges {
      node {
        id
        attemptNumber
        status
        overallScore
        createdAt
      }
    }
  }
}`) as unknown as TypedDocumentString<RoomQuery, RoomQueryVariables>;
export const InterviewSummaryDocument = new TypedDocumentString(`
    query InterviewSummary($id: ID!) {
  viewer {
    id
    stories(first: 100) {
      edges {
        node {
          id
          sourceAttempt {
            id
          }
        }
      }
    }
  }
  node(id: $id) {
    __typename
    ... on MockInterview {
      id
      title
      status
      completedAt
      plan {
        text
      }
      summary {
        overall
        answered
        unanswered
        dimensions {
          content
          delivery
          structure
        }
        competencies {
          competency
          score
          answered
        }
        delivery {
          meanWpm
          fillersPerMinute
          fillersPer100Words
          longPauses
        }
        strengths {
          message
          quote
          exchangeId
          questionText
        }
        improvements {
          message
          quote
          exchangeId
          questionText
        }
      }
      exchanges(first: 30) {
        edges {
          node {
            id
            order
            questionText
            competency
            followUpOf {
              id
            }
            finalAttempt {
              id
              attemptNumber
              overallScore
              transcript
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InterviewSummaryQuery, InterviewSummaryQueryVariables>;
export const SummarySaveStoryDocument = new TypedDocumentString(`
    mutation SummarySaveStory($input: SaveStarStoryFromAttemptInput!) {
  saveStarStoryFromAttempt(input: $input) {
    __typename
    ... on StarStory {
      id
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SummarySaveStoryMutation, SummarySaveStoryMutationVariables>;
export const NewInterviewDocument = new TypedDocumentString(`
    query NewInterview($first: Int!) {
  viewer {
    id
    jobDescriptions(first: $first) {
      edges {
        node {
          id
          title
          company
          text
          competencies {
            competency
            weight
            evidence {
              start
              end
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NewInterviewQuery, NewInterviewQueryVariables>;
export const NewInterviewCreateJobDescriptionDocument = new TypedDocumentString(`
    mutation NewInterviewCreateJobDescription($input: JobDescriptionInput!) {
  createJobDescription(input: $input) {
    __typename
    ... on JobDescription {
      id
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
    `) as unknown as TypedDocumentString<NewInterviewCreateJobDescriptionMutation, NewInterviewCreateJobDescriptionMutationVariables>;
export const NewInterviewStartDocument = new TypedDocumentString(`
    mutation NewInterviewStart($input: StartMockInterviewInput!) {
  startMockInterview(input: $input) {
    __typename
    ... on MockInterview {
      id
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
    `) as unknown as TypedDocumentString<NewInterviewStartMutation, NewInterviewStartMutationVariables>;
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
export const DataPolicyDocument = new TypedDocumentString(`
    query DataPolicy {
  dataPolicy {
    database
    recordingRetentionDays
    sessionDays
    idleInterviewHours
    services {
      name
      purpose
      receives
    }
  }
}
    `) as unknown as TypedDocumentString<DataPolicyQuery, DataPolicyQueryVariables>;
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
// The interview room's documents. The browser runs them against /graphql with the session
// cookie (room-api.ts); they are typed by GraphQL Code Generator (npm run codegen).
import { graphql } from '~/graphql/gql'

export const ExchangeFields = graphql(`
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
`)

export const SubmittedAttemptFields = graphql(`
  fragment RoomSubmittedAttempt on MockInterviewAttempt {
    id
    attemptNumber
    status
    degradedReason
  }
`)

/** Every failure a room mutation can answer with: the room branches on `code`. */
export const ErrorFields = graphql(`
  fragment RoomError on Error {
    code
    message
  }
`)

export const NextQuestionMutation = graphql(`
  mutation RoomNextQuestion($interviewId: ID!) {
    nextQuestion(interviewId: $interviewId) {
      __typename
      ... on MockInterviewExchange {
        ...RoomExchange
      }
      ...RoomError
    }
  }
`)

export const SubmitAttemptMutation = graphql(`
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
`)

export const RetryExchangeMutation = graphql(`
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
`)

export const ProvideTranscriptMutation = graphql(`
  mutation RoomProvideTranscript($input: ProvideTranscriptInput!) {
    provideTranscript(input: $input) {
      __typename
      ... on MockInterviewAttempt {
        ...RoomSubmittedAttempt
      }
      ...RoomError
    }
  }
`)

export const RescoreAttemptMutation = graphql(`
  mutation RoomRescoreAttempt($attemptId: ID!) {
    rescoreAttempt(attemptId: $attemptId) {
      __typename
      ... on MockInterviewAttempt {
        ...RoomSubmittedAttempt
      }
      ...RoomError
    }
  }
`)

export const ChooseFinalAttemptMutation = graphql(`
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
`)

export const FinishInterviewMutation = graphql(`
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
`)

export const AttemptEventsSubscription = graphql(`
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
`)

export const InterviewEventsSubscription = graphql(`
  subscription RoomInterviewEvents($interviewId: ID!) {
    mockInterviewEvents(interviewId: $interviewId) {
      __typename
      type
      ... on MockInterviewStatusChanged {
        status
      }
    }
  }
`)

export const AttemptResultQuery = graphql(`
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
`)

export const CreateTranscriptionTokenMutation = graphql(`
  mutation RoomCreateTranscriptionToken {
    createTranscriptionToken {
      __typename
      ... on TranscriptionToken {
        token
      }
      ...RoomError
    }
  }
`)

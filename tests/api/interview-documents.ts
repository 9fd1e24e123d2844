// The interview documents a third-party client sends, as docs/api.md shows them (the account
// ones are in accounts-documents.ts).

export const CreateJobDescription = /* GraphQL */ `
  mutation CreateJobDescription($input: JobDescriptionInput!) {
    createJobDescription(input: $input) {
      __typename
      ... on JobDescription {
        id
        title
        competencies {
          competency
          weight
        }
      }
      ... on ValidationFailedError {
        code
        message
        issues {
          path
          message
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`

export const StartMockInterview = /* GraphQL */ `
  mutation StartMockInterview($input: StartMockInterviewInput!) {
    startMockInterview(input: $input) {
      __typename
      ... on MockInterview {
        id
        status
        title
        plan {
          text
          competency
          kind
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`

export const NextQuestion = /* GraphQL */ `
  mutation NextQuestion($interviewId: ID!) {
    nextQuestion(interviewId: $interviewId) {
      __typename
      ... on MockInterviewExchange {
        id
        order
        questionText
        competency
        kind
      }
      ... on Error {
        code
        message
      }
    }
  }
`

export const SubmitAttempt = /* GraphQL */ `
  mutation SubmitAttempt($input: SubmitAttemptInput!) {
    submitAttempt(input: $input) {
      __typename
      ... on MockInterviewAttempt {
        id
        attemptNumber
        status
      }
      ... on ValidationFailedError {
        code
        message
        issues {
          path
          message
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`

export const RetryExchange = /* GraphQL */ `
  mutation RetryExchange($input: SubmitAttemptInput!) {
    retryExchange(input: $input) {
      __typename
      ... on MockInterviewAttempt {
        id
        attemptNumber
        status
      }
      ... on Error {
        code
        message
      }
    }
  }
`

export const AttemptEvents = /* GraphQL */ `
  subscription AttemptEvents($attemptId: ID!) {
    attemptEvents(attemptId: $attemptId) {
      type
      sequence
      ... on ScorerStarted {
        scorerId
      }
      ... on ScorerFinished {
        scoreResult {
          scorerId
          status
          score
        }
      }
      ... on AttemptCompleted {
        followUpCreated
        result {
          overall
          status
          dimensions {
            content {
              score
            }
            delivery {
              score
              reason
            }
            structure {
              score
            }
          }
          star {
            situation {
              present
            }
            action {
              present
            }
            result {
              present
              evidence {
                start
                end
              }
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
          rewrite
          followUp {
            question
            targets
          }
          scorers {
            id
            status
          }
        }
      }
      ... on AttemptFailed {
        reason
      }
    }
  }
`

export const AttemptWithComparison = /* GraphQL */ `
  query Attempt($id: ID!) {
    node(id: $id) {
      ... on MockInterviewAttempt {
        id
        attemptNumber
        status
        overallScore
        comparison {
          previousAttemptId
          overall {
            before
            after
            delta
          }
          star {
            result
          }
        }
      }
    }
  }
`

export const ChooseFinalAttempt = /* GraphQL */ `
  mutation ChooseFinalAttempt($attemptId: ID!) {
    chooseFinalAttempt(attemptId: $attemptId) {
      __typename
      ... on MockInterviewExchange {
        id
        finalAttempt {
          id
          attemptNumber
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`

export const FinishMockInterview = /* GraphQL */ `
  mutation FinishMockInterview($id: ID!) {
    finishMockInterview(id: $id) {
      __typename
      ... on MockInterview {
        id
        status
        overallScore
        summary {
          overall
          answered
          unanswered
          strengths {
            message
            quote
          }
          improvements {
            message
            quote
          }
          storyCandidates {
            attemptId
            overallScore
          }
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`

export const SaveStarStoryFromAttempt = /* GraphQL */ `
  mutation SaveStarStoryFromAttempt($input: SaveStarStoryFromAttemptInput!) {
    saveStarStoryFromAttempt(input: $input) {
      __typename
      ... on StarStory {
        id
        title
        competencies
        situation
        action
        result
        polishedAnswer
      }
      ... on Error {
        code
        message
      }
    }
  }
`

export const Stories = /* GraphQL */ `
  query Stories($competency: String, $search: String, $jobDescriptionId: ID) {
    viewer {
      stories(
        first: 10
        competency: $competency
        search: $search
        jobDescriptionId: $jobDescriptionId
      ) {
        edges {
          node {
            id
            title
            competencies
            sourceAttempt {
              id
            }
            jobDescription {
              id
            }
          }
        }
      }
    }
  }
`

export const InterviewTree = /* GraphQL */ `
  query InterviewTree($id: ID!) {
    node(id: $id) {
      ... on MockInterview {
        id
        status
        exchanges(first: 20) {
          edges {
            node {
              id
              questionText
              finalAttempt {
                id
              }
              attempts(first: 10) {
                edges {
                  node {
                    id
                    attemptNumber
                    status
                    scoreResults(first: 20) {
                      edges {
                        node {
                          scorerId
                          status
                          score
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`

/** InterviewTree with fields computed from JSON columns, at each level. */
export const InterviewTreeWithJson = /* GraphQL */ `
  query InterviewTreeWithJson($id: ID!) {
    node(id: $id) {
      ... on MockInterview {
        id
        plan {
          text
        }
        exchanges(first: 20) {
          edges {
            node {
              id
              attempts(first: 10) {
                edges {
                  node {
                    id
                    words {
                      word
                    }
                    result {
                      overall
                    }
                    scoreResults(first: 20) {
                      edges {
                        node {
                          scorerId
                          feedback {
                            message
                          }
                          metrics {
                            name
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`

export const NodeTypename = /* GraphQL */ `
  query Node($id: ID!) {
    node(id: $id) {
      __typename
      id
    }
  }
`

export const ViewerInterviews = /* GraphQL */ `
  query ViewerInterviews {
    viewer {
      interviews(first: 10) {
        edges {
          node {
            id
          }
        }
      }
      jobDescriptions(first: 10) {
        edges {
          node {
            id
          }
        }
      }
      stories(first: 10) {
        edges {
          node {
            id
          }
        }
      }
    }
  }
`

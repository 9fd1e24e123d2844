// The account documents a third-party client sends, as docs/api.md shows them: the account
// tests and every API test that signs up or mints a token send these.
export const SignUp = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      __typename
      ... on AuthSession {
        sessionToken
        expiresAt
        viewer {
          id
          email
          name
        }
      }
      ... on Error {
        code
        message
      }
      ... on RateLimitedError {
        retryAfterSeconds
      }
      ... on ValidationFailedError {
        issues {
          path
          message
        }
      }
    }
  }
`

export const SignIn = /* GraphQL */ `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      __typename
      ... on AuthSession {
        sessionToken
        expiresAt
        viewer {
          id
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`

export const ViewerQuery = /* GraphQL */ `
  query Viewer {
    viewer {
      id
      email
    }
  }
`

export const CreateApiToken = /* GraphQL */ `
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      __typename
      ... on CreatedApiToken {
        token
        apiToken {
          id
          name
          prefix
          scopes
          revokedAt
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`

export const RevokeApiToken = /* GraphQL */ `
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      __typename
      ... on ApiToken {
        id
        revokedAt
      }
      ... on Error {
        code
        message
      }
    }
  }
`

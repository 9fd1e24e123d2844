/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** PLANNED → IN_PROGRESS → COMPLETED or ABANDONED. */
export type MockInterviewStatus =
  | 'ABANDONED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'PLANNED';

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

export type RootViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type RootViewerQuery = { viewer: { id: string, email: string, name: string | null } | null };

export type DashboardQueryVariables = Exact<{
  first: number;
}>;


export type DashboardQuery = { viewer: { id: string, email: string, name: string | null, interviews: { edges: Array<{ node: { id: string, title: string, status: MockInterviewStatus, createdAt: string, overallScore: number | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

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
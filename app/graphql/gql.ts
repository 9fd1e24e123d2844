/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query RootViewer {\n    viewer {\n      id\n      email\n      name\n    }\n  }\n": typeof types.RootViewerDocument,
    "\n  query Dashboard($first: Int!) {\n    viewer {\n      id\n      email\n      name\n      interviews(first: $first) {\n        edges {\n          node {\n            id\n            title\n            status\n            createdAt\n            overallScore\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on AuthSession {\n        sessionToken\n        expiresAt\n      }\n      ... on Error {\n        code\n        message\n      }\n      ... on ValidationFailedError {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on AuthSession {\n        sessionToken\n        expiresAt\n      }\n      ... on Error {\n        code\n        message\n      }\n      ... on ValidationFailedError {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query SignedInViewer {\n    viewer {\n      id\n    }\n  }\n": typeof types.SignedInViewerDocument,
};
const documents: Documents = {
    "\n  query RootViewer {\n    viewer {\n      id\n      email\n      name\n    }\n  }\n": types.RootViewerDocument,
    "\n  query Dashboard($first: Int!) {\n    viewer {\n      id\n      email\n      name\n      interviews(first: $first) {\n        edges {\n          node {\n            id\n            title\n            status\n            createdAt\n            overallScore\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on AuthSession {\n        sessionToken\n        expiresAt\n      }\n      ... on Error {\n        code\n        message\n      }\n      ... on ValidationFailedError {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on AuthSession {\n        sessionToken\n        expiresAt\n      }\n      ... on Error {\n        code\n        message\n      }\n      ... on ValidationFailedError {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  query SignedInViewer {\n    viewer {\n      id\n    }\n  }\n": types.SignedInViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RootViewer {\n    viewer {\n      id\n      email\n      name\n    }\n  }\n"): typeof import('./graphql').RootViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($first: Int!) {\n    viewer {\n      id\n      email\n      name\n      interviews(first: $first) {\n        edges {\n          node {\n            id\n            title\n            status\n            createdAt\n            overallScore\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on AuthSession {\n        sessionToken\n        expiresAt\n      }\n      ... on Error {\n        code\n        message\n      }\n      ... on ValidationFailedError {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on AuthSession {\n        sessionToken\n        expiresAt\n      }\n      ... on Error {\n        code\n        message\n      }\n      ... on ValidationFailedError {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignedInViewer {\n    viewer {\n      id\n    }\n  }\n"): typeof import('./graphql').SignedInViewerDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

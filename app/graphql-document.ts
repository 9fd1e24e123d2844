// Not a .server module: routes define their documents at module level, and the browser bundle
// evaluates those modules too (the classic compiler empties *.server imports there).

/**
 * A GraphQL document that carries its result and variables types, so that a route's
 * `query(context, Document, variables)` is typed without generated code.
 */
export type TypedDocument<TData, TVariables> = string & {
  readonly __data?: TData
  readonly __variables?: TVariables
}

export function typedDocument<TData, TVariables = Record<string, never>>(
  source: string,
): TypedDocument<TData, TVariables> {
  return source as TypedDocument<TData, TVariables>
}

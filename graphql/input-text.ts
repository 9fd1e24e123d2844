/**
 * Text PostgreSQL cannot store: the NUL character (U+0000) is refused by every text column
 * ("invalid byte sequence for encoding UTF8: 0x00"), which reached clients as a server error and
 * was logged (found by tests/api/hostile-input.test.ts's fast-check property). Refused here, once,
 * for every operation: in the variables or in the document's string literals, before anything
 * runs, with `extensions.code: VALIDATION_FAILED`.
 */
import { createGraphQLError, type Plugin } from 'graphql-yoga'
import type { DocumentNode } from 'graphql'

const nul = '\u0000'

export function useInputTextCheck(): Plugin {
  const refuse = (
    document: DocumentNode,
    variables: unknown,
    stop: (result: { errors: ReturnType<typeof createGraphQLError>[] }) => void,
  ) => {
    const path = nulIn(variables, ['variables']) ?? nulInDocument(document)
    if (!path) return
    stop({
      errors: [
        createGraphQLError(
          `${path.join('.')}: text may not contain the NUL character (U+0000); remove it and send again.`,
          { extensions: { code: 'VALIDATION_FAILED' } },
        ),
      ],
    })
  }
  return {
    onExecute({ args, setResultAndStopExecution }) {
      refuse(args.document, args.variableValues, setResultAndStopExecution)
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      refuse(args.document, args.variableValues, setResultAndStopExecution)
    },
  }
}

/** The path to the first string holding NUL (keys too), or undefined. */
function nulIn(value: unknown, path: string[], depth = 0): string[] | undefined {
  if (typeof value === 'string') return value.includes(nul) ? path : undefined
  if (!value || typeof value !== 'object' || depth > 50) return undefined
  for (const [key, item] of Object.entries(value)) {
    if (key.includes(nul)) return [...path, '(key)']
    const found = nulIn(item, [...path, key], depth + 1)
    if (found) return found
  }
  return undefined
}

/** Whether a string literal in the document holds NUL (a `"\u0000"` escape decodes to one). */
function nulInDocument(node: unknown, depth = 0): string[] | undefined {
  if (!node || typeof node !== 'object' || depth > 200) return undefined
  const { kind, value } = node as { kind?: string; value?: unknown }
  if (kind === 'StringValue') return String(value).includes(nul) ? ['query'] : undefined
  for (const [key, child] of Object.entries(node)) {
    if (key === 'loc') continue
    const found = Array.isArray(child)
      ? child.map((item) => nulInDocument(item, depth + 1)).find(Boolean)
      : nulInDocument(child, depth + 1)
    if (found) return found
  }
  return undefined
}

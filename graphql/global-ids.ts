/**
 * Ids the client sends. Every id argument and input field is a plain `ID` decoded here, not by
 * the relay plugin's `globalID({ for })`: that one throws an untyped error (outside the errors
 * plugin) for a malformed id or another type's id, which reached clients as
 * INTERNAL_SERVER_ERROR and was logged. Here, an id that names no row of the expected type is
 * exactly what an unknown id is: NOT_FOUND from a mutation or subscription, null from `node`,
 * an empty page from a filter (see docs/decisions/060-an-unusable-id-is-an-unknown-id.md).
 */
import { decodeGlobalID } from '@pothos/plugin-relay'
import { NotFoundError } from '../interview/errors.ts'

/** The node types, by their GraphQL names. */
export const nodeTypeNames = [
  'ApiToken',
  'JobDescription',
  'MockInterview',
  'MockInterviewAttempt',
  'MockInterviewExchange',
  'Question',
  'ScoreResult',
  'StarStory',
  'Viewer',
] as const
export type NodeTypeName = (typeof nodeTypeNames)[number]

/** The names the services use in their NOT_FOUND messages, so both read alike. */
const resourceNames: Record<NodeTypeName, string> = {
  ApiToken: 'API token',
  JobDescription: 'Job description',
  MockInterview: 'Interview',
  MockInterviewAttempt: 'Attempt',
  MockInterviewExchange: 'Exchange',
  Question: 'Question',
  ScoreResult: 'Score result',
  StarStory: 'Story',
  Viewer: 'User',
}

/** `{ typename, id }` of a well-formed global id of a node type, else null. Never throws. */
export function parseGlobalId(globalId: string): { typename: NodeTypeName; id: string } | null {
  if (typeof globalId !== 'string' || globalId.length === 0 || globalId.length > 200) return null
  try {
    const { typename, id } = decodeGlobalID(globalId)
    if (!(nodeTypeNames as readonly string[]).includes(typename)) return null
    if (!/^[\w-]{1,100}$/.test(id)) return null
    return { typename: typename as NodeTypeName, id }
  } catch {
    return null
  }
}

/** The row id inside a global id of `typename`, or null when it cannot name such a row. */
export function localIdOf(globalId: string, typename: NodeTypeName): string | null {
  const parsed = parseGlobalId(globalId)
  return parsed?.typename === typename ? parsed.id : null
}

/** The row id inside a global id of `typename`; NOT_FOUND, as for an unknown id, otherwise. */
export function requireLocalId(globalId: string, typename: NodeTypeName): string {
  const id = localIdOf(globalId, typename)
  if (id === null) throw new NotFoundError(resourceNames[typename], globalId || '""')
  return id
}

/** For a list filter: an id that matches no row when the given one cannot name a row. */
export function filterLocalId(
  globalId: string | null | undefined,
  typename: NodeTypeName,
): string | undefined {
  if (globalId == null) return undefined
  return localIdOf(globalId, typename) ?? unmatchableId
}

/** Not a cuid, so no row has it. */
const unmatchableId = '-'

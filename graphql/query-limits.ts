/**
 * Limits a document must pass before it executes (GraphQL Armor's validation rules), chosen so
 * that the deepest document the web app and the documented clients send passes with room to
 * spare, and no more (see docs/decisions/041-query-limits.md):
 * - depth 12 (inline fragments do not count): relay connections cost two levels each (edges,
 *   node); the deepest real read, interview → exchanges → attempts → scoreResults → a field, is 11;
 * - 15 aliases, 10 directives (Armor's defaults: no client of ours uses more than a few);
 * - 2,000 tokens: the interview tree plus the full attempt result is under 700;
 * - cost 50,000: with a depth factor of 1 and fragments flattened, Armor's cost is about the
 *   number of fields a response can hold (2 per object, 1 per scalar, times each `first:`). The
 *   interview tree (20 exchanges × 10 attempts × 20 score results) costs 38,026; Armor's default
 *   5,000 with its 1.5-per-level factor would reject it (2 million).
 * A connection without `first` returns 20 (Armor counts it once) and never more than 100.
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor'

export const queryLimits = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2000,
  maxCost: 50_000,
} as const

export function useQueryLimits({ suggestions }: { suggestions: boolean }) {
  return EnvelopArmorPlugin({
    maxDepth: { n: queryLimits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: queryLimits.maxAliases },
    maxDirectives: { n: queryLimits.maxDirectives },
    maxTokens: { n: queryLimits.maxTokens },
    costLimit: {
      maxCost: queryLimits.maxCost,
      depthCostFactor: 1,
      flattenFragments: true,
      ignoreIntrospection: true,
    },
    // "Did you mean …?" reveals the schema when introspection is off.
    blockFieldSuggestion: { enabled: !suggestions },
  })
}

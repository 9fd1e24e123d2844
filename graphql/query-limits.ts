/**
 * Limits a document must pass before it executes, chosen so that the deepest document the web
 * app and the documented clients send passes with room to spare, and no more (decisions 041, 062):
 * - depth 12 (inline fragments do not count): relay connections cost two levels each (edges,
 *   node); the deepest real read, interview → exchanges → attempts → scoreResults → a field, is 11;
 * - 15 aliases, 10 directives (Armor's defaults: no client of ours uses more than a few);
 * - 2,000 tokens: the interview tree plus the full attempt result is under 700;
 * - cost 200,000 (graphql/query-cost.ts): about the number of fields a response can hold, each
 *   connection counted at the page it returns (`first` written in or sent as a variable, else 20).
 *   The interview tree at 20 exchanges × 20 attempts × 20 score results costs about 76,000.
 * A refused document is an error with `extensions.code: QUERY_LIMIT_EXCEEDED` and
 * `extensions.limit` (depth, aliases, directives, tokens, cost), never a "Syntax Error".
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor'
import type {
  ASTNode,
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLSchema,
  OperationDefinitionNode,
  ValidationRule,
} from 'graphql'
import { createGraphQLError, type Plugin } from 'graphql-yoga'
import { documentCost } from './query-cost.ts'

export const queryLimits = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2000,
  maxCost: 200_000,
} as const

export const queryLimitCode = 'QUERY_LIMIT_EXCEEDED'

export function useQueryLimits({
  suggestions,
  schema,
}: {
  suggestions: boolean
  schema: GraphQLSchema
}): Plugin[] {
  return [
    EnvelopArmorPlugin({
      maxDepth: { n: queryLimits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
      maxAliases: { n: queryLimits.maxAliases },
      maxDirectives: { n: queryLimits.maxDirectives },
      maxTokens: { n: queryLimits.maxTokens },
      // ours counts pages sent as variables (graphql/query-cost.ts)
      costLimit: { enabled: false },
      // "Did you mean …?" reveals the schema when introspection is off.
      blockFieldSuggestion: { enabled: !suggestions },
    }),
    useCostAndLimitCodes(schema),
  ]
}

/** Adds the cost rule and gives every limit error its code. */
function useCostAndLimitCodes(schema: GraphQLSchema): Plugin {
  return {
    onParse({ parseFn, setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parseFn(source, options)
        } catch (error) {
          throw coded(error)
        }
      })
    },
    // Validation results are cached by document, so this rule cannot read variables: a page sent
    // as a variable counts as the default page here, and at its value in onExecute/onSubscribe.
    onValidate({ addValidationRule, validateFn, setValidationFn }) {
      addValidationRule(costRule)
      setValidationFn((...args) => {
        try {
          return validateFn(...args).map((error: GraphQLError) => coded(error) as GraphQLError)
        } catch (error) {
          // Armor's rules throw their first refusal
          const limit = coded(error)
          if (limit === error) throw error
          return [limit as GraphQLError]
        }
      })
    },
    onExecute({ args, setResultAndStopExecution }) {
      const refusal = costRefusal(schema, args.document, args.operationName, args.variableValues)
      if (refusal) setResultAndStopExecution({ errors: [refusal] })
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refusal = costRefusal(schema, args.document, args.operationName, args.variableValues)
      if (refusal) setResultAndStopExecution({ errors: [refusal] })
    },
  }
}

const costRule: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    const schema = context.getSchema()
    const root = schema.getRootType(operation.operation)
    if (!root) return
    const cost = documentCost(schema, operation.selectionSet, root, (name) =>
      context.getFragment(name),
    )
    if (cost > queryLimits.maxCost) context.reportError(costError(cost, [operation]))
  },
})

/** The cost with the request's variables; only a document with variables can cost more. */
function costRefusal(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
) {
  if (!variables || Object.keys(variables).length === 0) return undefined
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
  )
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations[0]
  const root = operation && schema.getRootType(operation.operation)
  if (!operation || !root) return undefined
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((f) => [f.name.value, f]),
  )
  const cost = documentCost(
    schema,
    operation.selectionSet,
    root,
    (name) => fragments.get(name),
    variables,
  )
  return cost > queryLimits.maxCost ? costError(cost, [operation]) : undefined
}

function costError(cost: number, nodes: readonly ASTNode[]) {
  return limitError(
    'cost',
    `Query cost limit of ${queryLimits.maxCost} exceeded, found ${cost}. Ask for smaller pages (first:) or fewer nested fields.`,
    nodes,
  )
}

const armorLimits: [RegExp, string, string][] = [
  [/depth limit/i, 'depth', 'Ask for fewer nested levels, or read the deeper part with node(id:).'],
  [/aliases limit/i, 'aliases', 'Send fewer aliases, or split the request.'],
  [/directives limit/i, 'directives', 'Send fewer directives.'],
  [/token limit/i, 'tokens', 'Send a shorter document, or split the request.'],
]

/** An Armor limit's error ("Syntax Error: Query Depth limit of 12 exceeded…") with its code. */
function coded(error: unknown): unknown {
  if (!(error instanceof Error) || !error.message.startsWith('Syntax Error: ')) return error
  const found = armorLimits.find(([pattern]) => pattern.test(error.message))
  if (!found) return error
  const [, limit, advice] = found
  const message = error.message.slice('Syntax Error: '.length)
  return limitError(limit, `${message} ${advice}`, (error as GraphQLError).nodes ?? undefined)
}

function limitError(limit: string, message: string, nodes?: readonly ASTNode[]) {
  return createGraphQLError(message, {
    nodes: nodes as never,
    extensions: { code: queryLimitCode, limit },
  })
}

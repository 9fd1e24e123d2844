/**
 * The cost of a document: about the number of fields its response can hold. GraphQL Armor's cost
 * rule counted only a literal `first: 20`: `first: $n` and a connection without `first` (which
 * returns 20) counted once, so `first: $n` with n = 100 on three nested connections passed as
 * cheap while it could return a million rows. Here a connection's page is what it will be: the
 * literal, the variable's value, or the default page (capped at the largest page), so a document
 * costs the same whether its page sizes are written in or sent as variables (decision 062).
 */
import {
  Kind,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
  type SelectionSetNode,
  type FragmentDefinitionNode,
  type ValueNode,
} from 'graphql'

// No `instanceof` (isCompositeType, getNamedType): `graphql` can load twice (ESM and CJS), and
// the schema's classes may be the other copy's.
function namedType(type: GraphQLType): GraphQLNamedType {
  let named: GraphQLType = type
  while ('ofType' in named && named.ofType) named = named.ofType as GraphQLType
  return named as GraphQLNamedType
}

function isCompositeType(type: unknown): type is GraphQLCompositeType {
  return typeof type === 'object' && type !== null && ('getFields' in type || 'getTypes' in type)
}

/** A connection without `first`/`last` returns 20; none returns more than 100 (builder.ts). */
export const pageSizes = { defaultPage: 20, maxPage: 100 } as const

/** 1 per scalar, 2 per object plus its fields, times the page of a connection. */
export function documentCost(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  rootType: GraphQLCompositeType,
  getFragment: (name: string) => FragmentDefinitionNode | undefined | null,
  variables: Record<string, unknown> | null = null,
): number {
  const options = { ...pageSizes, variables }
  const visiting = new Set<string>()
  const fragmentCosts = new Map<string, number>()

  function selectionsCost(set: SelectionSetNode, parent: GraphQLCompositeType): number {
    let cost = 0
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) cost += fieldCost(selection, parent)
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent
        if (on && isCompositeType(on)) cost += selectionsCost(selection.selectionSet, on)
      } else {
        const name = selection.name.value
        // a fragment costs the same wherever it is spread: computed once, so that fragments
        // spreading each other twice over (a "fragment bomb") cost a multiplication, not a walk
        const known = fragmentCosts.get(name)
        if (known !== undefined) {
          cost += known
          continue
        }
        const fragment = getFragment(name)
        // a fragment cycle is refused by graphql's own rule; count it once here
        if (!fragment || visiting.has(name)) continue
        const on = schema.getType(fragment.typeCondition.name.value)
        if (!on || !isCompositeType(on)) continue
        visiting.add(name)
        const fragmentCost = selectionsCost(fragment.selectionSet, on)
        visiting.delete(name)
        fragmentCosts.set(name, fragmentCost)
        cost += fragmentCost
      }
    }
    return cost
  }

  function fieldCost(field: FieldNode, parent: GraphQLCompositeType): number {
    if (field.name.value === '__schema' || field.name.value === '__type') return 0
    if (!field.selectionSet) return 1
    const definition = 'getFields' in parent ? parent.getFields()[field.name.value] : undefined
    const type = definition ? namedType(definition.type) : undefined
    if (!type || !isCompositeType(type)) return 2
    const children = 2 + selectionsCost(field.selectionSet, type)
    return children * pageOf(field, type.name)
  }

  function pageOf(field: FieldNode, typeName: string): number {
    const arg = field.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last')
    const given = arg ? intOf(arg.value) : undefined
    if (given !== undefined) return Math.min(Math.max(given, 1), options.maxPage)
    return typeName.endsWith('Connection') ? options.defaultPage : 1
  }

  function intOf(value: ValueNode): number | undefined {
    if (value.kind === Kind.INT) return Number.parseInt(value.value, 10)
    if (value.kind === Kind.VARIABLE) {
      const given = options.variables?.[value.name.value]
      return typeof given === 'number' && Number.isFinite(given) ? Math.trunc(given) : undefined
    }
    return undefined
  }

  return selectionsCost(selectionSet, rootType)
}

import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql'

/** The SDL committed as graphql/schema.graphql: sorted, so a diff shows only real changes. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`
}

// `graphql/index.js`, not `graphql`: under vitest a bare `graphql` resolves to the ESM build while
// Pothos and Yoga (loaded by Node) get the CommonJS one, and graphql-js refuses types from "another
// realm". Naming the file gives every loader the same copy.
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql/index.js'

/** The SDL committed as graphql/schema.graphql: sorted, so a diff shows only real changes. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`
}

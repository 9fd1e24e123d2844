/**
 * The baseline server: graphql-yoga alone on node:http, with Encore's printed schema
 * (graphql/schema.graphql) and no plugin of ours, no context, no database. `node` answers
 * `fromMemory` (a recorded response), so the same query returns the same JSON by graphql-js's
 * default resolvers; `{ __typename }` costs Yoga and graphql-js alone.
 */
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { createSchema, createYoga } from 'graphql-yoga'

const typeDefs = readFileSync(new URL('../../graphql/schema.graphql', import.meta.url), 'utf8')

export type BareYoga = { url: string; close: () => Promise<void> }

export async function startBareYoga(fromMemory: unknown = null): Promise<BareYoga> {
  const yoga = createYoga({
    schema: createSchema({ typeDefs, resolvers: { Query: { node: () => fromMemory } } }),
    graphiql: false,
    logging: false,
  })
  const server: Server = createServer(yoga)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

// Depth, alias, directive, token and cost limits reject a document before it runs, and every
// document our clients send passes them.
import * as generated from '../../app/graphql/graphql.ts'
import { queryLimits } from '../../graphql/query-limits.ts'
import { describeWithDatabases } from '../setup/database.ts'
import { gql, startApiServer, type ApiServer } from './api-harness.ts'
import { signUp } from './api-steps.ts'
import * as doc from './interview-documents.ts'

// The web app's operations as GraphQL Code Generator wrote them (app/graphql/graphql.ts), each
// with the fragments it spreads; a fragment alone is checked inside those operations.
function appDocuments(): string[] {
  return Object.values(generated)
    .filter((value) => value instanceof generated.TypedDocumentString)
    .map(String)
    .filter((source) => !source.trimStart().startsWith('fragment'))
}

// 12 fields deep (viewer … exchange id), and 13 (… exchange interview id).
const depth12 =
  '{ viewer { interviews { edges { node { exchanges { edges { node { attempts { edges { node { exchange { id } } } } } } } } } } } }'
const depth13 =
  '{ viewer { interviews { edges { node { exchanges { edges { node { attempts { edges { node { exchange { interview { id } } } } } } } } } } } } }'

describeWithDatabases('query limits', (database) => {
  let server: ApiServer
  let token: string

  beforeAll(async () => {
    server = await startApiServer(database(), { seed: false })
    token = (await signUp(server.url, 'limits')).sessionToken
  }, 60_000)
  afterAll(() => server?.stop())

  /** A refused document: no data, each error coded for its limit, its message without "Syntax Error". */
  const rejected = async (
    query: string,
    limit: string,
    variables: Record<string, unknown> = {},
  ) => {
    const body = await gql(server.url, query, variables, token)
    expect(body.data).toBeUndefined()
    for (const error of body.errors!) {
      expect(error.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit })
      expect(error.message).not.toMatch(/Syntax Error/)
    }
    return body.errors!.map((error) => error.message).join(' ')
  }

  test('every document of the web app and of the documented client passes the limits', () => {
    const documents = [...Object.values(doc), ...appDocuments()]
    expect(documents.length).toBeGreaterThan(15)
    // Validation only, through the server's own envelop (its limits included): nothing runs.
    const { parse, validate, schema } = server.yoga.getEnveloped({})
    for (const source of documents) {
      expect(validate(schema, parse(source)).map((error: Error) => error.message)).toEqual([])
    }
  })

  test(`a document ${queryLimits.maxDepth} deep runs; one deeper is refused`, async () => {
    expect(queryLimits.maxDepth).toBe(12)
    const deepest = await gql(server.url, depth12, {}, token)
    expect(deepest.errors).toBeUndefined()
    expect(await rejected(depth13, 'depth')).toMatch(/depth limit of 12/)
  })

  test('more than 15 aliases are refused', async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: scorers { id }`).join(' ')} }`
    const fifteen = await gql(server.url, aliases(15), {}, token)
    expect(fifteen.errors).toBeUndefined()
    expect(await rejected(aliases(16), 'aliases')).toMatch(/Aliases limit of 15/)
  })

  test('more than 10 directives are refused', async () => {
    const directives = `{ scorers { id ${'@include(if: true) '.repeat(11)} } }`
    expect(await rejected(directives, 'directives')).toMatch(/Directives limit of 10/)
  })

  test('more than 2,000 tokens are refused', async () => {
    const long = `{ scorers { ${'id '.repeat(2000)} } }`
    expect(await rejected(long, 'tokens')).toMatch(/Token limit of 2000/)
  })

  test('a document that could return too much is refused before it runs', async () => {
    const huge = doc.InterviewTree.replaceAll(/first: \d+/g, 'first: 100')
    expect(await rejected(huge, 'cost')).toMatch(/cost limit of 200000/)
  })

  test('the interview tree at 20 exchanges × 20 attempts × 20 scores passes with room', async () => {
    const tree = doc.InterviewTree.replaceAll(/first: \d+/g, 'first: 20')
    const { parse, validate, schema } = server.yoga.getEnveloped({})
    expect(validate(schema, parse(tree))).toEqual([])
    const cost = 4 + 20 * (11 + 20 * (9 + 9 * 20))
    expect(cost * 2).toBeLessThan(queryLimits.maxCost)
  })

  test('pages sent as variables cost what they return', async () => {
    const tree = doc.InterviewTree.replace(
      'query InterviewTree($id: ID!)',
      'query InterviewTree($id: ID!, $n: Int)',
    ).replaceAll(/first: \d+/g, 'first: $n')
    const small = await gql(server.url, tree, { id: 'x', n: 5 }, token)
    expect(small.errors).toBeUndefined()
    expect(await rejected(tree, 'cost', { id: 'x', n: 100 })).toMatch(/cost limit/)
  })

  test('a connection without first counts as the 20 it returns', async () => {
    const unpaged = doc.InterviewTree.replaceAll(/\(first: \d+\)/g, '')
    const { parse, validate, schema } = server.yoga.getEnveloped({})
    expect(validate(schema, parse(unpaged))).toEqual([])
    const threeDeep = `{ viewer { interviews { edges { node { exchanges { edges { node { attempts(first: 100) { edges { node { id } } } } } } } } } } }`
    expect(await rejected(threeDeep, 'cost')).toMatch(/cost limit/)
  })
})

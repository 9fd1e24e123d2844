// The GraphQL-over-HTTP spec's audits (graphql-http) against the running server, with every
// plugin of ours in place: CSRF prevention, query limits, request limits, error shaping.
import { auditServer } from 'graphql-http'
import { describeWithDatabases } from '../setup/database.ts'
import { startApiServer, type ApiServer } from './api-harness.ts'

describeWithDatabases('GraphQL over HTTP', (database) => {
  let server: ApiServer

  beforeAll(async () => {
    server = await startApiServer(database(), { seed: false })
  }, 60_000)
  afterAll(() => server?.stop())

  const failuresOf = (results: Awaited<ReturnType<typeof auditServer>>) =>
    results
      .filter((result) => result.status !== 'ok')
      .map((result) => `${result.id} ${result.name}`)

  test('a client that sends the CSRF preflight header passes all 61 audits', async () => {
    const results = await auditServer({
      url: `${server.url}/graphql`,
      fetchFn: (input: RequestInfo | URL, init: RequestInit = {}) => {
        const headers = new Headers(init.headers)
        headers.set('graphql-preflight', '1')
        return fetch(input, { ...init, headers })
      },
    })
    expect(results).toHaveLength(61)
    expect(failuresOf(results)).toEqual([])
  }, 60_000)

  test('without the header only the three optional GET audits fail, refused as cross-site', async () => {
    // CSRF prevention (docs/decisions/042-csrf-and-request-limits.md): a GET without a preflight header
    // could come from an <img> or a link on another site, so it is refused with 403.
    const results = await auditServer({ url: `${server.url}/graphql` })
    expect(failuresOf(results)).toEqual([
      '5A70 MAY accept application/x-www-form-urlencoded formatted GET requests',
      'D6D5 MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json',
      '6A70 MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json',
    ])
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`)
    expect(get.status).toBe(403)
  }, 60_000)
})

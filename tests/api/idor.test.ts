// The IDOR suite (issue 15): for every way an id reaches the server (root fields, node and nodes,
// connection filters, every id-taking mutation, both subscriptions over graphql-ws and SSE, an
// upload), a second user sending the first user's id gets exactly what an unknown id (and a
// malformed one) gets, and the first user's data is unchanged afterwards. The suite reads the
// schema: an id argument it does not cover fails the first test (decisions 040 and 060).
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { encodeGlobalID } from '@pothos/plugin-relay'
import type { GraphQLSchema } from 'graphql'
import { nodeTypeNames, type NodeTypeName } from '../../graphql/global-ids.ts'
import { schema } from '../../graphql/schema.ts'
import { describeWithDatabases, type TestDatabase } from '../setup/database.ts'
import { CreateApiToken } from './accounts-documents.ts'
import {
  collectSubscription,
  gql,
  gqlData,
  startApiServer,
  wsClient,
  type ApiServer,
} from './api-harness.ts'
import { firstQuestion, signUp, uploadAnswer } from './api-steps.ts'
import * as doc from './interview-documents.ts'

type Ids = Record<
  | 'viewer'
  | 'apiToken'
  | 'jobDescription'
  | 'interview'
  | 'exchange'
  | 'attempt'
  | 'recordedAttempt'
  | 'scoreResult'
  | 'story'
  | 'avatarSession',
  string
>

/** Every argument or input field, at any depth, that carries an id: `Mutation.submitAttempt(input.exchangeId)`. */
export function idArguments(from: GraphQLSchema): string[] {
  const unwrap = (type: any) => {
    while (type.ofType) type = type.ofType
    return type
  }
  const found: string[] = []
  const visit = (owner: string, name: string, type: unknown, at: string, depth: number) => {
    const named = unwrap(type)
    if (named.name === 'ID' || (named.name === 'String' && /Id$/.test(name)))
      found.push(`${owner}(${at})`)
    else if ('getFields' in named && depth < 5)
      for (const field of Object.values(named.getFields()) as any[])
        visit(owner, field.name, field.type, `${at}.${field.name}`, depth + 1)
  }
  for (const type of Object.values(from.getTypeMap()) as any[]) {
    if (type.name.startsWith('__') || !('getFields' in type) || !('getInterfaces' in type)) continue
    for (const field of Object.values(type.getFields()) as any[])
      for (const arg of field.args ?? [])
        visit(`${type.name}.${field.name}`, arg.name, arg.type, arg.name, 0)
  }
  return found.sort()
}

const errorFields = '__typename ... on Error { code message }'
const mutation = (field: string, args: string, selection = errorFields) =>
  `mutation ($id: ID!) { ${field}(${args}) { ${selection} } }`

/**
 * One case per id argument: what a client sends with `id` in that place. `tokenOf` picks whose
 * token sends it (always the second user here).
 */
type Case = {
  type: NodeTypeName | 'AvatarSession'
  send: (id: string, token: string) => Promise<unknown>
}

describeWithDatabases('IDOR: another user’s id is an unknown id', (database) => {
  let server: ApiServer
  let owner: { token: string; ids: Ids }
  let other: { token: string; storyId: string }
  let before: string

  const post = (query: string, variables: Record<string, unknown>, token: string) =>
    gql(server.url, query, variables, token)

  /** graphql-ws: every message until the server ends it; a refused subscribe is its errors. */
  async function overSocket(query: string, variables: Record<string, unknown>, token: string) {
    const client = wsClient(server.wsUrl, token)
    try {
      return await collectSubscription(client, query, variables, 5_000)
    } catch (error) {
      return { refused: error }
    } finally {
      await client.dispose()
    }
  }

  /** Server-sent events: the whole stream's text. */
  async function overSse(query: string, variables: Record<string, unknown>, token: string) {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(5_000),
    })
    return { status: response.status, text: await response.text() }
  }

  const cases: Record<string, Case> = {
    'Query.node(id)': {
      type: 'MockInterview',
      send: (id, token) => post('query ($id: ID!) { node(id: $id) { id } }', { id }, token),
    },
    'Query.nodes(ids)': {
      type: 'MockInterviewAttempt',
      send: (id, token) =>
        post('query ($id: ID!) { nodes(ids: [$id, $id]) { id } }', { id }, token),
    },
    'Viewer.stories(jobDescriptionId)': {
      type: 'JobDescription',
      send: (id, token) =>
        post(
          'query ($id: ID!) { viewer { stories(jobDescriptionId: $id) { edges { node { title } } } } }',
          { id },
          token,
        ),
    },
    'Mutation.chooseFinalAttempt(attemptId)': {
      type: 'MockInterviewAttempt',
      send: (id, token) => post(mutation('chooseFinalAttempt', 'attemptId: $id'), { id }, token),
    },
    'Mutation.rescoreAttempt(attemptId)': {
      type: 'MockInterviewAttempt',
      send: (id, token) => post(mutation('rescoreAttempt', 'attemptId: $id'), { id }, token),
    },
    'Mutation.provideTranscript(input.attemptId)': {
      type: 'MockInterviewAttempt',
      send: (id, token) =>
        post(
          mutation('provideTranscript', 'input: { attemptId: $id, transcript: "mine now" }'),
          { id },
          token,
        ),
    },
    'Mutation.saveStarStoryFromAttempt(input.attemptId)': {
      type: 'MockInterviewAttempt',
      send: (id, token) =>
        post(mutation('saveStarStoryFromAttempt', 'input: { attemptId: $id }'), { id }, token),
    },
    'Mutation.submitAttempt(input.exchangeId)': {
      type: 'MockInterviewExchange',
      send: (id, token) =>
        post(
          mutation('submitAttempt', 'input: { exchangeId: $id, transcript: "an answer" }'),
          { id },
          token,
        ),
    },
    'Mutation.retryExchange(input.exchangeId)': {
      type: 'MockInterviewExchange',
      send: (id, token) =>
        post(
          mutation('retryExchange', 'input: { exchangeId: $id, transcript: "an answer" }'),
          { id },
          token,
        ),
    },
    'Mutation.nextQuestion(interviewId)': {
      type: 'MockInterview',
      send: (id, token) => post(mutation('nextQuestion', 'interviewId: $id'), { id }, token),
    },
    'Mutation.finishMockInterview(id)': {
      type: 'MockInterview',
      send: (id, token) => post(mutation('finishMockInterview', 'id: $id'), { id }, token),
    },
    'Mutation.createAvatarSession(interviewId)': {
      type: 'MockInterview',
      send: (id, token) => post(mutation('createAvatarSession', 'interviewId: $id'), { id }, token),
    },
    'Mutation.startMockInterview(input.jobDescriptionId)': {
      type: 'JobDescription',
      send: (id, token) =>
        post(mutation('startMockInterview', 'input: { jobDescriptionId: $id }'), { id }, token),
    },
    'Mutation.updateJobDescription(input.id)': {
      type: 'JobDescription',
      send: (id, token) =>
        post(
          mutation('updateJobDescription', 'input: { id: $id, title: "Taken over" }'),
          { id },
          token,
        ),
    },
    'Mutation.deleteJobDescription(id)': {
      type: 'JobDescription',
      send: (id, token) => post(mutation('deleteJobDescription', 'id: $id'), { id }, token),
    },
    'Mutation.createStarStory(input.jobDescriptionId)': {
      type: 'JobDescription',
      send: (id, token) =>
        post(
          mutation('createStarStory', 'input: { title: "Linked", jobDescriptionId: $id }'),
          { id },
          token,
        ),
    },
    'Mutation.updateStarStory(input.id)': {
      type: 'StarStory',
      send: (id, token) =>
        post(mutation('updateStarStory', 'input: { id: $id, title: "Taken over" }'), { id }, token),
    },
    'Mutation.updateStarStory(input.jobDescriptionId)': {
      type: 'JobDescription',
      // the second user's own story, linked to the id
      send: (id, token) =>
        post(
          'mutation ($id: ID!, $story: ID!) { updateStarStory(input: { id: $story, jobDescriptionId: $id }) { __typename ... on Error { code message } } }',
          { id, story: other.storyId },
          token,
        ),
    },
    'Mutation.deleteStarStory(id)': {
      type: 'StarStory',
      send: (id, token) => post(mutation('deleteStarStory', 'id: $id'), { id }, token),
    },
    'Mutation.revokeApiToken(id)': {
      type: 'ApiToken',
      send: (id, token) => post(mutation('revokeApiToken', 'id: $id'), { id }, token),
    },
    'Mutation.closeAvatarSession(sessionId)': {
      type: 'AvatarSession',
      send: (id, token) =>
        post(
          'mutation ($id: String!) { closeAvatarSession(sessionId: $id) { __typename ... on Error { code message } } }',
          { id },
          token,
        ),
    },
    'Subscription.attemptEvents(attemptId)': {
      type: 'MockInterviewAttempt',
      send: async (id, token) => ({
        ws: await overSocket(doc.AttemptEvents, { attemptId: id }, token),
        sse: await overSse(doc.AttemptEvents, { attemptId: id }, token),
      }),
    },
    'Subscription.mockInterviewEvents(interviewId)': {
      type: 'MockInterview',
      send: async (id, token) => {
        const query = 'subscription ($id: ID!) { mockInterviewEvents(interviewId: $id) { type } }'
        return {
          ws: await overSocket(query, { id }, token),
          sse: await overSse(query, { id }, token),
        }
      },
    },
  }

  const idFor: Record<Case['type'], keyof Ids> = {
    ApiToken: 'apiToken',
    JobDescription: 'jobDescription',
    MockInterview: 'interview',
    MockInterviewAttempt: 'attempt',
    MockInterviewExchange: 'exchange',
    Question: 'viewer',
    ScoreResult: 'scoreResult',
    StarStory: 'story',
    Viewer: 'viewer',
    AvatarSession: 'avatarSession',
  }
  // provideTranscript needs the attempt that waits for one
  const ownerIdOf = (key: string, type: Case['type']) =>
    key.startsWith('Mutation.provideTranscript')
      ? owner.ids.recordedAttempt
      : owner.ids[idFor[type]]

  const unknownId = (type: Case['type']) =>
    type === 'AvatarSession'
      ? 'local-00000000-0000-4000-8000-000000000000'
      : encodeGlobalID(type, 'cunknown00000000000000000')

  /** The response with every id that was sent (global or raw) written as <id>. */
  function normalise(value: unknown, sent: string): string {
    const raw = (() => {
      try {
        return Buffer.from(sent, 'base64').toString().split(':')[1]
      } catch {
        return undefined
      }
    })()
    let text = JSON.stringify(value)
    for (const form of [sent, raw].filter((f): f is string => !!f && f.length > 3))
      text = text.split(form).join('<id>')
    return text
  }

  /** All the first user's rows and recording files, to compare before and after. */
  async function snapshot(db: TestDatabase, userId: string, dataDir: string): Promise<string> {
    const prisma = db.prisma
    const rows = await prisma.user.findUniqueOrThrow({
      where: { id: userId },
      include: {
        apiTokens: { omit: { lastUsedAt: true } },
        jobDescriptions: true,
        questions: true,
        starStories: true,
        interviews: {
          include: {
            exchanges: { include: { attempts: { include: { scoreResults: true } } } },
          },
        },
      },
    })
    const folder = path.join(dataDir, 'audio', userId)
    const files = await readdir(folder).catch(() => [] as string[])
    const hashes = await Promise.all(
      files.map(async (file) =>
        createHash('sha256')
          .update(await readFile(path.join(folder, file)))
          .digest('hex'),
      ),
    )
    return JSON.stringify({ rows, files, hashes })
  }

  beforeAll(async () => {
    server = await startApiServer(database(), {
      rateLimits: {
        submitAttempt: { max: 10_000, windowMs: 60_000 },
        createAvatarSession: { max: 10_000, windowMs: 60_000 },
      },
    })
    const a = await signUp(server.url, 'owner')
    const token = a.sessionToken
    const apiToken = await gqlData(
      server.url,
      CreateApiToken,
      { input: { name: 'cli', scopes: ['INTERVIEWS_READ'] } },
      token,
    )
    const jd = await gqlData(
      server.url,
      doc.CreateJobDescription,
      {
        input: {
          title: 'Engineering Manager',
          text: 'Lead a team of backend engineers and mentor juniors well.',
        },
      },
      token,
    )
    const { interviewId, exchangeId } = await firstQuestion(server.url, token)
    const submitted = await gqlData(
      server.url,
      doc.SubmitAttempt,
      { input: { exchangeId, transcript: 'I led the migration and we shipped on time.' } },
      token,
    )
    const attemptId = submitted.submitAttempt.id
    const client = wsClient(server.wsUrl, token)
    await collectSubscription(client, doc.AttemptEvents, { attemptId })
    await client.dispose()
    const recorded = await uploadAnswer(
      server.url,
      token,
      exchangeId,
      new Uint8Array(1024).fill(7),
      'retryExchange',
    )
    const tree = await gqlData(
      server.url,
      'query ($id: ID!) { node(id: $id) { ... on MockInterviewAttempt { scoreResults(first: 1) { edges { node { id } } } } } }',
      { id: attemptId },
      token,
    )
    const story = await gqlData(
      server.url,
      doc.SaveStarStoryFromAttempt,
      { input: { attemptId, title: 'Mine' } },
      token,
    )
    const avatar = await gqlData(
      server.url,
      mutation('createAvatarSession', 'interviewId: $id', '... on AvatarSession { sessionId }'),
      { id: interviewId },
      token,
    )
    owner = {
      token,
      ids: {
        viewer: a.userId,
        apiToken: apiToken.createApiToken.apiToken.id,
        jobDescription: jd.createJobDescription.id,
        interview: interviewId,
        exchange: exchangeId,
        attempt: attemptId,
        recordedAttempt: recorded.body.data.retryExchange.id,
        scoreResult: tree.node.scoreResults.edges[0].node.id,
        story: story.saveStarStoryFromAttempt.id,
        avatarSession: avatar.createAvatarSession.sessionId,
      },
    }
    const b = await signUp(server.url, 'intruder')
    const own = await gqlData(
      server.url,
      mutation('createStarStory', 'input: { title: "Theirs" }', '... on StarStory { id }').replace(
        '($id: ID!) ',
        '',
      ),
      {},
      b.sessionToken,
    )
    other = { token: b.sessionToken, storyId: own.createStarStory.id }
    before = await snapshot(
      database(),
      Buffer.from(a.userId, 'base64').toString().split(':')[1]!,
      server.dataDir,
    )
  }, 90_000)
  afterAll(() => server?.stop())

  test('every id argument in the schema has a case here', () => {
    const covered = Object.keys(cases).sort()
    const missing = idArguments(schema).filter((key) => !covered.includes(key))
    expect(missing, 'add a case to tests/api/idor.test.ts for each').toEqual([])
    expect(covered.filter((key) => !idArguments(schema).includes(key))).toEqual([])
  })

  for (const [key, { type, send }] of Object.entries(cases)) {
    test(`${key}: the owner's id answers as an unknown or malformed one does`, async () => {
      const theirs = ownerIdOf(key, type)
      const unknown = unknownId(type)
      const asOwners = normalise(await send(theirs, other.token), theirs)
      expect(asOwners).toEqual(normalise(await send(unknown, other.token), unknown))
      if (type !== 'AvatarSession')
        expect(asOwners).toEqual(normalise(await send('not-an-id!!', other.token), 'not-an-id!!'))
      expect(asOwners).not.toMatch(/INTERNAL_SERVER_ERROR|FORBIDDEN/)
      if (!key.startsWith('Query') && !key.startsWith('Viewer'))
        expect(asOwners).toContain('NOT_FOUND')
    })
  }

  test('an upload answering the owner’s exchange is NOT_FOUND and stores no file', async () => {
    const intruderFiles = async () =>
      (await readdir(path.join(server.dataDir, 'audio')).catch(() => [])).length
    const folders = await intruderFiles()
    const theirs = await uploadAnswer(
      server.url,
      other.token,
      owner.ids.exchange,
      new Uint8Array(512),
    )
    const unknown = await uploadAnswer(
      server.url,
      other.token,
      unknownId('MockInterviewExchange'),
      new Uint8Array(512),
    )
    expect(normalise(theirs, owner.ids.exchange)).toEqual(
      normalise(unknown, unknownId('MockInterviewExchange')),
    )
    expect(theirs.body.data.submitAttempt.code).toBe('NOT_FOUND')
    expect(await intruderFiles()).toBe(folders)
  })

  test('every node type: the owner’s id is null from node and nodes, with no error, like an unknown id', async () => {
    const nodeTypes = Object.values(schema.getTypeMap())
      .filter(
        (t: any) => 'getInterfaces' in t && t.getInterfaces().some((i: any) => i.name === 'Node'),
      )
      .map((t) => t.name)
      .sort()
    expect(nodeTypes).toEqual([...nodeTypeNames].sort())
    // the question bank is shared by design (decision 040): a bank question is everyone's
    const shared = ['Question']
    for (const type of nodeTypes.filter((t) => !shared.includes(t))) {
      const theirs = owner.ids[idFor[type as NodeTypeName]]
      const query =
        'query ($ids: [ID!]!, $id: ID!) { node(id: $id) { id } nodes(ids: $ids) { id } }'
      const asOwners = await post(
        query,
        { id: theirs, ids: [theirs, unknownId(type as NodeTypeName)] },
        other.token,
      )
      expect(asOwners, type).toEqual({ data: { node: null, nodes: [null, null] } })
    }
  })

  test('the intruder’s lists hold none of the owner’s rows', async () => {
    const lists = await gqlData(
      server.url,
      '{ viewer { interviews { edges { node { id } } } jobDescriptions { edges { node { id } } } stories { edges { node { id } } } apiTokens { id } } }',
      {},
      other.token,
    )
    const text = JSON.stringify(lists)
    for (const id of Object.values(owner.ids)) expect(text).not.toContain(id)
  })

  test('afterwards the owner’s rows and recordings are exactly as they were, and their token works', async () => {
    const userId = Buffer.from(owner.ids.viewer, 'base64').toString().split(':')[1]!
    expect(await snapshot(database(), userId, server.dataDir)).toEqual(before)
    const me = await gqlData(server.url, '{ viewer { id } }', {}, owner.token)
    expect(me.viewer.id).toBe(owner.ids.viewer)
  })
})

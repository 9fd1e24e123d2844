import { createLogger } from 'graphql-yoga'
import { createEncoreYoga } from '../graphql/yoga.ts'
import { describeWithDatabases } from '../tests/setup/database.ts'
import { createInProcessGraphQL } from './in-process-graphql.ts'
import { createServices } from './services.ts'

describeWithDatabases("Remix's in-process GraphQL", (database) => {
  test("a loader sees the browser's viewer through the forwarded session cookie", async () => {
    const services = createServices({ db: database().prisma, config: { sessionTtlDays: 30 } })
    const yoga = createEncoreYoga({
      services,
      isProduction: false,
      introspection: false,
      graphiql: false,
      logger: createLogger('silent'),
    })
    const anonymous = createInProcessGraphQL(yoga, {})
    const signUp = await anonymous(
      'mutation($input: SignUpInput!) { signUp(input: $input) { ... on AuthSession { sessionToken viewer { id } } } }',
      { input: { email: 'loader@example.com', password: 'correct horse battery' } },
    )
    const { sessionToken, viewer } = signUp.data.signUp

    const asBrowser = createInProcessGraphQL(yoga, {
      cookie: `theme=dark; encore_session=${sessionToken}`,
    })
    expect(await asBrowser('{ viewer { id email } }')).toEqual({
      data: { viewer: { id: viewer.id, email: 'loader@example.com' } },
      errors: undefined,
    })
    expect((await anonymous('{ viewer { id } }')).data).toEqual({ viewer: null })
  })
})

describeWithDatabases("Remix's in-process rate limits", (database) => {
  test("each browser's in-process sign-ins count against its own address", async () => {
    const services = createServices({
      db: database().prisma,
      config: { sessionTtlDays: 30 },
      rateLimits: { signIn: { max: 1, windowMs: 60_000 } },
    })
    const yoga = createEncoreYoga({
      services,
      isProduction: false,
      introspection: false,
      graphiql: false,
      logger: createLogger('silent'),
    })
    const signIn = (clientIp: string) =>
      createInProcessGraphQL(yoga, { clientIp })(
        'mutation($input: SignInInput!) { signIn(input: $input) { ... on Error { code } } }',
        { input: { email: 'guess@example.com', password: 'wrong password!' } },
      ).then((result) => result.data.signIn.code)

    expect(await signIn('203.0.113.7')).toBe('INVALID_CREDENTIALS')
    expect(await signIn('203.0.113.7')).toBe('RATE_LIMITED')
    expect(await signIn('203.0.113.8')).toBe('INVALID_CREDENTIALS')
  })
})

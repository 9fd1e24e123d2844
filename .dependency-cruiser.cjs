// The import direction of docs/architecture.md, held by the linter:
// app → graphql → interview → scoring; prisma is data; server/ wires everything and nothing imports it.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'scoring-is-a-library',
      comment: 'scoring/ is the plugin SDK: it must stay usable without the app.',
      severity: 'error',
      from: { path: '^scoring/' },
      to: { path: '^(app|graphql|interview|prisma|server|tests|generated)/' },
    },
    {
      name: 'nothing-imports-server',
      comment: 'server/ is the composition root; only tests may start it.',
      severity: 'error',
      from: { path: '^(app|graphql|interview|scoring|prisma|examples)/' },
      to: { path: '^server/' },
    },
    {
      name: 'interview-knows-no-api',
      severity: 'error',
      from: { path: '^interview/' },
      to: { path: '^(app|graphql)/' },
    },
    {
      name: 'graphql-knows-no-ui',
      severity: 'error',
      from: { path: '^graphql/' },
      to: { path: '^app/' },
    },
    {
      name: 'app-reads-through-graphql',
      comment: 'Routes get data through GraphQL documents, never from the engine or the database.',
      severity: 'error',
      from: { path: '^app/' },
      to: { path: '^(interview|prisma|scoring|generated)/' },
    },
    {
      name: 'prisma-is-data',
      severity: 'error',
      from: { path: '^prisma/' },
      to: { path: '^(app|graphql|interview|scoring)/' },
    },
    {
      name: 'examples-use-the-sdk-entry',
      comment:
        'An example plugin imports the SDK only through scoring/index.ts, like a published one.',
      severity: 'error',
      from: { path: '^examples/' },
      to: { path: '^(app|graphql|interview|prisma|server)/|^scoring/(?!index\\.ts$)' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|build|public/build|data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
}

import type { CodegenConfig } from '@graphql-codegen/cli'

// The web app's documents are typed from the printed schema (decision 070). `npm run codegen`
// writes app/graphql/; `npm run typecheck` runs it with --check, so a stale file fails.
const config: CodegenConfig = {
  schema: 'graphql/schema.graphql',
  documents: ['app/**/*.{ts,tsx}', '!app/graphql/**'],
  ignoreNoDocuments: false,
  generates: {
    'app/graphql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        scalars: { DateTime: 'string', File: 'File' },
      },
    },
  },
}

export default config

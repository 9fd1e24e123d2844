import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: { '~': new URL('./app', import.meta.url).pathname },
  },
  test: {
    globals: true,
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: [
      'node_modules/**',
      'build/**',
      'public/build/**',
      'data/**',
      'examples/*/node_modules/**',
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})

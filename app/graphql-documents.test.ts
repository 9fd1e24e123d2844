import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { schema } from '../graphql/schema.ts'

// Pothos (external to vite) loads graphql's CommonJS build; vite would hand this file the ESM
// one, and graphql refuses a schema from "another realm". Take the same build as the schema.
const { parse, validate } = createRequire(import.meta.url)('graphql') as typeof import('graphql')

// The routes' documents are plain strings typed by hand; this keeps them honest against the
// schema the server actually serves, so a renamed field fails here rather than in a browser.
const appDir = path.dirname(new URL(import.meta.url).pathname)

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : []
  })
}

const documents = sourceFiles(appDir).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/\/\* GraphQL \*\/ `([^`]*)`/g)].map((match) => ({
    file: path.relative(appDir, file),
    source: match[1],
  })),
)

test('the web app has GraphQL documents to check', () => {
  expect(documents.length).toBeGreaterThanOrEqual(6)
})

test.each(documents.map((doc) => [`${doc.file}: ${doc.source.trim().split('\n')[0]}`, doc]))(
  '%s is valid against the schema',
  (_name, doc) => {
    const errors = validate(schema, parse(doc.source)).map((error) => error.message)
    expect(errors).toEqual([])
  },
)

import { readFileSync } from 'node:fs'
import { printSortedSchema } from './print-sorted-schema.ts'
import { schema } from './schema.ts'

test('the committed graphql/schema.graphql matches the schema (run `npm run schema` when it fails)', () => {
  const committed = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8')
  expect(committed).toBe(printSortedSchema(schema))
})

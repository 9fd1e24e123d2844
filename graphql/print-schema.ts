import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { printSortedSchema } from './print-sorted-schema.ts'
import { schema } from './schema.ts'

const target = fileURLToPath(new URL('./schema.graphql', import.meta.url))
writeFileSync(target, printSortedSchema(schema))
console.log(`Wrote ${target}`)

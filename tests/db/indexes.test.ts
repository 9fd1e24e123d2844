import { expect, test } from 'vitest'
import { describeWithDatabases } from '../setup/database.ts'

type Row = { table_name: string; column_name: string; indexed: boolean }

// A foreign key without an index makes every delete of its parent (a user's cascade above all)
// scan the child table, and every list of a parent's children scan it too.
describeWithDatabases('indexes', (database) => {
  test('every foreign key leads an index, so deleting a user and listing their things stay fast', async () => {
    const rows = await database().prisma.$queryRaw<Row[]>`
      SELECT c.conrelid::regclass::text AS table_name, a.attname AS column_name,
        EXISTS (
          SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1]
        ) AS indexed
      FROM pg_constraint c
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
      ORDER BY 1, 2`
    expect(rows.length).toBeGreaterThanOrEqual(16)
    expect(rows.filter((row) => !row.indexed)).toEqual([])
  })

  test('the lists the app shows are read through an index in their order', async () => {
    const rows = await database().prisma.$queryRaw<{ indexdef: string }[]>`
      SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'`
    const definitions = rows.map((row) => row.indexdef.replace(/^.* ON public\./, ''))
    expect(definitions).toEqual(
      expect.arrayContaining([
        'mock_interviews USING btree (user_id, created_at)',
        'star_stories USING btree (user_id, updated_at)',
        'api_tokens USING btree (user_id, created_at)',
        'job_descriptions USING btree (user_id, created_at)',
        'questions USING btree (competency, kind)',
        'mock_interview_exchanges USING btree (interview_id, "order")',
        'mock_interview_attempts USING btree (exchange_id, attempt_number)',
        'mock_interview_attempts USING btree (status, updated_at)',
      ]),
    )
  })
})

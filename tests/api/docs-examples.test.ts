// docs/api.md's examples, run as written: its ```bash blocks in order in one bash session (curl
// and jq), its ```js files beside them, against a running server with only $ENCORE_URL and $EMAIL.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { describeWithDatabases } from '../setup/database.ts'
import { startApiServer, uniqueEmail, type ApiServer } from './api-harness.ts'

const run = promisify(execFile)

async function examples() {
  const markdown = await readFile(path.resolve('docs/api.md'), 'utf8')
  const blocks = [...markdown.matchAll(/```(bash|js)\n([\s\S]*?)```/g)].map(([, lang, body]) => ({
    lang: lang!,
    body: body!,
  }))
  const files = blocks
    .filter((block) => block.lang === 'js')
    .map((block) => ({ name: block.body.match(/^\/\/ ([\w.-]+\.mjs)/)?.[1], body: block.body }))
  const script = blocks
    .filter((block) => block.lang === 'bash')
    .map((block, index) => `echo "--- example ${index + 1}" >&2\n${block.body}`)
    .join('\n')
  return { files, script }
}

describeWithDatabases('docs/api.md', (database) => {
  let server: ApiServer
  let dir: string

  beforeAll(async () => {
    server = await startApiServer(database())
    // Inside the repository, so that `import 'graphql-ws'` resolves as it would after npm install.
    dir = await mkdtemp(path.resolve('node_modules/.cache/docs-examples-'))
  }, 60_000)
  afterAll(async () => {
    await server?.stop()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  test('every example runs against the server and checks its own result', async () => {
    const { files, script } = await examples()
    expect(files.map((file) => file.name)).toEqual(['watch-scores.mjs'])
    for (const file of files) await writeFile(path.join(dir, file.name!), file.body)
    // the recording the upload example sends (any audio bytes: without Deepgram it waits)
    await writeFile(path.join(dir, 'answer.webm'), new Uint8Array(4096).fill(1))
    const { stdout } = await run('bash', ['-c', `set -euo pipefail\n${script}`], {
      cwd: dir,
      env: { ...process.env, ENCORE_URL: server.url, EMAIL: uniqueEmail('docs') },
      timeout: 60_000,
    }).catch((error: { stderr?: string; stdout?: string }) => {
      throw new Error(`An example failed:\n${error.stderr}\n${error.stdout?.slice(-2000)}`)
    })
    expect(script.split('--- example').length - 1).toBeGreaterThanOrEqual(12)
    expect(stdout).toContain('"COMPLETED"')
  }, 90_000)
})

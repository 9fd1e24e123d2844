import { launchChromium } from '../setup/browser.ts'
import { createTestDatabase } from '../setup/database.ts'
import { ensureRemixBuild } from '../e2e/remix-build.ts'
import { signUp, startInterview } from '../e2e/room-steps.ts'
import { startTestServer } from '../e2e/test-server.ts'
test('debug', async () => {
  ensureRemixBuild()
  const database = await createTestDatabase()
  const server = await startTestServer(database)
  const browser = await launchChromium()
  const page = await browser.context.newPage()
  page.on('console', (m) => console.log('CONSOLE', m.type(), m.text()))
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message))
  page.on('websocket', (ws) => { console.log('WS', ws.url()); ws.on('framesent', f => console.log('SENT', String(f.payload).slice(0,200))); ws.on('framereceived', f => console.log('RECV', String(f.payload).slice(0,200))) })
  page.on('response', (r) => { if (r.url().includes('graphql')) r.text().then(t => console.log('RESP', r.status(), t.slice(0, 300))) })
  await signUp(page, server.url, 'dbg@example.com')
  await startInterview(page, { mode: 'Typing' })
  await page.waitForTimeout(4000)
  console.log('STATE', await page.locator('[data-state]').getAttribute('data-state'))
  await page.screenshot({ path: 'test-results/debug.png', fullPage: true })
  await browser.close(); await server.close(); await database.close()
}, 120000)

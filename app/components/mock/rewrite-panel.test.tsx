import { renderToString } from 'react-dom/server'
import { RewritePanel } from './rewrite-panel'

const before =
  'I then added a daily spot check of ten locations, and the next quarterly count matched.'
const after = 'I then added a daily spot check of ten locations. The next quarterly count matched.'

const panel = (testId: string, html: string) =>
  new RegExp(`data-testid="${testId}"[^>]*>(.*?)</p>`).exec(html)![1]

test('a word only capitalised by the rewrite is not marked as added, and each side keeps its own casing', () => {
  const html = renderToString(<RewritePanel before={before} after={after} />)
  const added = [...panel('rewrite-after', html).matchAll(/<ins[^>]*>(.*?)<\/ins>/g)].map(
    (m) => m[1],
  )
  expect(added).toEqual(['.'])
  expect(panel('rewrite-after', html)).toContain('The next quarterly')
  expect(panel('rewrite-before', html)).toContain('the next quarterly')
  expect(panel('rewrite-before', html)).toMatch(/<del[^>]*>, and<\/del>/)
})

test('with no rewrite the panel says so', () => {
  expect(renderToString(<RewritePanel before={before} after={null} />)).toContain(
    'No rewrite for this attempt.',
  )
})

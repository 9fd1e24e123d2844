// The CI audit step (.ci/audit.ts) fails only on a high finding nobody explained.
import { advisoriesUnavailable, unexplainedFindings, type AuditReport } from '../../.ci/audit.ts'

const report: AuditReport = {
  vulnerabilities: {
    'left-pad': {
      severity: 'high',
      via: [
        { source: 1, url: 'https://github.com/advisories/GHSA-aaaa', title: 'Prototype pollution' },
      ],
    },
    tiny: { severity: 'moderate', via: [{ url: 'https://github.com/advisories/GHSA-bbbb' }] },
    wrapper: { severity: 'high', via: ['left-pad'] },
  },
}

test('a high finding fails the step until the allowlist explains it', () => {
  expect(unexplainedFindings(report, [])).toEqual([
    'left-pad: https://github.com/advisories/GHSA-aaaa (Prototype pollution)',
  ])
  expect(
    unexplainedFindings(report, [
      {
        package: 'left-pad',
        advisory: 'https://github.com/advisories/GHSA-aaaa',
        reason: 'only reached from the eval CLI, never with user input',
      },
    ]),
  ).toEqual([])
})

test('a registry without the advisory database is reported, not failed', () => {
  expect(advisoriesUnavailable({}, 'npm warn audit 405 Method Not Allowed')).toBe(true)
  expect(advisoriesUnavailable(report, '')).toBe(false)
  expect(advisoriesUnavailable({ error: { summary: 'ECONNRESET' } }, '')).toBe(false)
})

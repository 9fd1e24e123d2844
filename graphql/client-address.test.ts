import express from 'express'
import { clientAddressOf } from './client-address.ts'

function upgradeFrom(peer: string, forwardedFor?: string) {
  return {
    socket: { remoteAddress: peer },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  } as Parameters<typeof clientAddressOf>[0]
}

/** Express's own compiled rule for a TRUST_PROXY value. */
function trustRule(setting: boolean | number) {
  const app = express()
  app.set('trust proxy', setting)
  return app.get('trust proxy fn')
}

test('without TRUST_PROXY the address is the peer, whatever the client forwards', () => {
  expect(clientAddressOf(upgradeFrom('10.0.0.2', '203.0.113.9'), trustRule(false))).toBe('10.0.0.2')
})

test('with TRUST_PROXY=true the address is the first one forwarded', () => {
  const request = upgradeFrom('10.0.0.2', '203.0.113.9, 198.51.100.3')
  expect(clientAddressOf(request, trustRule(true))).toBe('203.0.113.9')
})

test('with one trusted hop, an address the client forged in front is not believed', () => {
  const request = upgradeFrom('10.0.0.2', '203.0.113.9, 198.51.100.3')
  expect(clientAddressOf(request, trustRule(1))).toBe('198.51.100.3')
})

test('a trusted proxy that forwards nothing leaves the peer', () => {
  expect(clientAddressOf(upgradeFrom('10.0.0.2'), trustRule(true))).toBe('10.0.0.2')
})

/**
 * Security headers (helmet) and the per-request CSP nonce (decision 064). The policy lets the
 * Remix app run and nothing else: its scripts from this origin plus the inline ones Remix writes
 * (each carries this request's nonce: root.tsx's <Scripts>/<ScrollRestoration>, entry.server's
 * stream), graphql-ws on this origin's host, recordings and the microphone as blob:/mediastream:,
 * the local avatar (speechSynthesis needs no host), and Deepgram's and HeyGen's hosts only when
 * their keys are set. HSTS only when the request came over HTTPS (`req.secure`, which honours
 * TRUST_PROXY's X-Forwarded-Proto). /graphql keeps every header but the CSP: GraphiQL (in
 * development) loads from a CDN, and a JSON response runs nothing.
 */
import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { RequestHandler } from 'express'
import helmet from 'helmet'

export type ExternalServices = { deepgram: boolean; heygen: boolean }

/** The hosts a browser talks to for each configured service (docs/integrations.md). */
export const externalConnectSources: Record<keyof ExternalServices, string[]> = {
  // live transcription: the browser streams to Deepgram with a short-lived token
  deepgram: ['https://api.deepgram.com', 'wss://api.deepgram.com'],
  // the streaming avatar SDK calls HeyGen, then joins a LiveKit room HeyGen names
  heygen: ['https://api.heygen.com', 'https://*.livekit.cloud', 'wss://*.livekit.cloud'],
}

type Res = ServerResponse & { locals?: Record<string, unknown> }

export function cspNonceOf(res: { locals?: Record<string, unknown> }): string {
  return typeof res.locals?.cspNonce === 'string' ? res.locals.cspNonce : ''
}

export function securityHeaders({
  services,
  graphqlPath,
}: {
  services: ExternalServices
  graphqlPath: string
}): RequestHandler[] {
  const external = (Object.keys(externalConnectSources) as (keyof ExternalServices)[]).flatMap(
    (service) => (services[service] ? externalConnectSources[service] : []),
  )
  const nonce = (_req: IncomingMessage, res: ServerResponse) => `'nonce-${cspNonceOf(res as Res)}'`

  const common = {
    // set below, only over HTTPS
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'same-origin' as const },
    xFrameOptions: { action: 'deny' as const },
  }
  const withCsp = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // 'wasm-unsafe-eval' compiles WebAssembly (the room's voice-activity model runs on
        // onnxruntime-web) without allowing eval() of JavaScript
        scriptSrc: ["'self'", nonce, "'wasm-unsafe-eval'"],
        // Tailwind is a stylesheet; React's style={} attributes need inline styles
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        mediaSrc: ["'self'", 'blob:', 'mediastream:'],
        connectSrc: ["'self'", sameHostSockets, ...external],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  })
  const withoutCsp = helmet({ ...common, contentSecurityPolicy: false })
  const hsts = helmet.strictTransportSecurity({ maxAge: 365 * 24 * 60 * 60 })

  return [
    (_req, res, next) => {
      res.locals.cspNonce = randomBytes(16).toString('base64')
      next()
    },
    (req, res, next) =>
      req.path === graphqlPath || req.path.startsWith(`${graphqlPath}/`)
        ? withoutCsp(req, res, next)
        : withCsp(req, res, next),
    (req, res, next) => (req.secure ? hsts(req, res, next) : next()),
  ]
}

/** graphql-ws on this page's own host: ws: over HTTP, wss: over HTTPS ('self' covers it only in CSP3 browsers). */
function sameHostSockets(req: IncomingMessage): string {
  const host = req.headers.host ?? ''
  // a Host header is the client's own: keep it to what a host and port can be
  if (!/^[\w.-]+(:\d+)?$|^\[[\da-f:.]+\](:\d+)?$/i.test(host)) return "'self'"
  const secure = (req as IncomingMessage & { secure?: boolean }).secure === true
  return `${secure ? 'wss' : 'ws'}://${host}`
}

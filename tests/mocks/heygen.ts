/**
 * A fake of HeyGen's Interactive Avatar streaming REST API: the session token
 * (`/v1/streaming.create_token`), `streaming.new`, `streaming.start`, `streaming.task`
 * and `streaming.stop`. Sessions it created are tracked so that a test sees what is open.
 */
import { http, HttpResponse, type JsonBodyType } from 'msw'
import { createServiceMock, faultResponse, type ServiceMock } from './scenario.ts'

export interface HeygenMock extends ServiceMock {
  /** ids of sessions created and not yet stopped */
  readonly openSessions: Set<string>
  /** the text of every talk task, by session id */
  readonly spoken: Map<string, string[]>
}

export const heygen: HeygenMock = Object.assign(
  createServiceMock(() => {
    heygen.openSessions.clear()
    heygen.spoken.clear()
  }),
  { openSessions: new Set<string>(), spoken: new Map<string, string[]>() },
)

type Body = Record<string, unknown> | undefined

function route(path: string, success: (body: Body) => JsonBodyType) {
  return http.post(`https://api.heygen.com/v1/${path}`, async ({ request }) => {
    const scenario = await heygen.next(request)
    if (scenario === 'malformed') {
      return new HttpResponse('<html><body>502 Bad Gateway</body></html>', {
        headers: { 'content-type': 'application/json' },
      })
    }
    if (scenario !== 'success') {
      const fault = await faultResponse(scenario, heygen, (status, message) => ({
        code: status === 401 ? 400112 : status,
        message,
      }))
      if (fault) return fault
    }
    const body = heygen.requests.at(-1)?.body as Body
    const sessionId = body?.session_id
    if (
      path !== 'streaming.create_token' &&
      path !== 'streaming.new' &&
      !heygen.openSessions.has(String(sessionId))
    ) {
      return HttpResponse.json(
        { code: 400, message: `Session ${String(sessionId)} not found` },
        { status: 400 },
      )
    }
    return HttpResponse.json(success(body))
  })
}

export const heygenHandlers = [
  route('streaming.create_token', () => ({
    error: null,
    data: { token: `hg-session-${crypto.randomUUID()}` },
  })),
  route('streaming.new', () => {
    const sessionId = crypto.randomUUID()
    heygen.openSessions.add(sessionId)
    return {
      code: 100,
      message: 'success',
      data: {
        session_id: sessionId,
        access_token: `livekit-${sessionId}`,
        url: 'wss://heygen-feapbkvq.livekit.cloud',
        is_paid: false,
        session_duration_limit: 600,
      },
    }
  }),
  route('streaming.start', () => ({ code: 100, message: 'success', data: null })),
  route('streaming.task', (body) => {
    const id = String(body?.session_id)
    const text = String(body?.text ?? '')
    heygen.spoken.set(id, [...(heygen.spoken.get(id) ?? []), text])
    return {
      code: 100,
      message: 'success',
      data: { duration_ms: text.length * 60, task_id: crypto.randomUUID() },
    }
  }),
  route('streaming.stop', (body) => {
    heygen.openSessions.delete(String(body?.session_id))
    return { code: 100, message: 'success', data: null }
  }),
]

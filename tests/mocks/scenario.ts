/**
 * What a faked third-party API does with its next request. A test scripts a sequence
 * (`openai.script('429', '429', 'success')`); once the script runs out, requests succeed.
 */
import { delay, HttpResponse } from 'msw'

export type Scenario = 'success' | 'slow' | '401' | '429' | '500' | 'malformed'

export interface RecordedRequest {
  method: string
  url: URL
  headers: Headers
  /** parsed JSON when the body was JSON, the raw bytes' length otherwise */
  body: unknown
  bytes: number
  at: number
}

export interface ServiceMock {
  /** the scenarios for the next requests, in order; afterwards every request succeeds */
  script(...scenarios: Scenario[]): void
  /** every request the fake received, in order */
  readonly requests: RecordedRequest[]
  /** how long a `slow` response takes, in ms (longer than the tests' client timeouts) */
  slowMs: number
  reset(): void
  /** records `request` and returns the scenario it gets */
  next(request: Request): Promise<Scenario>
}

/** `onReset` restores the service's own settings (its reply, headers) between tests. */
export function createServiceMock(onReset: () => void = () => {}): ServiceMock {
  let queue: Scenario[] = []
  const requests: RecordedRequest[] = []
  return {
    requests,
    slowMs: 2_000,
    script(...scenarios) {
      queue = [...scenarios]
    },
    reset() {
      queue = []
      requests.length = 0
      this.slowMs = 2_000
      onReset()
    },
    async next(request) {
      const raw = new Uint8Array(await request.arrayBuffer())
      const text = new TextDecoder().decode(raw)
      let body: unknown = undefined
      if ((request.headers.get('content-type') ?? '').includes('json') && text)
        body = JSON.parse(text)
      requests.push({
        method: request.method,
        url: new URL(request.url),
        headers: request.headers,
        body,
        bytes: raw.byteLength,
        at: performance.now(),
      })
      return queue.shift() ?? 'success'
    },
  }
}

/** The shared fault responses; `success` and `malformed` are each service's own. */
export async function faultResponse(
  scenario: Exclude<Scenario, 'success' | 'malformed'>,
  mock: ServiceMock,
  errorBody: (status: number, message: string) => Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<HttpResponse<any> | undefined> {
  if (scenario === 'slow') {
    await delay(mock.slowMs)
    return undefined
  }
  const status = Number(scenario)
  const message = { 401: 'Invalid credentials', 429: 'Too many requests', 500: 'Internal error' }[
    status
  ]
  return HttpResponse.json(errorBody(status, message ?? 'error'), { status, headers })
}

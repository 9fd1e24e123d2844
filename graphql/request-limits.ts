/**
 * Request size limits, checked from the headers before Yoga reads a byte of the body: a
 * multipart upload (one answer recording, audio/* at most 25 MB) may be 26 MB in all, anything
 * else 2 MB (a 10,000-character answer with its word timings is well under 1 MB). A body of
 * unknown length (chunked) is refused with 411: every client we document sends Content-Length.
 * Requests from the in-process executor (Remix loaders, no socket) are ours and skip the check.
 */
import type { Plugin } from 'graphql-yoga'

export const maxAudioBytes = 25 * 1024 * 1024
export const maxMultipartBytes = maxAudioBytes + 1024 * 1024
export const maxJsonBytes = 2 * 1024 * 1024

export function useRequestLimits(): Plugin {
  return {
    onRequest({ request, fetchAPI, endResponse, serverContext }) {
      // Only bodies from the network: the in-process executor (Remix) builds its own in memory.
      if (request.method !== 'POST' || !(serverContext as { req?: unknown } | undefined)?.req)
        return
      const multipart = (request.headers.get('content-type') ?? '').startsWith('multipart/')
      const limit = multipart ? maxMultipartBytes : maxJsonBytes
      const length = request.headers.get('content-length')
      const problem =
        length === null
          ? request.body
            ? { status: 411, message: 'Send a Content-Length header with the request body.' }
            : null
          : Number(length) > limit
            ? {
                status: 413,
                message: multipart
                  ? 'The upload is too large: send one audio recording of at most 25 MB.'
                  : `The request body is too large: at most ${limit / 1024 / 1024} MB.`,
              }
            : null
      if (!problem) return
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({
            errors: [{ message: problem.message, extensions: { code: 'REQUEST_TOO_LARGE' } }],
          }),
          { status: problem.status, headers: { 'content-type': 'application/json' } },
        ),
      )
    },
  }
}

// RFC 9457 problem details (application/problem+json) for the public API, and the one wrapper every
// /api/v1 route handler goes through: input errors are 400s naming the parameter, AppErrors keep
// their status, anything else is logged and answered with a 500 that reveals nothing.
import { cachedData } from '../cache/read'
import { ALL_CACHE_TAGS } from '../cache/tags'
import { AppError, HTTP_STATUS, isAppError } from '../errors'
import { corsHeaders, replayResponse, storeResponse } from './http'

export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

/** One rejected query parameter: its name and why. */
export type InvalidParam = { name: string; reason: string }

export type Problem = {
  type: string
  title: string
  status: number
  detail?: string
  invalidParams?: InvalidParam[]
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthenticated',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  429: 'Too many requests',
  500: 'Internal server error',
}

/** A bad request: thrown by the parameter parser, answered as 400 naming each bad parameter. */
export class InvalidParamsError extends Error {
  constructor(readonly params: InvalidParam[]) {
    super(params.map((p) => `${p.name}: ${p.reason}`).join('; '))
    this.name = 'InvalidParamsError'
  }
}

export function problemResponse(
  problem: Omit<Problem, 'type' | 'title'> & { title?: string },
  init?: { headers?: HeadersInit },
): Response {
  const body: Problem = { type: 'about:blank', title: problem.title ?? TITLES[problem.status] ?? 'Error', ...problem }
  const headers = new Headers(init?.headers)
  headers.set('Content-Type', PROBLEM_CONTENT_TYPE)
  headers.set('Cache-Control', 'no-store')
  for (const [key, value] of Object.entries(corsHeaders())) headers.set(key, value)
  return new Response(JSON.stringify(body), { status: problem.status, headers })
}

/** Maps a thrown value to a problem response; unexpected errors are logged and become a bare 500. */
export function errorToProblem(error: unknown, context: string): Response {
  if (error instanceof InvalidParamsError) {
    return problemResponse({
      status: 400,
      detail: `Invalid query parameter(s): ${error.message}`,
      invalidParams: error.params,
    })
  }
  if (isAppError(error)) {
    return problemResponse({ status: HTTP_STATUS[error.code], detail: error.message })
  }
  console.error(`[api] ${context} failed:`, error instanceof Error ? (error.stack ?? error.message) : error)
  return problemResponse({ status: 500, detail: 'The server could not answer this request.' })
}

/**
 * Wraps a route handler: whatever it throws becomes a problem response. The context names the
 * endpoint in the server log. GET and HEAD answers are public and the same for everyone, so they come
 * from Next's data cache, keyed by path and query and tagged with everything public (invalidated on
 * any write, docs/decisions/010-public-cache.md); the handler sees a plain GET without conditional
 * headers, and the 304 and HEAD answers are made from the stored response.
 */
export function apiHandler<A extends unknown[]>(
  context: string,
  handler: (request: Request, ...rest: A) => Promise<Response>,
): (request: Request, ...rest: A) => Promise<Response> {
  return async (request, ...rest) => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') return await handler(request, ...rest)
      const url = new URL(request.url)
      const stored = await cachedData(['api', context, url.pathname + url.search], ALL_CACHE_TAGS, async () =>
        storeResponse(await handler(new Request(url), ...rest)),
      )
      return replayResponse(request, stored)
    } catch (error) {
      return errorToProblem(error, context)
    }
  }
}

export { AppError }

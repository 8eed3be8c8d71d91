// HTTP caching and CORS for the public API, feeds and exports: a strong ETag computed from the body,
// Last-Modified where the data has a date, Cache-Control, 304 on a matching If-None-Match (or, without
// one, on an If-Modified-Since not older than Last-Modified), and CORS open for GET.
import { createHash } from 'node:crypto'

/**
 * Public data, like the public pages (next.config.js): shared caches may keep it a minute and serve it
 * stale ten more while they refresh; browsers revalidate with the ETag (a cheap 304).
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=600'

export function corsHeaders(): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': 'ETag, Last-Modified, Content-Disposition, Link',
  }
}

/** The answer to a CORS preflight (OPTIONS): GET and HEAD from anywhere, with the conditional headers. */
export function preflightResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders(),
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      'Access-Control-Allow-Headers': 'Accept, If-None-Match, If-Modified-Since',
      'Access-Control-Max-Age': '86400',
      Allow: 'GET, HEAD, OPTIONS',
    },
  })
}

/** A strong entity tag for a representation (its bytes and content type). */
export function etagOf(body: string | Uint8Array, contentType: string): string {
  const hash = createHash('sha256').update(contentType).update('\n').update(body).digest('base64url')
  return `"${hash.slice(0, 32)}"`
}

/** RFC 9110 weak comparison of an If-None-Match header against our ETag ("*" matches anything). */
export function ifNoneMatchMatches(header: string | null, etag: string): boolean {
  if (header === null) return false
  const wanted = etag.replace(/^W\//, '')
  return header
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => tag === '*' || tag.replace(/^W\//, '') === wanted)
}

/** HTTP dates have whole seconds. */
function toHttpDate(date: Date): string {
  return new Date(Math.floor(date.getTime() / 1000) * 1000).toUTCString()
}

function notModifiedSince(header: string | null, lastModified: Date | undefined): boolean {
  if (header === null || lastModified === undefined) return false
  const since = Date.parse(header)
  if (Number.isNaN(since)) return false
  return Math.floor(lastModified.getTime() / 1000) * 1000 <= since
}

export type CachedResponseOptions = {
  contentType: string
  /** When the data behind the response last changed (absent: no Last-Modified). */
  lastModified?: Date
  cacheControl?: string
  headers?: Record<string, string>
}

/**
 * A 200 with caching headers, or a 304 when the client already holds this representation. HEAD
 * requests get the headers without the body.
 */
export function cachedResponse(request: Request, body: string | Uint8Array, options: CachedResponseOptions): Response {
  const etag = etagOf(body, options.contentType)
  const headers: Record<string, string> = {
    ...corsHeaders(),
    'Cache-Control': options.cacheControl ?? PUBLIC_CACHE_CONTROL,
    ETag: etag,
    Vary: 'Accept-Encoding',
    ...(options.lastModified ? { 'Last-Modified': toHttpDate(options.lastModified) } : {}),
  }
  const ifNoneMatch = request.headers.get('if-none-match')
  const notModified =
    ifNoneMatch !== null
      ? ifNoneMatchMatches(ifNoneMatch, etag)
      : notModifiedSince(request.headers.get('if-modified-since'), options.lastModified)
  if (notModified) return new Response(null, { status: 304, headers })
  const payload = request.method === 'HEAD' ? null : typeof body === 'string' ? body : new Uint8Array(body)
  return new Response(payload, {
    status: 200,
    headers: { ...headers, 'Content-Type': options.contentType, ...options.headers },
  })
}

/** JSON with caching headers (pretty-printed: people read it too). */
export function jsonResponse(
  request: Request,
  data: unknown,
  options: Omit<CachedResponseOptions, 'contentType'> = {},
): Response {
  return cachedResponse(request, JSON.stringify(data, null, 2), {
    ...options,
    contentType: 'application/json; charset=utf-8',
  })
}

/** A response as the server's cache stores it (lib/open-data/problem.ts): JSON-safe, the body's exact bytes in base64. */
export type StoredResponse = { status: number; headers: [string, string][]; base64Body: string }

export async function storeResponse(response: Response): Promise<StoredResponse> {
  return {
    status: response.status,
    headers: [...response.headers],
    base64Body: Buffer.from(await response.arrayBuffer()).toString('base64'),
  }
}

/** A stored response answered to this request: a 304 when the client holds it, no body for HEAD. */
export function replayResponse(request: Request, stored: StoredResponse): Response {
  const headers = new Headers(stored.headers)
  const etag = headers.get('etag')
  if (stored.status === 200 && etag) {
    const lastModified = headers.get('last-modified')
    const ifNoneMatch = request.headers.get('if-none-match')
    const notModified =
      ifNoneMatch !== null
        ? ifNoneMatchMatches(ifNoneMatch, etag)
        : notModifiedSince(request.headers.get('if-modified-since'), lastModified ? new Date(lastModified) : undefined)
    if (notModified) {
      headers.delete('content-type')
      headers.delete('content-disposition')
      return new Response(null, { status: 304, headers })
    }
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(Buffer.from(stored.base64Body, 'base64')), {
    status: stored.status,
    headers,
  })
}

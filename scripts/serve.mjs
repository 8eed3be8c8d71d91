// The HTTP server `npm start` runs: Next's request handler behind a few lines of our own
// (docs/decisions/011-production-defaults.md). Plain JavaScript, so no TypeScript loader sits in the
// serving process.
//   1. Next is told its address is "localhost" whatever interface we bind. Next turns 127.0.0.1 into
//      "localhost" inside the proxy (middleware) but not in its own base URL, so every next-intl
//      rewrite looked external and localised paths looped (307 to themselves) when bound to 127.0.0.1.
//   2. The client's address and scheme are worked out here, from the socket and the proxies that
//      TRUST_PROXY names, and handed to the app in x-crm-client-ip / x-crm-client-proto. Whatever the
//      client sent in those, and in X-Forwarded-* from an untrusted peer, is dropped.
//   3. Cookies get `Secure` whenever the client reached the site over https (SITE_URL is https, or a
//      trusted proxy says so).
//   4. A submission larger than Next's server-action limit gets a 413 page in the path's language
//      (Next answered it with a bare 500, and its proxy does not see the request's length).
//   5. A burst is queued, not let through: at most SERVE_MAX_IN_FLIGHT requests are inside Next, the
//      rest wait their turn or get a 503 with Retry-After (lib/server/admission.mjs).
//   6. A 5xx caused by the database being unreachable becomes a 503 "temporarily unavailable" page
//      with Retry-After (lib/server/hold-response.mjs); pages already in the cache are still served
//      from it, stale, by Next.
//   7. A 404 that Next leaves as an empty document gets its localised body (lib/server/not-found-body.mjs).
import http from 'node:http'
import { CLIENT_IP_HEADER, CLIENT_PROTO_HEADER, parseTrustProxy, resolveClient } from '../lib/auth/trust-proxy.mjs'
import { admissionLimitsFromEnv, createAdmission } from '../lib/server/admission.mjs'
import { createDatabaseProbe } from '../lib/server/database-probe.mjs'
import { holdResponse } from '../lib/server/hold-response.mjs'
import { completeNotFound } from '../lib/server/not-found-body.mjs'
import { localeOfPath, plainPage, requestErrors, sendResponse, unavailableResponse } from '../lib/server/plain-page.mjs'
// Next's server-action body limit too (next.config.js).
import { MAX_REQUEST_BYTES } from '../lib/server/request-limits.cjs'

process.env.NODE_ENV = 'production'
const port = Number(process.env.PORT || 3000)
const host = process.env.HOSTNAME || '127.0.0.1'
const trust = parseTrustProxy(process.env.TRUST_PROXY)
const siteIsHttps = (process.env.SITE_URL ?? '').startsWith('https:')

/** An address this process can reach itself at (Next fetches a server action's redirect target there). */
function selfOrigin() {
  const connectable = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host
  return `http://${connectable.includes(':') ? `[${connectable}]` : connectable}:${port}`
}

/** How long clients are asked to wait before retrying a 503: busy, or the database unreachable. */
const RETRY_AFTER_BUSY_SECONDS = 5
const RETRY_AFTER_DATABASE_SECONDS = 30
/** Answered even when the server is saturated: a load balancer must see the instance alive. */
const UNQUEUED_PATHS = ['/api/health/live', '/api/health/ready', '/api/health']

/**
 * Up to this size, a refused body is read to its end before the connection is reused or closed: a client
 * still sending (a browser uploading a large file) then reads the 413 page instead of a connection reset.
 * Beyond it the connection is closed at once (the request timeout bounds a slow sender in any case).
 */
const MAX_DRAINED_BYTES = 32 * 1024 * 1024

/** The 413 page; the request's body is read and dropped so the client gets the answer. */
function refuseTooLarge(req, res) {
  const locale = localeOfPath(req.url)
  const t = requestErrors(locale)
  const body = plainPage({
    locale,
    title: t.tooLargeTitle,
    text: t.tooLarge,
    link: { href: (req.url ?? '/').split('?')[0], text: t.back },
  })
  req.resume()
  // "Connection: close" would close the socket as soon as the answer is sent, while the client may still be
  // sending: it would see EPIPE or a reset, not this page. Below the cap, the body is drained first.
  const drain = Number(req.headers['content-length'] ?? 0) <= MAX_DRAINED_BYTES
  res.writeHead(413, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    ...(drain ? {} : { Connection: 'close' }),
  })
  res.end(body)
}

const FORWARDING_HEADERS = [
  'x-forwarded-for',
  'x-forwarded-proto',
  'x-forwarded-host',
  'x-forwarded-port',
  'x-real-ip',
  'forwarded',
]

function withSecure(cookie) {
  return /;\s*secure\s*(;|$)/i.test(cookie) ? cookie : `${cookie}; Secure`
}

function secureCookies(value) {
  if (Array.isArray(value)) return value.map((cookie) => withSecure(String(cookie)))
  return typeof value === 'string' ? withSecure(value) : value
}

/** Adds `Secure` to every Set-Cookie of this response, however Next writes it. */
function forceSecureCookies(res) {
  const setHeader = res.setHeader.bind(res)
  res.setHeader = (name, value) =>
    setHeader(name, String(name).toLowerCase() === 'set-cookie' ? secureCookies(value) : value)
  const appendHeader = res.appendHeader.bind(res)
  res.appendHeader = (name, value) =>
    appendHeader(name, String(name).toLowerCase() === 'set-cookie' ? secureCookies(value) : value)
  const writeHead = res.writeHead.bind(res)
  res.writeHead = (status, ...rest) => {
    const headers = rest.find((arg) => arg && typeof arg === 'object')
    if (headers && !Array.isArray(headers)) {
      for (const key of Object.keys(headers))
        if (key.toLowerCase() === 'set-cookie') headers[key] = secureCookies(headers[key])
    }
    return writeHead(status, ...rest)
  }
}

async function main() {
  process.env.__NEXT_PRIVATE_ORIGIN = selfOrigin()
  const { default: next } = await import('next')
  const app = next({ dev: false, dir: process.cwd(), hostname: 'localhost', port })
  await app.prepare()
  const handle = app.getRequestHandler()
  const admission = createAdmission(admissionLimitsFromEnv(process.env))
  const databaseReachable = createDatabaseProbe(process.env.DATABASE_URL)
  const server = http.createServer(async (req, res) => {
    if (req.method === 'POST' && Number(req.headers['content-length'] ?? 0) > MAX_REQUEST_BYTES)
      return refuseTooLarge(req, res)
    const client = resolveClient({
      remoteAddress: req.socket.remoteAddress,
      forwardedFor: req.headers['x-forwarded-for'],
      forwardedProto: req.headers['x-forwarded-proto'],
      encrypted: false,
      trust,
    })
    if (!client.peerTrusted) for (const name of FORWARDING_HEADERS) delete req.headers[name]
    req.headers[CLIENT_IP_HEADER] = client.ip
    req.headers[CLIENT_PROTO_HEADER] = client.proto
    if (siteIsHttps || client.proto === 'https') forceSecureCookies(res)
    const path = (req.url ?? '').split('?')[0]
    const isHealth = UNQUEUED_PATHS.includes(path)
    holdResponse(res, {
      // Health answers keep their own 503 JSON: they report the database, they are not pages.
      hold: (status) => status === 404 || (status >= 500 && !isHealth),
      settle: async ({ status, headers, body }) => {
        if (status === 404) {
          return completeNotFound(
            { url: req.url, contentType: headers['content-type'], contentEncoding: headers['content-encoding'] },
            body,
          )
        }
        if (await databaseReachable()) return null
        return unavailableResponse(req.url, { reason: 'database', retryAfterSeconds: RETRY_AFTER_DATABASE_SECONDS })
      },
    })
    if (!isHealth) {
      const release = await admission.enter()
      if (!release)
        return sendResponse(
          req,
          res,
          unavailableResponse(req.url, { reason: 'busy', retryAfterSeconds: RETRY_AFTER_BUSY_SECONDS }),
        )
      // A client that gave up while queued has already closed: its turn is over.
      if (res.destroyed) return release()
      res.once('close', release)
    }
    handle(req, res).catch((error) => {
      console.error('[serve] unhandled error', error)
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
      res.end()
    })
  })
  server.listen(port, host, () => {
    const shown = host.includes(':') ? `[${host}]` : host
    console.info(`[serve] listening on http://${shown}:${port} (public origin ${process.env.SITE_URL ?? 'unset'})`)
  })
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      server.close(() => process.exit(0))
      setTimeout(() => process.exit(0), 5_000).unref()
    })
  }
}

main().catch((error) => {
  console.error(`[serve] cannot start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})

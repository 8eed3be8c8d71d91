// @ts-check
// CommonJS because package.json has no "type": "module".
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS config file
const createNextIntlPlugin = require('next-intl/plugin')

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS config file
const { MAX_REQUEST_BYTES } = require('./lib/server/request-limits.cjs')

const isProduction = process.env.NODE_ENV === 'production'

// Next needs inline bootstrap scripts ('unsafe-inline'); React's dev tooling also needs eval, so
// 'unsafe-eval' is allowed in development only.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isProduction ? '' : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ')

/** @type {{ key: string, value: string }[]} */
const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  // Browsers ignore HSTS on plain-http origins, so sending it from a local production build is harmless.
  ...(isProduction ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
]

// HTTP caching (docs/decisions/010-public-cache.md). Public pages: shared caches (nginx, a CDN) may keep
// them a minute and serve them stale for ten more while they refresh; browsers revalidate. The server's
// own cache is invalidated exactly on every write, so these numbers only bound what a proxy shows late.
const PUBLIC_PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=600'
// Pages that depend on the session (and the auth API): never stored anywhere.
const PRIVATE_CACHE_CONTROL = 'private, no-store'
// First path segments of those pages, in both locales (i18n/routing.ts).
// The proposal form (a signed, per-request timestamp) and a proposer's status page (a private link) too.
const privateSegments = [
  'gestion',
  'manage',
  'acceso',
  'sign-in',
  'restablecer-contrasena',
  'reset-password',
  'proponer',
  'propose',
  'propuesta',
  'proposal',
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  // NEXT_DIST_DIR lets two builds share a working tree (e.g. a developer's and the browser tests').
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', '@prisma/schema-engine-wasm'],
  experimental: {
    isrFlushToDisk: false,
    // lib/server/request-limits.cjs says why 3 MB.
    serverActions: { bodySizeLimit: MAX_REQUEST_BYTES },
  },
  // The ISR cache lives in memory only: a restarted server (e.g. on another database) never serves
  // pages rendered before it started, and several instances never share files.
  cacheMaxMemorySize: 256 * 1024 * 1024,
  // Cached pages are refreshed after an hour at most (app/[locale]/layout.tsx) and may be served stale
  // for a day while they refresh — also while the database is down.
  expireTime: 86400,
  async headers() {
    const cacheControl = (value) => [{ key: 'Cache-Control', value }]
    return [
      { source: '/:path*', headers: securityHeaders },
      // Later rules override earlier ones for the same header.
      { source: '/:locale(es|en)', headers: cacheControl(PUBLIC_PAGE_CACHE_CONTROL) },
      { source: '/:locale(es|en)/:path*', headers: cacheControl(PUBLIC_PAGE_CACHE_CONTROL) },
      { source: '/:file(sitemap.xml|robots.txt)', headers: cacheControl(PUBLIC_PAGE_CACHE_CONTROL) },
      {
        source: `/:locale(es|en)/:section(${privateSegments.join('|')})/:path*`,
        headers: cacheControl(PRIVATE_CACHE_CONTROL),
      },
      { source: '/api/auth/:path*', headers: cacheControl(PRIVATE_CACHE_CONTROL) },
    ]
  },
}

module.exports = withNextIntl(nextConfig)

import createMiddleware from 'next-intl/middleware'
import { NextResponse, type NextRequest } from 'next/server'
import { routing } from './i18n/routing'
import { isWellFormedPath } from './lib/i18n/well-formed-path'
import { badPathResponse } from './lib/i18n/request-error-page'
import { CATALOGUE_VIEW_SEGMENT, catalogueViewKey, normalisedCatalogueQuery } from './lib/practices/catalogue-view-key'

const intl = createMiddleware(routing)

// Locale negotiation and localised pathnames, and one guard against 500s from input: a path that does
// not decode (a malformed percent-encoding such as %C3%28, or a %25 that next-intl would decode into a
// bare "%") never reaches a page or route handler (scripts/serve.mjs refuses oversized submissions). Never the security boundary: authorisation lives in the data layer and the
// server actions.
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (!isWellFormedPath(pathname)) {
    if (pathname.startsWith('/api/')) {
      return NextResponse.json(
        {
          type: 'about:blank',
          title: 'Bad request',
          status: 400,
          detail: 'The path is not a valid percent-encoded UTF-8 path.',
        },
        { status: 400, headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' } },
      )
    }
    return badPathResponse(pathname)
  }
  // API routes and files (favicon.ico, robots.txt…) need no locale.
  if (pathname.startsWith('/api/') || pathname === '/api' || pathname.includes('.')) return NextResponse.next()
  return catalogueView(request) ?? intl(request)
}

/** The catalogue's public paths, by locale (i18n/routing.ts). */
const CATALOGUE_PATHS = new Map<string, string>(
  routing.locales.map((locale) => [`/${locale}${routing.pathnames['/practices'][locale]}`, locale]),
)

/**
 * The catalogue is served from Next's cache, one entry per view: its URL is rewritten to the internal
 * route of its normalised view (lib/practices/catalogue-view-key.ts). The internal route itself is not a
 * public address: asked for directly, it is a 404 (the catch-all page).
 */
function catalogueView(request: NextRequest): NextResponse | null {
  const { pathname, searchParams } = request.nextUrl
  const [, locale, segment] = pathname.split('/')
  if (segment === CATALOGUE_VIEW_SEGMENT) {
    const url = request.nextUrl.clone()
    url.pathname = `/${locale}/not-found`
    return NextResponse.rewrite(url)
  }
  const catalogueLocale = CATALOGUE_PATHS.get(pathname)
  if (!catalogueLocale) return null
  const url = request.nextUrl.clone()
  url.pathname = `/${catalogueLocale}/${CATALOGUE_VIEW_SEGMENT}/${catalogueViewKey(normalisedCatalogueQuery(searchParams))}`
  // The view is in the path now; only the client router's cache-busting `_rsc` stays in the query.
  url.search = ''
  const rsc = searchParams.get('_rsc')
  if (rsc !== null) url.searchParams.set('_rsc', rsc)
  return NextResponse.rewrite(url)
}

export const config = {
  // Everything except Next's own files.
  matcher: '/((?!_next|_vercel).*)',
}

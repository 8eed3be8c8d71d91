import createMiddleware from 'next-intl/middleware'
import { NextResponse, type NextRequest } from 'next/server'
import { routing } from './i18n/routing'
import { isWellFormedPath } from './lib/i18n/well-formed-path'
import { MAX_REQUEST_BYTES, tooLargeResponse } from './lib/i18n/too-large'

const intl = createMiddleware(routing)

// Locale negotiation and localised pathnames, and one guard: a path that does not decode (a malformed
// percent-encoding such as %C3%28, or a %25 that next-intl would decode into a bare "%") never reaches
// a page or route handler, where decoding it was a 500. Never the security boundary: authorisation
// lives in the data layer and the server actions.
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  // Next refuses a server-action body over its limit with a bare 500: say it in the page's language.
  if (request.method === 'POST' && Number(request.headers.get('content-length') ?? 0) > MAX_REQUEST_BYTES) {
    return tooLargeResponse(pathname)
  }
  if (!isWellFormedPath(pathname)) {
    if (pathname.startsWith('/api/')) {
      return NextResponse.json(
        { type: 'about:blank', title: 'Bad request', status: 400, detail: 'The path is not a valid percent-encoded UTF-8 path.' },
        { status: 400, headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' } },
      )
    }
    // The localised 404 page (app/[locale]/[...rest]) in the path's locale, else the default one.
    const first = pathname.split('/')[1]
    const locale = routing.locales.find((candidate) => candidate === first) ?? routing.defaultLocale
    return NextResponse.rewrite(new URL(`/${locale}/not-found`, request.url))
  }
  // API routes and files (favicon.ico, robots.txt…) need no locale.
  if (pathname.startsWith('/api/') || pathname === '/api' || pathname.includes('.')) return NextResponse.next()
  return intl(request)
}

export const config = {
  // Everything except Next's own files.
  matcher: '/((?!_next|_vercel).*)',
}

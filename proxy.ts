import createMiddleware from 'next-intl/middleware'
import { NextResponse, type NextRequest } from 'next/server'
import { routing } from './i18n/routing'
import { isWellFormedPath } from './lib/i18n/well-formed-path'
import { badPathResponse } from './lib/i18n/request-error-page'

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
  return intl(request)
}

export const config = {
  // Everything except Next's own files.
  matcher: '/((?!_next|_vercel).*)',
}

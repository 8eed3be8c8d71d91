import createMiddleware from 'next-intl/middleware'
import { routing } from './i18n/routing'

// Locale negotiation and localised pathnames only. Never the security boundary: authorisation lives
// in the data layer and the server actions.
export default createMiddleware(routing)

export const config = {
  // Everything except API routes, Next internals and files with an extension (favicon.ico, robots.txt…).
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
}

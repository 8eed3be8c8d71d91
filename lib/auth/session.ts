// Who is signed in, for pages, server actions and route handlers. Every workspace page and action
// calls one of these on the server; proxy.ts is never the security boundary.
import 'server-only'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'
import { cache } from 'react'
import { routing } from '@/i18n/routing'
import { AppError } from '@/lib/errors'
import { auth } from './auth'
import { safeReturnPath } from './return-path'
import { CLIENT_IP_HEADER, normalizeIp } from './trust-proxy.mjs'

export type Role = 'admin' | 'editor'
export type CurrentUser = { id: string; email: string; name: string; role: Role }

export const ROLES: readonly Role[] = ['admin', 'editor']

export function isRole(value: unknown): value is Role {
  return value === 'admin' || value === 'editor'
}

/** The user of a better-auth session row, or null when disabled or with an unknown role. */
export function toCurrentUser(user: {
  id: string
  email: string
  name: string
  role?: unknown
  disabledAt?: unknown
}): CurrentUser | null {
  if (user.disabledAt) return null
  if (!isRole(user.role)) return null
  return { id: user.id, email: user.email, name: user.name, role: user.role }
}

/** The user of the session cookie in these headers; null if none, expired, or the user is disabled. */
export async function getUserFromHeaders(requestHeaders: Headers): Promise<CurrentUser | null> {
  const session = await auth().api.getSession({ headers: requestHeaders })
  if (!session) return null
  return toCurrentUser(session.user)
}

/**
 * The signed-in user from the request's session cookie; null if none, expired, or the user is disabled.
 * Read once per request (a layout and its page share the answer).
 */
export const getCurrentUser: () => Promise<CurrentUser | null> = cache(async () => getUserFromHeaders(await headers()))

/** Checks a user against the roles an operation allows; throws AppError UNAUTHENTICATED / FORBIDDEN. */
export function assertRole(user: CurrentUser | null, options?: { roles?: Role[] }): CurrentUser {
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in first')
  if (options?.roles && !options.roles.includes(user.role)) throw new AppError('FORBIDDEN', 'Not allowed for this role')
  return user
}

/** For server actions and route handlers: the signed-in user, or an AppError. */
export async function requireUser(options?: { roles?: Role[] }): Promise<CurrentUser> {
  return assertRole(await getCurrentUser(), options)
}

/**
 * For pages: the signed-in user. Anonymous → the localised sign-in page (returning to `returnTo`
 * afterwards, default the workspace home); the wrong role → the localised 404.
 */
export async function requireUserOrRedirect(
  locale: string,
  options?: { roles?: Role[]; returnTo?: string },
): Promise<CurrentUser> {
  const user = await getCurrentUser()
  // Loaded here, not at the top: the data layer's tests import this module outside Next.
  const { getPathname, redirect } = await import('@/i18n/navigation')
  const validLocale = routing.locales.find((candidate) => candidate === locale) ?? routing.defaultLocale
  if (!user) {
    const next = safeReturnPath(options?.returnTo) ?? getPathname({ locale: validLocale, href: '/manage' })
    return redirect({ href: { pathname: '/sign-in', query: { next } }, locale: validLocale })
  }
  if (options?.roles && !options.roles.includes(user.role)) notFound()
  return user
}

/**
 * The client's IP, as scripts/serve.mjs worked it out from the socket and the proxies TRUST_PROXY
 * names (X-Forwarded-For from anyone else is never read); 'unknown' without it (e.g. `next dev`).
 */
export function clientIp(requestHeaders: Headers): string {
  return normalizeIp(requestHeaders.get(CLIENT_IP_HEADER)) ?? 'unknown'
}

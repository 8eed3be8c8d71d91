// Signing in and out. Sign-in runs the per-account and per-IP limiter on SignInAttempt BEFORE the
// password is checked, then lets better-auth check the password and create the session.
import 'server-only'
import { isAPIError } from 'better-auth/api'
import { recordAudit } from '@/lib/audit/record'
import { db } from '@/lib/db'
import type { CurrentUser } from './session'
import { toCurrentUser } from './session'
import { auth } from './auth'

/** Wrong passwords allowed per account, and per IP, within SIGN_IN_WINDOW_MS; the next one is refused unchecked. */
export const SIGN_IN_MAX_FAILURES = 5
export const SIGN_IN_WINDOW_MS = 60_000

export type SignInResult =
  | { ok: true; user: CurrentUser; setCookie: string[] }
  | { ok: false; reason: 'INVALID_CREDENTIALS' | 'RATE_LIMITED' }

type SignInRequest = { email: string; password: string; ip: string; headers: Headers }

/**
 * Signs a user in. `email` is already normalised (lib/users/schemas.ts). Every attempt is first written
 * as a failure, so concurrent attempts count against each other; only a correct password turns it into
 * a success. With SIGN_IN_MAX_FAILURES failures for the account or the IP in the last minute, the
 * attempt is refused without checking the password.
 */
export async function signInWithPassword({ email, password, ip, headers }: SignInRequest): Promise<SignInResult> {
  const prisma = db()
  const attempt = await prisma.signInAttempt.create({ data: { email, ip, succeeded: false }, select: { id: true } })
  const since = new Date(Date.now() - SIGN_IN_WINDOW_MS)
  const earlier = { succeeded: false, createdAt: { gte: since }, id: { lt: attempt.id } }
  const [accountFailures, ipFailures] = await Promise.all([
    prisma.signInAttempt.count({ where: { ...earlier, email } }),
    prisma.signInAttempt.count({ where: { ...earlier, ip } }),
  ])
  if (accountFailures >= SIGN_IN_MAX_FAILURES || ipFailures >= SIGN_IN_MAX_FAILURES) {
    await recordAudit(prisma, {
      actor: null,
      action: 'auth.sign-in.blocked',
      targetType: 'user',
      after: { email, limitedBy: accountFailures >= SIGN_IN_MAX_FAILURES ? 'account' : 'ip' },
      ip,
    })
    return { ok: false, reason: 'RATE_LIMITED' }
  }

  const account = await prisma.user.findUnique({ where: { email }, select: { id: true, disabledAt: true } })
  let signedIn: Awaited<ReturnType<typeof signInEmail>> | null = null
  // A disabled account is refused like a wrong password (nothing tells whether it exists).
  if (account && !account.disabledAt) {
    try {
      signedIn = await signInEmail(email, password, headers)
    } catch (error) {
      if (!isAPIError(error)) throw error
    }
  }
  const user = signedIn ? toCurrentUser(signedIn.response.user) : null
  if (!signedIn || !user) {
    await recordAudit(prisma, { actor: null, action: 'auth.sign-in.failed', targetType: 'user', targetId: account?.id, after: { email }, ip })
    return { ok: false, reason: 'INVALID_CREDENTIALS' }
  }
  await prisma.$transaction(async (tx) => {
    await tx.signInAttempt.update({ where: { id: attempt.id }, data: { succeeded: true } })
    await recordAudit(tx, { actor: user, action: 'auth.sign-in', targetType: 'user', targetId: user.id, ip })
  })
  return { ok: true, user, setCookie: signedIn.headers.getSetCookie() }
}

function signInEmail(email: string, password: string, headers: Headers) {
  return auth().api.signInEmail({ body: { email, password, rememberMe: true }, headers, returnHeaders: true })
}

/** Ends the request's session (better-auth deletes the row and clears the cookie). */
export async function signOut({ user, headers, ip }: { user: CurrentUser; headers: Headers; ip: string }): Promise<void> {
  await auth().api.signOut({ headers })
  await recordAudit(db(), { actor: user, action: 'auth.sign-out', targetType: 'user', targetId: user.id, ip })
}

/** Ends every session of the user, on every device, this one included. */
export async function signOutEverywhere({ user, headers, ip }: { user: CurrentUser; headers: Headers; ip: string }): Promise<number> {
  const deleted = await db().$transaction(async (tx) => {
    const result = await tx.authSession.deleteMany({ where: { userId: user.id } })
    await recordAudit(tx, {
      actor: user,
      action: 'auth.sign-out-everywhere',
      targetType: 'user',
      targetId: user.id,
      after: { sessionsEnded: result.count },
      ip,
    })
    return result.count
  })
  // Clear this browser's cookie too (its session row is already gone).
  try {
    await auth().api.signOut({ headers })
  } catch (error) {
    if (!isAPIError(error)) throw error
  }
  return deleted
}

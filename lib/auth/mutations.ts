// Signing in and out. Sign-in runs the per-IP limiter and the per-account slow-down on SignInAttempt
// BEFORE the password is checked, then lets better-auth check the password and create the session
// (docs/decisions/011-production-defaults.md).
import 'server-only'
import { setTimeout as sleep } from 'node:timers/promises'
import { isAPIError } from 'better-auth/api'
import { hashPassword, verifyPassword } from 'better-auth/crypto'
import { recordAudit } from '@/lib/audit/record'
import { db } from '@/lib/db'
import type { CurrentUser } from './session'
import { toCurrentUser } from './session'
import { auth } from './auth'

/** Wrong passwords allowed per IP (whatever the account) within SIGN_IN_WINDOW_MS; the next one is refused unchecked. */
export const SIGN_IN_MAX_FAILURES = 5
export const SIGN_IN_WINDOW_MS = 60_000
/**
 * An account with more than this many wrong passwords (from any IP) in ACCOUNT_SLOWDOWN_WINDOW_MS is
 * slowed down, never blocked: an attacker elsewhere cannot lock its owner out.
 */
export const ACCOUNT_SLOWDOWN_AFTER = 5
export const ACCOUNT_SLOWDOWN_WINDOW_MS = 15 * 60_000
export const ACCOUNT_SLOWDOWN_STEP_MS = 200
export const ACCOUNT_SLOWDOWN_MAX_MS = 1_500
/** Sign-in attempts and rate-limit counters older than this serve no limit any more and are deleted. */
export const LIMITER_RETENTION_MS = 60 * 60_000

export type SignInResult =
  { ok: true; user: CurrentUser; setCookie: string[] } | { ok: false; reason: 'INVALID_CREDENTIALS' | 'RATE_LIMITED' }

type SignInRequest = { email: string; password: string; ip: string; headers: Headers }

/** The pause before checking a password for an account with `failures` recent wrong passwords. */
export function accountSlowdownMs(failures: number): number {
  const excess = failures - ACCOUNT_SLOWDOWN_AFTER + 1
  return excess <= 0 ? 0 : Math.min(excess * ACCOUNT_SLOWDOWN_STEP_MS, ACCOUNT_SLOWDOWN_MAX_MS)
}

/**
 * Signs a user in. `email` is already normalised (lib/users/schemas.ts). Every attempt is first written
 * as a failure, so concurrent attempts count against each other; only a correct password turns it into
 * a success. With SIGN_IN_MAX_FAILURES failures from the IP in the last minute, the attempt is refused
 * without checking the password, and the refused attempt is deleted: it never extends the block.
 * Recent failures on the account only slow the check down. Unknown and disabled accounts get the same
 * password hashing as real ones, so timing does not tell which emails have accounts.
 */
export async function signInWithPassword({ email, password, ip, headers }: SignInRequest): Promise<SignInResult> {
  const prisma = db()
  await pruneLimiterRows()
  const attempt = await prisma.signInAttempt.create({ data: { email, ip, succeeded: false }, select: { id: true } })
  const now = Date.now()
  const earlier = { succeeded: false, id: { lt: attempt.id } }
  const [ipFailures, accountFailures] = await Promise.all([
    prisma.signInAttempt.count({ where: { ...earlier, ip, createdAt: { gte: new Date(now - SIGN_IN_WINDOW_MS) } } }),
    prisma.signInAttempt.count({
      where: { ...earlier, email, createdAt: { gte: new Date(now - ACCOUNT_SLOWDOWN_WINDOW_MS) } },
    }),
  ])
  if (ipFailures >= SIGN_IN_MAX_FAILURES) {
    await prisma.signInAttempt.delete({ where: { id: attempt.id } })
    await recordAudit(prisma, {
      actor: null,
      action: 'auth.sign-in.blocked',
      targetType: 'user',
      after: { email, limitedBy: 'ip' },
      ip,
    })
    return { ok: false, reason: 'RATE_LIMITED' }
  }
  const pause = accountSlowdownMs(accountFailures)
  if (pause > 0) await sleep(pause)

  const account = await prisma.user.findUnique({ where: { email }, select: { id: true, disabledAt: true } })
  let signedIn: Awaited<ReturnType<typeof signInEmail>> | null = null
  // A disabled or unknown account is refused like a wrong password, after the same hashing work.
  if (account && !account.disabledAt) {
    try {
      signedIn = await signInEmail(email, password, headers)
    } catch (error) {
      if (!isAPIError(error)) throw error
    }
  } else {
    await dummyPasswordCheck(password)
  }
  const user = signedIn ? toCurrentUser(signedIn.response.user) : null
  if (!signedIn || !user) {
    await recordAudit(prisma, {
      actor: null,
      action: 'auth.sign-in.failed',
      targetType: 'user',
      targetId: account?.id,
      after: { email },
      ip,
    })
    return { ok: false, reason: 'INVALID_CREDENTIALS' }
  }
  await prisma.$transaction(async (tx) => {
    await tx.signInAttempt.update({ where: { id: attempt.id }, data: { succeeded: true } })
    await recordAudit(tx, { actor: user, action: 'auth.sign-in', targetType: 'user', targetId: user.id, ip })
  })
  return { ok: true, user, setCookie: signedIn.headers.getSetCookie() }
}

let dummyHash: Promise<string> | undefined

/** The password check of an account that does not exist: same scrypt work, always false. */
async function dummyPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('not-a-password-of-any-account')
  await verifyPassword({ hash: await dummyHash, password })
}

/** Deletes sign-in attempts and rate-limit counters too old to matter (both grew forever before). */
export async function pruneLimiterRows(now = Date.now()): Promise<void> {
  const before = now - LIMITER_RETENTION_MS
  await Promise.all([
    db().signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(before) } } }),
    db().rateLimit.deleteMany({ where: { lastRequest: { lt: BigInt(before) } } }),
  ])
}

/**
 * Counts one request against `key` in a fixed window (RateLimit rows, shared with better-auth's own
 * limiter under other keys); false once `max` requests were made in the window. One atomic statement,
 * so concurrent requests cannot all slip through.
 */
export async function consumeRateLimit(
  key: string,
  { max, windowMs }: { max: number; windowMs: number },
): Promise<boolean> {
  // The table has two unique indexes (better-auth's "id" and "key"), and ON CONFLICT can only arbitrate
  // one: when two requests insert a key's first row at the same moment, the loser fails on the other
  // index (23505). Its retry finds the row and counts through ON CONFLICT like any later request.
  for (let attempt = 1; ; attempt++) {
    try {
      return await countRequest(key, { max, windowMs })
    } catch (error) {
      if (attempt >= 3 || !isUniqueViolation(error)) throw error
    }
  }
}

async function countRequest(key: string, { max, windowMs }: { max: number; windowMs: number }): Promise<boolean> {
  const now = Date.now()
  const rows = await db().$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" ("id", "key", "count", "lastRequest")
    VALUES (${`crm:${key}`}, ${`crm:${key}`}, 1, ${BigInt(now)})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."lastRequest" < ${BigInt(now - windowMs)} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "lastRequest" = CASE WHEN "RateLimit"."lastRequest" < ${BigInt(now - windowMs)} THEN ${BigInt(now)} ELSE "RateLimit"."lastRequest" END
    RETURNING "count"`
  return Number(rows[0]?.count ?? max + 1) <= max
}

/** PostgreSQL's unique_violation, as Prisma reports it from a raw query. */
function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && /\b23505\b/.test(error.message)
}

function signInEmail(email: string, password: string, headers: Headers) {
  return auth().api.signInEmail({ body: { email, password, rememberMe: true }, headers, returnHeaders: true })
}

/** A signed-in user's request: who, its headers (the session cookie) and the client's address. */
type SignedInRequest = { user: CurrentUser; headers: Headers; ip: string }

/** Ends the request's session (better-auth deletes the row and clears the cookie). */
export async function signOut({ user, headers, ip }: SignedInRequest): Promise<void> {
  await auth().api.signOut({ headers })
  await recordAudit(db(), { actor: user, action: 'auth.sign-out', targetType: 'user', targetId: user.id, ip })
}

/** Ends every session of the user, on every device, this one included. */
export async function signOutEverywhere({ user, headers, ip }: SignedInRequest): Promise<number> {
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

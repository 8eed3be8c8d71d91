// Changes to accounts. Each checks the actor's role itself and writes its audit entry in the same
// transaction as the change. Passwords are hashed with better-auth's scrypt (the hash its sign-in
// verifies); reset links store only a SHA-256 hash of their token.
import 'server-only'
import { randomBytes } from 'node:crypto'
import { hashPassword } from 'better-auth/crypto'
import { assertRole, type CurrentUser, type Role } from '@/lib/auth/session'
import { recordAudit } from '@/lib/audit/record'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import { AppError } from '@/lib/errors'
import { CREDENTIAL_PROVIDER, createUserRow, hashResetToken, newId, userSummary, type Tx } from './records'
import type { UserCreateInput } from './schemas'

/** How long a password-reset link works. */
export const RESET_LINK_TTL_MS = 24 * 60 * 60 * 1000

type Audited = { actor: CurrentUser | null; ip?: string | null }

/** Issues a one-time password-reset link for the user (valid 24 h; only its hash is stored) and audits it. */
async function issueResetToken(
  tx: Tx,
  userId: string,
  { actor, ip }: Audited,
): Promise<{ token: string; expiresAt: Date }> {
  // One live link per user: issuing a new one withdraws the older unused ones.
  await tx.passwordResetToken.deleteMany({ where: { userId, usedAt: null } })
  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(Date.now() + RESET_LINK_TTL_MS)
  await tx.passwordResetToken.create({
    data: { tokenHash: hashResetToken(token), userId, expiresAt, createdById: actor?.id ?? null },
  })
  await recordAudit(tx, {
    actor,
    action: 'user.reset-link',
    targetType: 'user',
    targetId: userId,
    after: { expiresAt },
    ip,
  })
  return { token, expiresAt }
}

/**
 * An admin creates a user. The new user has no password yet: the result carries a one-time reset
 * link token (valid 24 h) for the admin to hand over, shown once.
 */
export async function createUser({ actor, input, ip }: Audited & { input: UserCreateInput }) {
  const admin = assertRole(actor, { roles: ['admin'] })
  return db().$transaction(async (tx) => {
    const user = await createUserRow(tx, input, null, { actor: admin, ip })
    const reset = await issueResetToken(tx, user.id, { actor: admin, ip })
    return { user, resetToken: reset.token, expiresAt: reset.expiresAt }
  })
}

type UserSummary = Prisma.UserGetPayload<{ select: typeof userSummary }>

/**
 * An admin's change to one account: the role checked, then one transaction that starts from the
 * account as it is now (NOT_FOUND if there is none).
 */
async function changeAccount<T>(
  actor: CurrentUser | null,
  userId: string,
  change: (tx: Tx, admin: CurrentUser, before: UserSummary) => Promise<T>,
): Promise<T> {
  const admin = assertRole(actor, { roles: ['admin'] })
  return db().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: userSummary })
    if (!before) throw new AppError('NOT_FOUND', 'No such user')
    return change(tx, admin, before)
  })
}

/** Refuses a change that would leave no enabled admin. */
async function assertAnotherAdminRemains(tx: Tx, userId: string) {
  const others = await tx.user.count({ where: { role: 'admin', disabledAt: null, id: { not: userId } } })
  if (others === 0)
    throw new AppError('INVALID', 'The last admin cannot be demoted or disabled', { reason: 'lastAdmin' })
}

export async function changeUserRole({ actor, userId, role, ip }: Audited & { userId: string; role: Role }) {
  return changeAccount(actor, userId, async (tx, admin, before) => {
    if (before.role === role) return before
    if (before.role === 'admin') await assertAnotherAdminRemains(tx, userId)
    const after = await tx.user.update({ where: { id: userId }, data: { role }, select: userSummary })
    await recordAudit(tx, {
      actor: admin,
      action: 'user.role-change',
      targetType: 'user',
      targetId: userId,
      before: { role: before.role },
      after: { role: after.role },
      ip,
    })
    return after
  })
}

/** Disabling a user ends all their sessions in the same transaction; enabling lets them sign in again. */
export async function setUserDisabled({
  actor,
  userId,
  disabled,
  ip,
}: Audited & { userId: string; disabled: boolean }) {
  return changeAccount(actor, userId, async (tx, admin, before) => {
    if (disabled && userId === admin.id)
      throw new AppError('INVALID', 'You cannot disable yourself', { reason: 'self' })
    if (Boolean(before.disabledAt) === disabled) return before
    if (disabled && before.role === 'admin') await assertAnotherAdminRemains(tx, userId)
    const after = await tx.user.update({
      where: { id: userId },
      data: { disabledAt: disabled ? new Date() : null },
      select: userSummary,
    })
    let sessionsEnded = 0
    if (disabled) sessionsEnded = (await tx.authSession.deleteMany({ where: { userId } })).count
    await recordAudit(tx, {
      actor: admin,
      action: disabled ? 'user.disable' : 'user.enable',
      targetType: 'user',
      targetId: userId,
      before: { disabledAt: before.disabledAt },
      after: disabled ? { disabledAt: after.disabledAt, sessionsEnded } : { disabledAt: null },
      ip,
    })
    return after
  })
}

/** An admin issues a one-time password-reset link for a user (valid 24 h; only its hash is stored). */
export async function issuePasswordResetLink({ actor, userId, ip }: Audited & { userId: string }) {
  return changeAccount(actor, userId, async (tx, admin, user) => {
    if (user.disabledAt) throw new AppError('INVALID', 'Enable the user first', { reason: 'disabled' })
    const reset = await issueResetToken(tx, userId, { actor: admin, ip })
    return { user, resetToken: reset.token, expiresAt: reset.expiresAt }
  })
}

/**
 * Sets a new password with a reset link. The link works once, for 24 hours, for an enabled user;
 * using it ends all of that user's sessions. Throws AppError INVALID (reason 'link') otherwise.
 */
export async function resetPasswordWithToken({
  token,
  password,
  ip,
}: {
  token: string
  password: string
  ip?: string | null
}) {
  const now = new Date()
  // Claim the link first, atomically and before any hashing: of two concurrent uses one updates the row
  // and the other finds it used, and a made-up token costs one indexed lookup, not a scrypt hash.
  const claimed = await db().passwordResetToken.updateManyAndReturn({
    where: { tokenHash: hashResetToken(token), usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
    select: { user: { select: { id: true, email: true, disabledAt: true } } },
  })
  const reset = claimed[0]
  if (!reset || reset.user.disabledAt) throw new AppError('INVALID', 'This link is not valid', { reason: 'link' })
  const passwordHash = await hashPassword(password)
  return db().$transaction(async (tx) => {
    const userId = reset.user.id
    const credential = await tx.account.findFirst({
      where: { userId, providerId: CREDENTIAL_PROVIDER },
      select: { id: true },
    })
    if (credential) {
      await tx.account.update({ where: { id: credential.id }, data: { password: passwordHash } })
    } else {
      await tx.account.create({
        data: { id: newId(), accountId: userId, providerId: CREDENTIAL_PROVIDER, userId, password: passwordHash },
      })
    }
    const sessions = await tx.authSession.deleteMany({ where: { userId } })
    await recordAudit(tx, {
      actor: { id: userId, email: reset.user.email },
      action: 'user.password-reset',
      targetType: 'user',
      targetId: userId,
      after: { sessionsEnded: sessions.count },
      ip,
    })
    return { userId }
  })
}

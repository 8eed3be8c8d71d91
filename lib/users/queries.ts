// Reading accounts, for admins. Never selects a password hash.
import 'server-only'
import { assertRole, isRole, type CurrentUser, type Role } from '@/lib/auth/session'
import { db } from '@/lib/db'
import { hashResetToken } from './records'

export type UserListItem = {
  id: string
  email: string
  name: string
  role: Role | null
  disabledAt: Date | null
  createdAt: Date
}

export async function findUsers(actor: CurrentUser | null): Promise<UserListItem[]> {
  assertRole(actor, { roles: ['admin'] })
  const users = await db().user.findMany({
    orderBy: [{ disabledAt: { sort: 'asc', nulls: 'first' } }, { email: 'asc' }],
    select: { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true },
  })
  return users.map((user) => ({ ...user, role: isRole(user.role) ? user.role : null }))
}

export async function getUser(actor: CurrentUser | null, userId: string) {
  assertRole(actor, { roles: ['admin'] })
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      createdAt: true,
      _count: { select: { authSessions: { where: { expiresAt: { gt: new Date() } } } } },
      passwordResets: {
        where: { usedAt: null, expiresAt: { gt: new Date() } },
        select: { expiresAt: true },
        orderBy: { expiresAt: 'desc' },
        take: 1,
      },
    },
  })
  if (!user) return null
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: isRole(user.role) ? user.role : null,
    disabledAt: user.disabledAt,
    createdAt: user.createdAt,
    activeSessions: user._count.authSessions,
    pendingResetExpiresAt: user.passwordResets[0]?.expiresAt ?? null,
  }
}

/** Whether a reset link can still be used (for the reset page; public, reveals only valid/invalid). */
export async function isResetTokenUsable(token: string): Promise<boolean> {
  const reset = await db().passwordResetToken.findUnique({
    where: { tokenHash: hashResetToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { disabledAt: true } } },
  })
  return Boolean(reset && !reset.usedAt && reset.expiresAt > new Date() && !reset.user.disabledAt)
}

// Account rows shared by the admin's mutations (lib/users/mutations.ts) and the command line
// (lib/users/cli.ts). No database client of its own: callers pass their transaction.
import { createHash } from 'node:crypto'
import { generateRandomString } from 'better-auth/crypto'
import type { PrismaClient } from '@/lib/generated/prisma/client'
import { recordAudit } from '@/lib/audit/record'
import { AppError } from '@/lib/errors'
import type { UserCreateInput } from './schemas'

/** better-auth's provider id for email + password accounts. */
export const CREDENTIAL_PROVIDER = 'credential'

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]

export const userSummary = { id: true, email: true, name: true, role: true, disabledAt: true } as const

export function hashResetToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** A password for `user:create` to print once: 24 random characters from 62, about 143 bits. */
export function generatePassword(): string {
  return generateRandomString(24, 'a-z', 'A-Z', '0-9')
}

/** An id like better-auth's own. */
export function newId(): string {
  return generateRandomString(32, 'a-z', 'A-Z', '0-9')
}

/** Who creates an account, for its audit entry: an admin (with the request's address) or the command line. */
export type AccountCreator = { actor: { id: string; email: string }; ip?: string | null } | 'command line'

/**
 * Creates a user (and, with a password hash, its email + password account) and records its audit entry.
 * CONFLICT if the email is taken.
 */
export async function createUserRow(
  tx: Tx,
  input: UserCreateInput,
  passwordHash: string | null,
  creator: AccountCreator,
) {
  const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })
  if (existing) throw new AppError('CONFLICT', 'A user with this email already exists', { field: 'email' })
  const id = newId()
  const user = await tx.user.create({
    data: { id, email: input.email, name: input.name, role: input.role, emailVerified: true },
    select: userSummary,
  })
  if (passwordHash) {
    await tx.account.create({
      data: { id: newId(), accountId: id, providerId: CREDENTIAL_PROVIDER, userId: id, password: passwordHash },
    })
  }
  const fromCommandLine = creator === 'command line'
  await recordAudit(tx, {
    actor: fromCommandLine ? null : creator.actor,
    action: 'user.create',
    targetType: 'user',
    targetId: user.id,
    after: { email: user.email, name: user.name, role: user.role, ...(fromCommandLine ? { via: creator } : {}) },
    ip: fromCommandLine ? null : creator.ip,
  })
  return user
}

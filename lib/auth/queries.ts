// The auth layer's own read: whether an account may hold a session at all.
import 'server-only'
import { db } from '@/lib/db'

/** False for an unknown or disabled account. */
export async function canHoldSession(userId: string): Promise<boolean> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { disabledAt: true } })
  return user !== null && user.disabledAt === null
}

// Exact invalidation: the ONE way a write says what it changed in the public view. Inside the write's
// transaction it NOTIFYs every instance (delivered by PostgreSQL only if the transaction commits; see
// lib/cache/fan-out.ts for the listeners); once committed, this process expires the tags at once, so
// the next request after a write — on any instance — renders from the database.
import { randomUUID } from 'node:crypto'
import type { Prisma } from '../generated/prisma/client'
import { expireTagsHere } from './expire'
import { CACHE_CHANNEL, type CacheTag, type InvalidationMessage } from './tags'

/** Names this process in its notifications (for the logs and the tests). */
export const INSTANCE_ID: string = ((globalThis as { __crmInstanceId?: string }).__crmInstanceId ??= randomUUID())

type Executor = Pick<Prisma.TransactionClient, '$executeRaw'>

const pendingByTransaction = new WeakMap<object, Set<CacheTag>>()

/** Inside a transaction: the public view of these tags changes when it commits. */
export async function invalidateOnCommit(tx: Executor, tags: readonly CacheTag[]): Promise<void> {
  if (tags.length === 0) return
  const message: InvalidationMessage = { tags: [...tags], origin: INSTANCE_ID }
  await tx.$executeRaw`SELECT pg_notify(${CACHE_CHANNEL}, ${JSON.stringify(message)})`
  const pending = pendingByTransaction.get(tx) ?? new Set<CacheTag>()
  for (const tag of tags) pending.add(tag)
  pendingByTransaction.set(tx, pending)
}

type TransactionRunner = { $transaction<T>(run: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> }

/**
 * Runs a write transaction; after it commits, expires here the tags it invalidated (other instances
 * learn it from the notification). A rolled-back transaction invalidates nothing.
 */
export async function writeTransaction<T>(
  prisma: TransactionRunner,
  run: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  let changed: Set<CacheTag> | undefined
  const result = await prisma.$transaction(async (tx) => {
    const value = await run(tx)
    changed = pendingByTransaction.get(tx)
    return value
  })
  if (changed) expireTagsHere([...changed])
  return result
}

// Writes one audit-log entry. Call it with the transaction client of the mutation it records, so the
// entry and the change commit (or roll back) together. The table is append-only (a database trigger).
import { normalizeIp } from '../auth/trust-proxy.mjs'
import type { Prisma } from '../generated/prisma/client'

type AuditWriter = { auditLog: { create: (args: { data: Prisma.AuditLogCreateInput }) => Promise<unknown> } }

export type AuditEntry = {
  actor: { id: string; email: string } | null
  action: string
  targetType: string
  targetId?: string | number | null
  before?: unknown
  after?: unknown
  ip?: string | null
}

const json = (value: unknown) =>
  value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue)

export async function recordAudit(tx: AuditWriter, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId === undefined || entry.targetId === null ? null : String(entry.targetId),
      before: json(entry.before),
      after: json(entry.after),
      // A valid address or nothing: never a client's free text (it came from a header once).
      ip: normalizeIp(entry.ip) ?? null,
    },
  })
}

// Reading the audit log (admins only; the log itself is append-only, see lib/audit/record.ts).
import 'server-only'
import { z } from 'zod'
import { assertRole, type CurrentUser } from '@/lib/auth/session'
import { db } from '@/lib/db'
import { withoutControlCharacters } from '@/lib/input-text'
import type { Prisma } from '@/lib/generated/prisma/client'

export const AUDIT_PAGE_SIZE = 25

const optionalText = z
  .string()
  .transform(withoutControlCharacters)
  .pipe(z.string().trim().max(200))
  .transform((value) => (value === '' ? undefined : value))
  .optional()
  .catch(undefined)

const optionalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
  .optional()
  .catch(undefined)

/** The audit page's search params; tolerant: a bad value falls back to "no filter". */
export const AuditFilterSchema = z.object({
  action: optionalText,
  actor: optionalText,
  targetType: optionalText,
  from: optionalDate,
  to: optionalDate,
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
})
export type AuditFilter = z.infer<typeof AuditFilterSchema>

function whereOf(filter: AuditFilter): Prisma.AuditLogWhereInput {
  const createdAt: Prisma.DateTimeFilter = {}
  if (filter.from) createdAt.gte = new Date(`${filter.from}T00:00:00Z`)
  if (filter.to) createdAt.lt = new Date(Date.parse(`${filter.to}T00:00:00Z`) + 24 * 60 * 60 * 1000)
  return {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.targetType ? { targetType: filter.targetType } : {}),
    ...(filter.actor ? { actorEmail: { contains: filter.actor, mode: 'insensitive' } } : {}),
    ...(filter.from || filter.to ? { createdAt } : {}),
  }
}

export type AuditEntryView = {
  id: number
  createdAt: Date
  actorEmail: string | null
  action: string
  targetType: string
  targetId: string | null
  before: unknown
  after: unknown
  ip: string | null
}

export async function findAuditEntries(actor: CurrentUser | null, filter: AuditFilter) {
  assertRole(actor, { roles: ['admin'] })
  const where = whereOf(filter)
  const [total, entries] = await Promise.all([
    db().auditLog.count({ where }),
    db().auditLog.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        createdAt: true,
        actorEmail: true,
        action: true,
        targetType: true,
        targetId: true,
        before: true,
        after: true,
        ip: true,
      },
    }),
  ])
  return {
    entries: entries as AuditEntryView[],
    total,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
  }
}

/** The actions and target types present in the log, for the filter menus. */
export async function findAuditFacets(actor: CurrentUser | null) {
  assertRole(actor, { roles: ['admin'] })
  const [actions, targetTypes] = await Promise.all([
    db().auditLog.groupBy({ by: ['action'], orderBy: { action: 'asc' } }),
    db().auditLog.groupBy({ by: ['targetType'], orderBy: { targetType: 'asc' } }),
  ])
  return { actions: actions.map((row) => row.action), targetTypes: targetTypes.map((row) => row.targetType) }
}

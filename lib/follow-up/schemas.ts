// The follow-up form of a cooperation idea or a recommendation (admins). Error messages are codes,
// keys of "FollowUp.errors", translated by the action.
import { z } from 'zod'
import { MAX_POSTGRES_INTEGER } from '../postgres-integer'
import { optionalText } from '../forms/text-fields'
import type { FollowUpStatus } from '../generated/prisma/enums'

export const FOLLOW_UP_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE'] as const satisfies readonly FollowUpStatus[]
export const FOLLOW_UP_TARGETS = ['idea', 'recommendation'] as const
export type FollowUpTarget = (typeof FOLLOW_UP_TARGETS)[number]
export const MAX_FOLLOW_UP_NOTE_LENGTH = 2_000

const note = optionalText(MAX_FOLLOW_UP_NOTE_LENGTH)

/** "2026-03-01" → that day at 00:00 UTC; empty → null; a day in the future is refused. */
const checkedAt = z
  .string()
  .optional()
  .nullable()
  .transform((value) => (value ?? '').trim())
  .pipe(
    z.union([
      z.literal('').transform(() => null),
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalidDate' })
        .transform((value) => new Date(`${value}T00:00:00.000Z`))
        .refine((date) => !Number.isNaN(date.getTime()), { error: 'invalidDate' })
        .refine((date) => date.getTime() <= Date.now() + 24 * 60 * 60 * 1000, { error: 'futureDate' }),
    ]),
  )

export const FollowUpInputSchema = z.object({
  target: z.enum(FOLLOW_UP_TARGETS, { error: 'invalidChoice' }),
  id: z.coerce.number({ error: 'invalidChoice' }).int().min(1).max(MAX_POSTGRES_INTEGER),
  status: z.enum(FOLLOW_UP_STATUSES, { error: 'invalidChoice' }),
  noteEs: note,
  noteEn: note,
  checkedAt,
})

export type FollowUpInput = z.infer<typeof FollowUpInputSchema>

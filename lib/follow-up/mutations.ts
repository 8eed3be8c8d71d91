// Admins record the follow-up of a cooperation idea or a recommendation: status, a note in each
// language and the day it was last checked. One transaction with its audit entry.
import 'server-only'
import { recordAudit } from '../audit/record'
import type { CurrentUser } from '../auth/session'
import { invalidateOnCommit, writeTransaction } from '../cache/invalidate'
import { CACHE_TAGS } from '../cache/tags'
import { db } from '../db'
import { AppError } from '../errors'
import { authorize } from '../practices/mutations'
import type { FollowUpInput } from './schemas'

const followUpSelect = {
  id: true,
  key: true,
  followUpStatus: true,
  followUpNoteEs: true,
  followUpNoteEn: true,
  followUpCheckedAt: true,
} as const

export async function updateFollowUp({
  user,
  ip,
  input,
}: {
  user: CurrentUser | null
  ip?: string | null
  input: FollowUpInput
}) {
  return writeTransaction(db(), async (tx) => {
    const actor = await authorize(tx, user, ['admin'])
    const data = {
      followUpStatus: input.status,
      followUpNoteEs: input.noteEs,
      followUpNoteEn: input.noteEn,
      followUpCheckedAt: input.checkedAt,
    }
    const where = { id: input.id }
    const before =
      input.target === 'idea'
        ? await tx.cooperationIdea.findUnique({ where, select: followUpSelect })
        : await tx.recommendation.findUnique({ where, select: followUpSelect })
    if (!before) throw new AppError('NOT_FOUND', 'No such item')
    const after =
      input.target === 'idea'
        ? await tx.cooperationIdea.update({ where, data, select: followUpSelect })
        : await tx.recommendation.update({ where, data, select: followUpSelect })
    const fields = ['followUpStatus', 'followUpNoteEs', 'followUpNoteEn', 'followUpCheckedAt'] as const
    const changed = fields.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    if (changed.length > 0) await invalidateOnCommit(tx, [CACHE_TAGS.followUp])
    await recordAudit(tx, {
      actor,
      action: 'follow-up.update',
      targetType: input.target === 'idea' ? 'cooperation-idea' : 'recommendation',
      targetId: before.key,
      before: Object.fromEntries(changed.map((field) => [field, before[field]])),
      after: Object.fromEntries(changed.map((field) => [field, after[field]])),
      ip,
    })
    return after
  })
}

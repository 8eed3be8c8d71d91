// The end of a proposal's road: when the practice it became (or corrected) is published, the proposal is
// published too and its proposer told. Called by publishPractice inside its transaction, so the practice,
// the proposals and the messages commit together. Imports nothing from lib/practices (no import cycle).
import 'server-only'
import { recordAudit } from '../audit/record'
import type { Prisma } from '../generated/prisma/client'
import { enqueueMessages } from '../outbox/mutations'
import { statusMessage } from './notifications'

export async function markProposalsPublished(
  tx: Prisma.TransactionClient,
  {
    practiceId,
    slug,
    actor,
    ip,
  }: { practiceId: number; slug: string; actor: { id: string; email: string } | null; ip?: string | null },
): Promise<number> {
  const proposals = await tx.proposal.findMany({
    where: { practiceId, status: 'IN_REVIEW' },
    select: { id: true, reference: true, title: true, locale: true, proposerEmail: true },
    orderBy: { id: 'asc' },
  })
  for (const proposal of proposals) {
    await tx.proposal.update({ where: { id: proposal.id }, data: { status: 'PUBLISHED', closedAt: new Date() } })
    await enqueueMessages(tx, statusMessage(proposal, { status: 'PUBLISHED', slug }))
    await recordAudit(tx, {
      actor,
      action: 'proposal.publish',
      targetType: 'proposal',
      targetId: proposal.id,
      before: { status: 'IN_REVIEW' },
      after: { status: 'PUBLISHED', practiceId },
      ip,
    })
  }
  return proposals.length
}

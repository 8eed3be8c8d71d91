// Member states' proposals (issue 15; docs/decisions/017-member-state-proposals.md). A proposal arrives
// anonymously through submitProposal (after the abuse checks); editors and admins convert it into a draft
// practice, apply a correction as a published practice's pending draft, or decline it. Each change of
// status writes, in ONE transaction, the proposal, the audit entry and the outbox messages; the practice
// itself goes through the practices' own mutations (lib/practices/mutations.ts).
import 'server-only'
import { recordAudit } from '../audit/record'
import { consumeRateLimit } from '../auth/mutations'
import type { AppLocale } from '@/i18n/routing'
import type { CurrentUser, Role } from '../auth/session'
import { writeTransaction } from '../cache/invalidate'
import { db } from '../db'
import { env } from '../env'
import { AppError } from '../errors'
import type { Prisma } from '../generated/prisma/client'
import { enqueueMessages } from '../outbox/mutations'
import { authorize, createPracticeIn, updatePracticeIn, workingSnapshot } from '../practices/mutations'
import { practiceState } from '../practices/practice-state'
import { arrivalMessages, receiptMessage, statusMessage } from './notifications'
import { OTHER_ACTOR, type ProposalInput } from './schemas'
import { correctionInput, newPracticeInput } from './to-practice'
import { newStatusToken, proposalReference, verifyFormIssuedAt } from './tokens'
import { PUBLISHED_PRACTICE } from '../practices/fields'
import { MODERATED_PROPOSAL } from './moderated-proposal'

type Tx = Prisma.TransactionClient

const EDITORS: Role[] = ['admin', 'editor']

/** The abuse limits (docs/decisions/017). Tests pass smaller ones. */
export type ProposalLimits = {
  /** A form submitted sooner than this after it was shown is a bot's. */
  minFillMs: number
  /** A form older than this is stale (its signed timestamp no longer proves anything). */
  maxFormAgeMs: number
  /** Submissions per client IP per window (the sign-in limiter's table). */
  perIp: number
  perIpWindowMs: number
  /** Proposals received in the last 24 hours and still unmoderated; past it, come back later. */
  dailyCap: number
}

export const DEFAULT_PROPOSAL_LIMITS: Omit<ProposalLimits, 'dailyCap'> = {
  minFillMs: 3_000,
  maxFormAgeMs: 24 * 60 * 60_000,
  perIp: 5,
  // The limiter's rows are pruned after an hour (lib/auth/mutations.ts), so the window is at most that.
  perIpWindowMs: 60 * 60_000,
}

const DAY_MS = 24 * 60 * 60_000

/** Why a submission was refused before validation mattered (the action turns these into messages). */
export type RejectionReason =
  'honeypot' | 'tooFast' | 'formExpired' | 'rateLimited' | 'dailyCap' | 'unknownPractice' | 'unknownActor'

function reject(reason: RejectionReason): AppError {
  return new AppError(
    reason === 'rateLimited' || reason === 'dailyCap' ? 'RATE_LIMITED' : 'INVALID',
    `Proposal refused: ${reason}`,
    {
      reason,
    },
  )
}

export type SubmittedProposal = { id: number; reference: string; token: string; duplicateOfId: number | null }

/**
 * An anonymous proposal. Checks, cheapest first: the honeypot, the signed fill time, the per-IP limit,
 * then — under a transaction-scoped advisory lock, so concurrent submissions cannot overshoot it — the
 * daily cap. A proposal with the same title and actor as one of the last 24 hours is kept and flagged.
 */
export async function submitProposal({
  input,
  locale,
  ip,
  honeypot,
  formToken,
  secret,
  now = new Date(),
  limits: given = {},
}: {
  input: ProposalInput
  /** The language the proposer wrote in (the form's page). */
  locale: AppLocale
  ip: string
  honeypot: string | null | undefined
  formToken: string | null | undefined
  secret: string
  now?: Date
  limits?: Partial<ProposalLimits>
}): Promise<SubmittedProposal> {
  const limits: ProposalLimits = { ...DEFAULT_PROPOSAL_LIMITS, dailyCap: env().PROPOSAL_DAILY_CAP, ...given }
  if (honeypot && honeypot.trim() !== '') throw reject('honeypot')
  const issuedAt = verifyFormIssuedAt(secret, formToken)
  if (issuedAt === null || now.getTime() - issuedAt > limits.maxFormAgeMs || issuedAt > now.getTime() + 60_000)
    throw reject('formExpired')
  if (now.getTime() - issuedAt < limits.minFillMs) throw reject('tooFast')
  if (!(await consumeRateLimit(`proposal:${ip}`, { max: limits.perIp, windowMs: limits.perIpWindowMs })))
    throw reject('rateLimited')

  return writeTransaction(db(), async (tx) => {
    // One submission at a time past this point: the cap's count and the insert are one step.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('crm:proposal-submit'))`
    const since = new Date(now.getTime() - DAY_MS)
    const waiting = await tx.proposal.count({ where: { status: 'RECEIVED', createdAt: { gte: since } } })
    if (waiting >= limits.dailyCap) throw reject('dailyCap')

    const actorId = input.actor === OTHER_ACTOR ? null : Number(input.actor)
    if (actorId !== null && !(await tx.actor.findUnique({ where: { id: actorId }, select: { id: true } })))
      throw reject('unknownActor')
    let targetPracticeId: number | null = null
    if (input.type === 'CORRECTION') {
      const target = await tx.practice.findFirst({
        where: { slug: input.practiceSlug ?? '', ...PUBLISHED_PRACTICE },
        select: { id: true },
      })
      if (!target) throw reject('unknownPractice')
      targetPracticeId = target.id
    }
    const duplicate = await tx.proposal.findFirst({
      where: {
        title: { equals: input.title, mode: 'insensitive' },
        ...(actorId !== null
          ? { actorId }
          : { actorId: null, otherActorName: { equals: input.otherActorName ?? '', mode: 'insensitive' } }),
        createdAt: { gte: since },
      },
      orderBy: { id: 'asc' },
      select: { id: true },
    })
    const { token, hash } = newStatusToken()
    const created = await tx.proposal.create({
      data: {
        // Replaced below by the reference built from the id.
        reference: `pending-${hash.slice(0, 16)}`,
        statusTokenHash: hash,
        type: input.type,
        locale: locale,
        kind: input.kind,
        title: input.title,
        actorId,
        otherActorName: actorId === null ? input.otherActorName : null,
        objectiveNumbers: input.objectiveNumbers,
        summary: input.summary,
        description: input.description,
        results: input.results,
        lessons: input.lessons,
        link: input.link,
        proposerName: input.proposerName,
        proposerInstitution: input.proposerInstitution,
        proposerEmail: input.proposerEmail,
        duplicateOfId: duplicate?.id ?? null,
        targetPracticeId,
        createdAt: now,
      },
      select: { id: true, createdAt: true },
    })
    const reference = proposalReference(created.id, created.createdAt)
    await tx.proposal.update({ where: { id: created.id }, data: { reference } })
    const staff = await tx.user.findMany({
      where: { disabledAt: null, role: { in: EDITORS } },
      select: { email: true },
      orderBy: { email: 'asc' },
    })
    const facts = { id: created.id, reference, title: input.title, locale: locale, proposerEmail: input.proposerEmail }
    await enqueueMessages(tx, [
      ...receiptMessage(facts, token),
      ...arrivalMessages(
        facts,
        staff.map((user) => user.email),
      ),
    ])
    await recordAudit(tx, {
      actor: null,
      action: 'proposal.receive',
      targetType: 'proposal',
      targetId: created.id,
      // No personal data in the audit log: it is kept forever, the proposer's data is not.
      after: {
        reference,
        type: input.type,
        title: input.title,
        duplicateOfId: duplicate?.id ?? null,
        targetPracticeId,
      },
      ip,
    })
    return { id: created.id, reference, token, duplicateOfId: duplicate?.id ?? null }
  })
}

async function loadOpenProposal(tx: Tx, id: number, type: 'NEW_PRACTICE' | 'CORRECTION' | null) {
  const proposal = await tx.proposal.findUnique({ where: { id }, select: MODERATED_PROPOSAL })
  if (!proposal) throw new AppError('NOT_FOUND', 'No such proposal')
  if (proposal.status !== 'RECEIVED' || (type !== null && proposal.type !== type)) {
    throw new AppError('INVALID', 'This proposal cannot take this step now', { reason: 'transition' })
  }
  return proposal
}

type Moderation = { user: CurrentUser | null; ip?: string | null; id: number }

/** An editor or admin turns a proposal into a draft practice (the proposal is then in review). */
export async function convertProposal({ user, ip, id }: Moderation): Promise<{ practiceId: number }> {
  return writeTransaction(db(), async (tx) => {
    const actor = await authorize(tx, user, EDITORS)
    const proposal = await loadOpenProposal(tx, id, 'NEW_PRACTICE')
    const saved = await createPracticeIn(tx, {
      user: actor,
      ip,
      input: newPracticeInput(proposal),
      provenance: {
        source: 'PROPOSAL',
        proposedByInstitution: proposal.proposerInstitution,
        proposedAt: proposal.createdAt,
      },
    })
    await toInReview(tx, { actor, ip, proposal, practiceId: saved.id, action: 'proposal.convert' })
    return { practiceId: saved.id }
  })
}

/** An editor or admin applies a proposed correction: the practice gets a pending draft to review. */
export async function applyCorrection({ user, ip, id }: Moderation): Promise<{ practiceId: number }> {
  return writeTransaction(db(), async (tx) => {
    const actor = await authorize(tx, user, EDITORS)
    const proposal = await loadOpenProposal(tx, id, 'CORRECTION')
    const practice = proposal.targetPracticeId
      ? await tx.practice.findFirst({
          where: { id: proposal.targetPracticeId, deletedAt: null },
          select: practiceState,
        })
      : null
    if (!practice) throw new AppError('NOT_FOUND', 'The practice of this correction is gone')
    const saved = await updatePracticeIn(tx, {
      user: actor,
      ip,
      id: practice.id,
      version: practice.version,
      input: correctionInput(workingSnapshot(practice), proposal),
    })
    await toInReview(tx, { actor, ip, proposal, practiceId: saved.id, action: 'proposal.apply-correction' })
    return { practiceId: saved.id }
  })
}

async function toInReview(
  tx: Tx,
  {
    actor,
    ip,
    proposal,
    practiceId,
    action,
  }: {
    actor: CurrentUser
    ip?: string | null
    proposal: { id: number; reference: string; title: string; locale: string; proposerEmail: string | null }
    practiceId: number
    action: string
  },
) {
  await tx.proposal.update({ where: { id: proposal.id }, data: { status: 'IN_REVIEW', practiceId } })
  await enqueueMessages(tx, statusMessage(proposal, { status: 'IN_REVIEW' }))
  await recordAudit(tx, {
    actor,
    action,
    targetType: 'proposal',
    targetId: proposal.id,
    before: { status: 'RECEIVED' },
    after: { status: 'IN_REVIEW', practiceId },
    ip,
  })
}

/** An editor or admin declines a proposal with a reason the proposer reads on the status page. */
export async function declineProposal({ user, ip, id, reason }: Moderation & { reason: string }): Promise<void> {
  await writeTransaction(db(), async (tx) => {
    const actor = await authorize(tx, user, EDITORS)
    const proposal = await tx.proposal.findUnique({ where: { id }, select: MODERATED_PROPOSAL })
    if (!proposal) throw new AppError('NOT_FOUND', 'No such proposal')
    if (proposal.status !== 'RECEIVED' && proposal.status !== 'IN_REVIEW') {
      throw new AppError('INVALID', 'This proposal is closed', { reason: 'transition' })
    }
    await tx.proposal.update({
      where: { id },
      data: { status: 'DECLINED', declineReason: reason, closedAt: new Date() },
    })
    await enqueueMessages(tx, statusMessage(proposal, { status: 'DECLINED', reason }))
    await recordAudit(tx, {
      actor,
      action: 'proposal.decline',
      targetType: 'proposal',
      targetId: id,
      before: { status: proposal.status },
      after: { status: 'DECLINED', reason },
      ip,
    })
  })
}

/**
 * Deletes the proposer's name, institution and email from proposals closed more than `retentionDays`
 * ago, and the outbox messages addressed to them. The proposal itself stays (its reference, content and
 * decision), and so does the institution credited on a published practice (Practice.proposedByInstitution).
 */
export async function purgeProposalPersonalData({
  now = new Date(),
  retentionDays = env().PROPOSAL_RETENTION_DAYS,
}: { now?: Date; retentionDays?: number } = {}): Promise<{ purged: number }> {
  const before = new Date(now.getTime() - retentionDays * DAY_MS)
  return writeTransaction(db(), async (tx) => {
    const due = await tx.proposal.findMany({
      where: { closedAt: { lt: before }, personalDataPurgedAt: null },
      select: { id: true },
      orderBy: { id: 'asc' },
      take: 1_000,
    })
    if (due.length === 0) return { purged: 0 }
    const ids = due.map((proposal) => proposal.id)
    await tx.proposal.updateMany({
      where: { id: { in: ids } },
      data: { proposerName: null, proposerInstitution: null, proposerEmail: null, personalDataPurgedAt: now },
    })
    // Their messages carry the proposer's address too; one still unsent after the retention period is stale.
    await tx.outboxMessage.deleteMany({ where: { proposalId: { in: ids } } })
    await recordAudit(tx, {
      actor: null,
      action: 'proposal.purge-personal-data',
      targetType: 'proposal',
      after: { ids, retentionDays },
    })
    return { purged: ids.length }
  })
}

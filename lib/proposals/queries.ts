// Reads of the proposal flow. The public ones (the form's choices, a proposer's status page) never show
// personal data; the moderation's require a signed-in editor or admin; the outbox an admin.
import 'server-only'
import type { Locale } from 'next-intl'
import { assertRole, type CurrentUser } from '../auth/session'
import { db } from '../db'
import { byText, pick } from '../i18n/localize'
import type { Prisma } from '../generated/prisma/client'
import type { PracticeSnapshot } from '../practices/editing-schemas'
import { columnsSnapshot, practiceState } from '../practices/practice-state'
import type { ProposalQueueParams } from './schemas'
import { hashStatusToken } from './tokens'
import { PUBLISHED_PRACTICE } from '../practices/fields'
import { MODERATED_PROPOSAL } from './moderated-proposal'

// ---------------------------------------------------------------------------------------------
// Public
// ---------------------------------------------------------------------------------------------

/** The actors and GCM objectives the form offers, in the page's language. */
export async function getProposalFormChoices(locale: Locale) {
  const [actors, objectives] = await Promise.all([
    db().actor.findMany({ select: { id: true, nameEs: true, nameEn: true } }),
    db().objective.findMany({ select: { number: true, titleEs: true, titleEn: true }, orderBy: { number: 'asc' } }),
  ])
  return {
    actors: actors
      .map((actor) => ({ id: actor.id, name: pick(locale, actor.nameEs, actor.nameEn) }))
      .sort(byText(locale, (actor) => actor.name)),
    objectives: objectives.map((objective) => ({
      number: objective.number,
      title: pick(locale, objective.titleEs, objective.titleEn),
    })),
  }
}

/** A published practice's public content, as the correction form starts from it. */
export async function getCorrectablePractice(slug: string): Promise<PracticeSnapshot | null> {
  const row = await db().practice.findFirst({ where: { slug, ...PUBLISHED_PRACTICE }, select: practiceState })
  return row ? columnsSnapshot(row) : null
}

/** What a proposer's private link shows: no personal data, the practice only once it is public. */
export async function getProposalStatus(token: string) {
  const row = await db().proposal.findUnique({
    where: { statusTokenHash: hashStatusToken(token) },
    select: {
      reference: true,
      status: true,
      type: true,
      title: true,
      createdAt: true,
      declineReason: true,
      practice: { select: { slug: true, status: true, deletedAt: true } },
    },
  })
  if (!row) return null
  const { practice, ...rest } = row
  const published =
    row.status === 'PUBLISHED' && practice && practice.status === 'PUBLISHED' && practice.deletedAt === null
  return { ...rest, publishedSlug: published ? practice.slug : null }
}

// ---------------------------------------------------------------------------------------------
// Moderation (editors and admins)
// ---------------------------------------------------------------------------------------------

function requireModerator(user: CurrentUser | null): CurrentUser {
  return assertRole(user, { roles: ['admin', 'editor'] })
}

const QUEUE_LIMIT = 200

/** The queue, newest first, filtered by status, kind and type. */
export async function findProposals(user: CurrentUser | null, params: ProposalQueueParams) {
  requireModerator(user)
  const where: Prisma.ProposalWhereInput = {
    ...(params.status ? { status: params.status } : {}),
    ...(params.kind ? { kind: params.kind } : {}),
    ...(params.type ? { type: params.type } : {}),
  }
  const rows = await db().proposal.findMany({
    where,
    orderBy: { id: 'desc' },
    take: QUEUE_LIMIT,
    select: {
      id: true,
      reference: true,
      status: true,
      type: true,
      kind: true,
      title: true,
      createdAt: true,
      duplicateOfId: true,
    },
  })
  const duplicateIds = [...new Set(rows.flatMap((row) => (row.duplicateOfId ? [row.duplicateOfId] : [])))]
  const originals = duplicateIds.length
    ? await db().proposal.findMany({ where: { id: { in: duplicateIds } }, select: { id: true, reference: true } })
    : []
  const referenceById = new Map(originals.map((row) => [row.id, row.reference]))
  return rows.map((row) => ({
    ...row,
    duplicateOf: row.duplicateOfId ? (referenceById.get(row.duplicateOfId) ?? null) : null,
  }))
}

/** Proposals waiting for a first decision: the workspace menu's badge. */
export async function countNewProposals(user: CurrentUser | null): Promise<number> {
  requireModerator(user)
  return db().proposal.count({ where: { status: 'RECEIVED' } })
}

/** One proposal with the proposer's data, and for a correction the practice's current content. */
export async function getProposalForModeration(user: CurrentUser | null, id: number) {
  requireModerator(user)
  const row = await db().proposal.findUnique({
    where: { id },
    select: {
      ...MODERATED_PROPOSAL,
      actor: { select: { nameEs: true, nameEn: true } },
      otherActorName: true,
      proposerName: true,
      personalDataPurgedAt: true,
      duplicateOfId: true,
      practiceId: true,
      declineReason: true,
      closedAt: true,
    },
  })
  if (!row) return null
  const [target, duplicateOf] = await Promise.all([
    row.targetPracticeId
      ? db().practice.findUnique({ where: { id: row.targetPracticeId }, select: practiceState })
      : null,
    row.duplicateOfId
      ? db().proposal.findUnique({ where: { id: row.duplicateOfId }, select: { id: true, reference: true } })
      : null,
  ])
  return { ...row, target, duplicateOf }
}

// ---------------------------------------------------------------------------------------------
// The outbox (admins)
// ---------------------------------------------------------------------------------------------

export async function findOutboxMessages(user: CurrentUser | null, limit = 200) {
  assertRole(user, { roles: ['admin'] })
  return db().outboxMessage.findMany({
    orderBy: { id: 'desc' },
    take: limit,
    select: {
      id: true,
      recipient: true,
      subject: true,
      body: true,
      status: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      sentAt: true,
    },
  })
}

import 'server-only'
// The versioned write that every change of a practice goes through (docs/decisions/006-publication-workflow.md):
// the actor checked against the users table, the version-guarded UPDATE, the revision, the audit entry
// and the cache tags, in one transaction. lib/practices/mutations.ts builds the editor's, the
// workflow's and the import's changes on it.
import { recordAudit } from '../audit/record'
import type { CurrentUser, Role } from '../auth/session'
import { invalidateOnCommit, writeTransaction } from '../cache/invalidate'
import { CACHE_TAGS } from '../cache/tags'
import { db } from '../db'
import { AppError } from '../errors'
import { Prisma } from '../generated/prisma/client'
import type { PublicationStatus } from '../generated/prisma/enums'
import { diffSnapshots } from './diff'
import { parseSnapshot, type PracticeSnapshot } from './editing-schemas'
import { PRACTICE_SNAPSHOT_COLUMNS, pickColumns } from './fields'
import { columnsSnapshot, practiceState, type PracticeState } from './practice-state'

export type Tx = Prisma.TransactionClient

export type Actor = { user: CurrentUser | null; ip?: string | null }

export const EDITORS: Role[] = ['admin', 'editor']
export const ADMINS: Role[] = ['admin']

export function workingSnapshot(row: PracticeState): PracticeSnapshot {
  return (row.draft !== null && parseSnapshot(row.draft)) || columnsSnapshot(row)
}

/** The status the workspace shows: a published practice's pending draft has its own. */
export function workingStatus(row: PracticeState): PublicationStatus {
  return row.status === 'PUBLISHED' && row.draft !== null ? (row.draftStatus ?? 'DRAFT') : row.status
}

export const json = (value: unknown) => value as Prisma.InputJsonValue

/** The current state of a practice, as a CONFLICT's details and for the conflict screen. */
export type PracticeConflict = {
  id: number
  version: number
  status: PublicationStatus
  snapshot: PracticeSnapshot
  updatedAt: string
  updatedBy: string | null
}

export async function conflictError(tx: Tx, id: number): Promise<AppError> {
  const row = await tx.practice.findUnique({ where: { id }, select: { ...practiceState, updatedById: true } })
  if (!row) return new AppError('NOT_FOUND', 'No such practice')
  const author = row.updatedById
    ? await tx.user.findUnique({ where: { id: row.updatedById }, select: { name: true } })
    : null
  const details: PracticeConflict = {
    id: row.id,
    version: row.version,
    status: workingStatus(row),
    snapshot: workingSnapshot(row),
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: author?.name ?? null,
  }
  return new AppError('CONFLICT', 'The practice was changed by someone else', details)
}

/**
 * The actor, checked against the users table inside the transaction (shared by lib/follow-up): anonymous → UNAUTHENTICATED,
 * a deleted or disabled account → UNAUTHENTICATED, a role not in `roles` → FORBIDDEN.
 */
export async function authorize(tx: Tx, user: CurrentUser | null, roles: Role[]): Promise<CurrentUser> {
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in first')
  const row = await tx.user.findUnique({
    where: { id: user.id },
    select: { id: true, email: true, name: true, role: true, disabledAt: true },
  })
  if (!row || row.disabledAt) throw new AppError('UNAUTHENTICATED', 'This account cannot act')
  if (!roles.some((role) => role === row.role)) throw new AppError('FORBIDDEN', 'Not allowed for this role')
  return { id: row.id, email: row.email, name: row.name, role: row.role as Role }
}

export async function loadPractice(tx: Tx, id: number, options: { deleted?: boolean } = {}): Promise<PracticeState> {
  const row = await tx.practice.findUnique({ where: { id }, select: practiceState })
  if (!row) throw new AppError('NOT_FOUND', 'No such practice')
  const deleted = row.deletedAt !== null
  if (deleted !== (options.deleted ?? false))
    throw new AppError('NOT_FOUND', deleted ? 'The practice is deleted' : 'The practice is not deleted')
  return row
}

export function columnsFrom(snapshot: PracticeSnapshot) {
  return pickColumns(snapshot, PRACTICE_SNAPSHOT_COLUMNS) satisfies Prisma.PracticeUpdateManyMutationInput
}

/** Replaces the practice's actors, objectives and sessions with the snapshot's. */
async function writeLinks(tx: Tx, practiceId: number, snapshot: PracticeSnapshot) {
  // One statement at a time: a transaction runs on one connection.
  await tx.practiceActor.deleteMany({ where: { practiceId } })
  await tx.practiceObjective.deleteMany({ where: { practiceId } })
  await tx.practiceSession.deleteMany({ where: { practiceId } })
  // A restored revision may name an actor, objective or session removed since: keep the ones that exist.
  const actors = await tx.actor.findMany({ where: { id: { in: snapshot.actorIds } }, select: { id: true } })
  const objectives = await tx.objective.findMany({
    where: { number: { in: snapshot.objectiveNumbers } },
    select: { number: true },
  })
  const sessions = await tx.session.findMany({
    where: { id: { in: snapshot.sessions.map((session) => session.id) } },
    select: { id: true },
  })
  const actorIds = new Set(actors.map((actor) => actor.id))
  const objectiveNumbers = new Set(objectives.map((objective) => objective.number))
  const sessionIds = new Set(sessions.map((session) => session.id))
  await tx.practiceActor.createMany({
    data: snapshot.actorIds
      .filter((id) => actorIds.has(id))
      .map((actorId, position) => ({ practiceId, actorId, position })),
  })
  await tx.practiceObjective.createMany({
    data: snapshot.objectiveNumbers
      .filter((number) => objectiveNumbers.has(number))
      .map((objectiveNumber) => ({ practiceId, objectiveNumber })),
  })
  await tx.practiceSession.createMany({
    data: snapshot.sessions
      .filter((session) => sessionIds.has(session.id))
      .map((session, position) => ({ practiceId, sessionId: session.id, listedKind: session.listedKind, position })),
  })
}

/** The changed fields of two snapshots, as the audit entry's before/after. */
export function auditChanges(before: PracticeSnapshot, after: PracticeSnapshot) {
  const changes = diffSnapshots(before, after)
  return {
    before: Object.fromEntries(changes.map((change) => [change.field, change.before])),
    after: Object.fromEntries(changes.map((change) => [change.field, change.after])),
  }
}

export type Commit = {
  tx: Tx
  user: CurrentUser
  ip?: string | null
  current: PracticeState
  expectedVersion: number
  /** Column changes besides the version bookkeeping. */
  data: Prisma.PracticeUpdateManyMutationInput
  /** Content to write into the link tables (when the columns change), else nothing. */
  links?: PracticeSnapshot
  revision: { snapshot: PracticeSnapshot; status: PublicationStatus; note?: string | null }
  audit: { action: string; before: Record<string, unknown>; after: Record<string, unknown> }
}

/**
 * The one way a practice changes: the version-guarded UPDATE (which also takes the row lock, so two
 * saves of the same version serialise and the second finds the version gone), then the revision and
 * the audit entry. Callers run it inside their transaction.
 */
/** Columns a published practice's pending edit writes; the public never sees them. */
const PENDING_ONLY_COLUMNS = new Set(['draft', 'draftStatus', 'draftUpdatedAt'])

const isPublic = (status: PublicationStatus, deletedAt: Date | null) => status === 'PUBLISHED' && deletedAt === null

/**
 * Whether a change shows on the public site: the practice is public before or after it, and the change
 * touches more than the pending draft (an edit while published waits for its publication).
 */
function changesPublicView(current: PracticeState, data: Prisma.PracticeUpdateManyMutationInput): boolean {
  const statusAfter = (data.status as PublicationStatus | undefined) ?? current.status
  const deletedAfter = 'deletedAt' in data ? ((data.deletedAt as Date | null | undefined) ?? null) : current.deletedAt
  if (!isPublic(current.status, current.deletedAt) && !isPublic(statusAfter, deletedAfter)) return false
  return Object.keys(data).some((column) => !PENDING_ONLY_COLUMNS.has(column))
}

export async function commit({ tx, user, ip, current, expectedVersion, data, links, revision, audit }: Commit) {
  if (current.version !== expectedVersion) throw await conflictError(tx, current.id)
  const updated = await tx.practice.updateMany({
    where: { id: current.id, version: expectedVersion },
    data: { ...data, version: { increment: 1 }, seedHash: null, updatedById: user.id },
  })
  if (updated.count !== 1) throw await conflictError(tx, current.id)
  if (changesPublicView(current, data)) await invalidateOnCommit(tx, [CACHE_TAGS.practices])
  const version = expectedVersion + 1
  // A seeded practice has no revision for its first version: store it, so history starts at the report.
  const baseline = await tx.practiceRevision.findUnique({
    where: { practiceId_version: { practiceId: current.id, version: expectedVersion } },
    select: { id: true },
  })
  if (!baseline) {
    await tx.practiceRevision.create({
      data: {
        practiceId: current.id,
        version: expectedVersion,
        snapshot: json(workingSnapshot(current)),
        status: workingStatus(current),
        authorId: null,
      },
    })
  }
  if (links) await writeLinks(tx, current.id, links)
  await tx.practiceRevision.create({
    data: {
      practiceId: current.id,
      version,
      snapshot: json(revision.snapshot),
      status: revision.status,
      authorId: user.id,
      note: revision.note ?? null,
    },
  })
  await recordAudit(tx, {
    actor: user,
    action: audit.action,
    targetType: 'practice',
    targetId: current.id,
    before: { version: expectedVersion, ...audit.before },
    after: { version, ...audit.after },
    ip,
  })
  return { id: current.id, version, slug: revision.snapshot.slug }
}

export type SavedPractice = { id: number; version: number; slug: string }

/** A unique-constraint race on the slug becomes the form's "slug taken" error. */
export async function transaction<T>(run: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await writeTransaction(db(), run)
  } catch (error) {
    if (
      error instanceof Prisma.PrismaClientKnownRequestError &&
      error.code === 'P2002' &&
      JSON.stringify(error.meta ?? {}).includes('slug')
    ) {
      throw slugTakenError()
    }
    throw error
  }
}

/** Where a new practice comes from (issue 15): the secretariat's workspace, or a member state's proposal. */
export type NewPracticeProvenance =
  | { source: 'SECRETARIAT' | 'FORUM_REPORT' }
  | { source: 'PROPOSAL'; proposedByInstitution: string | null; proposedAt: Date }

/**
 * The one way a practice comes into being (the editor, the import and a proposal's conversion): a draft,
 * version 1, its provenance, its links, its first revision and the audit entry. The caller has checked
 * the actor, the references and the slug.
 */
export async function insertDraft(
  tx: Tx,
  {
    actor,
    ip,
    snapshot,
    note,
    action,
    provenance,
  }: {
    actor: CurrentUser
    ip?: string | null
    snapshot: PracticeSnapshot
    note: string | null
    action: string
    provenance: NewPracticeProvenance
  },
): Promise<SavedPractice> {
  const created = await tx.practice.create({
    data: {
      ...columnsFrom(snapshot),
      ...provenance,
      status: 'DRAFT',
      version: 1,
      seedHash: null,
      createdById: actor.id,
      updatedById: actor.id,
    },
    select: { id: true },
  })
  await writeLinks(tx, created.id, snapshot)
  await tx.practiceRevision.create({
    data: { practiceId: created.id, version: 1, snapshot: json(snapshot), status: 'DRAFT', authorId: actor.id, note },
  })
  await recordAudit(tx, {
    actor,
    action,
    targetType: 'practice',
    targetId: created.id,
    after: { version: 1, status: 'DRAFT', source: provenance.source, ...snapshot },
    ip,
  })
  return { id: created.id, version: 1, slug: snapshot.slug }
}

export function slugTakenError(): AppError {
  return new AppError('INVALID', 'Slug taken', { field: 'slug', code: 'slugTaken' })
}

/** What a change commits besides the bookkeeping `withTransition` fills in (see `commit`). */
export type Change = Pick<Commit, 'data' | 'links' | 'revision' | 'audit'>

export type TransitionStep = {
  tx: Tx
  actor: CurrentUser
  current: PracticeState
  /** Commits the change at the version the caller loaded the practice at. */
  commit: (change: Change) => Promise<SavedPractice>
}

/**
 * The steps every change of an existing practice shares: one transaction, the actor's role checked
 * against the users table, the practice loaded (a deleted one only with `deleted`), its version
 * compared with the one the caller saw (else CONFLICT with the current record); then `run` decides the
 * change and commits it.
 */
export async function withTransition(
  roles: Role[],
  target: Actor & { id: number; version: number; deleted?: boolean },
  run: (step: TransitionStep) => Promise<SavedPractice>,
): Promise<SavedPractice> {
  return transaction((tx) => withTransitionIn(tx, roles, target, run))
}

/** withTransition inside the caller's transaction (a proposal's correction or publication commits with it). */
export async function withTransitionIn(
  tx: Tx,
  roles: Role[],
  { user, ip, id, version, deleted }: Actor & { id: number; version: number; deleted?: boolean },
  run: (step: TransitionStep) => Promise<SavedPractice>,
): Promise<SavedPractice> {
  const actor = await authorize(tx, user, roles)
  const current = await loadPractice(tx, id, { deleted })
  if (current.version !== version) throw await conflictError(tx, id)
  return run({
    tx,
    actor,
    current,
    commit: (change) => commit({ tx, user: actor, ip, current, expectedVersion: version, ...change }),
  })
}

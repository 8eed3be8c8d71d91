// The secretariat's changes to practices (issue 6; design in docs/decisions/006-publication-workflow.md).
// Each mutation takes one options object, checks the actor's role itself (against the users table, so a
// disabled or demoted account is refused even with a stale session object) and, in ONE transaction:
// bumps the version with `UPDATE … WHERE id = ? AND version = ?` (the loser of two concurrent saves of
// the same version gets AppError CONFLICT carrying the current record), stores a full snapshot as a
// PracticeRevision, and writes the audit entry. A failed mutation leaves neither change nor audit row.
import 'server-only'
import { recordAudit } from '../audit/record'
import type { CurrentUser, Role } from '../auth/session'
import { invalidateOnCommit, writeTransaction } from '../cache/invalidate'
import { CACHE_TAGS } from '../cache/tags'
import { db } from '../db'
import { AppError } from '../errors'
import { Prisma } from '../generated/prisma/client'
import type { PracticeKind, PublicationStatus } from '../generated/prisma/enums'
import { markProposalsPublished } from '../proposals/publication'
import { diffSnapshots } from './diff'
import { parseSnapshot, type PracticeInput, type PracticeSnapshot } from './editing-schemas'
import { columnsSnapshot, practiceState, type PracticeState } from './practice-state'

type Tx = Prisma.TransactionClient

type Actor = { user: CurrentUser | null; ip?: string | null }

const EDITORS: Role[] = ['admin', 'editor']
const ADMINS: Role[] = ['admin']

export function workingSnapshot(row: PracticeState): PracticeSnapshot {
  return (row.draft !== null && parseSnapshot(row.draft)) || columnsSnapshot(row)
}

/** The status the workspace shows: a published practice's pending draft has its own. */
function workingStatus(row: PracticeState): PublicationStatus {
  return row.status === 'PUBLISHED' && row.draft !== null ? (row.draftStatus ?? 'DRAFT') : row.status
}

const json = (value: unknown) => value as Prisma.InputJsonValue

/** The current state of a practice, as a CONFLICT's details and for the conflict screen. */
export type PracticeConflict = {
  id: number
  version: number
  status: PublicationStatus
  snapshot: PracticeSnapshot
  updatedAt: string
  updatedBy: string | null
}

async function conflictError(tx: Tx, id: number): Promise<AppError> {
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
  const row = await tx.user.findUnique({ where: { id: user.id }, select: { id: true, email: true, name: true, role: true, disabledAt: true } })
  if (!row || row.disabledAt) throw new AppError('UNAUTHENTICATED', 'This account cannot act')
  if (!roles.some((role) => role === row.role)) throw new AppError('FORBIDDEN', 'Not allowed for this role')
  return { id: row.id, email: row.email, name: row.name, role: row.role as Role }
}

async function loadPractice(tx: Tx, id: number, options: { deleted?: boolean } = {}): Promise<PracticeState> {
  const row = await tx.practice.findUnique({ where: { id }, select: practiceState })
  if (!row) throw new AppError('NOT_FOUND', 'No such practice')
  const deleted = row.deletedAt !== null
  if (deleted !== (options.deleted ?? false)) throw new AppError('NOT_FOUND', deleted ? 'The practice is deleted' : 'The practice is not deleted')
  return row
}

/** "Política de Datos Abiertos" → "politica-de-datos-abiertos". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '')
  return slug || 'practica'
}

async function slugTaken(tx: Tx, slug: string, exceptId?: number): Promise<boolean> {
  const row = await tx.practice.findUnique({ where: { slug }, select: { id: true } })
  return row !== null && row.id !== exceptId
}

async function freeSlug(tx: Tx, base: string): Promise<string> {
  for (let n = 1; n < 1_000; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`
    if (!(await slugTaken(tx, candidate))) return candidate
  }
  throw new AppError('INVALID', 'No free slug', { field: 'slug', code: 'slugTaken' })
}

/** Refuses references to actors, objectives or sessions that do not exist. */
async function assertReferences(tx: Tx, input: Pick<PracticeInput, 'actorIds' | 'objectiveNumbers' | 'sessionIds'>) {
  // One query at a time: a transaction runs on one connection.
  const actors = input.actorIds.length ? await tx.actor.count({ where: { id: { in: input.actorIds } } }) : 0
  const objectives = input.objectiveNumbers.length ? await tx.objective.count({ where: { number: { in: input.objectiveNumbers } } }) : 0
  const sessions = input.sessionIds.length ? await tx.session.count({ where: { id: { in: input.sessionIds } } }) : 0
  if (actors !== input.actorIds.length) throw new AppError('INVALID', 'Unknown actor', { field: 'actorIds', code: 'unknownReference' })
  if (objectives !== input.objectiveNumbers.length) throw new AppError('INVALID', 'Unknown objective', { field: 'objectiveNumbers', code: 'unknownReference' })
  if (sessions !== input.sessionIds.length) throw new AppError('INVALID', 'Unknown session', { field: 'sessionIds', code: 'unknownReference' })
}

/**
 * The snapshot of an input, given the content it replaces: actors keep their order (new ones last),
 * sessions keep the heading they are listed under (new ones: the practice's kind).
 */
export function snapshotFromInput(input: PracticeInput, slug: string, previous: PracticeSnapshot | null): PracticeSnapshot {
  const previousActors = previous?.actorIds ?? []
  const rank = (id: number) => {
    const index = previousActors.indexOf(id)
    return index === -1 ? Number.MAX_SAFE_INTEGER : index
  }
  const actorIds = input.actorIds
    .map((id, index) => ({ id, index }))
    .sort((a, b) => rank(a.id) - rank(b.id) || a.index - b.index)
    .map((entry) => entry.id)
  const listedKind = new Map<number, PracticeKind>((previous?.sessions ?? []).map((session) => [session.id, session.listedKind]))
  return {
    slug,
    kind: input.kind,
    titleEs: input.titleEs,
    titleEn: input.titleEn,
    summaryEs: input.summaryEs,
    summaryEn: input.summaryEn,
    bodyEs: input.bodyEs,
    bodyEn: input.bodyEn,
    reportTitle: input.reportTitle,
    sourceSectionEs: input.sourceSectionEs,
    sourceSectionEn: input.sourceSectionEn,
    externalUrl: input.externalUrl,
    translationStatusEs: input.translationStatusEs,
    translationStatusEn: input.translationStatusEn,
    actorIds,
    objectiveNumbers: [...input.objectiveNumbers].sort((a, b) => a - b),
    sessions: [...input.sessionIds].sort((a, b) => a - b).map((id) => ({ id, listedKind: listedKind.get(id) ?? input.kind })),
  }
}

function columnsFrom(snapshot: PracticeSnapshot) {
  return {
    slug: snapshot.slug,
    kind: snapshot.kind,
    titleEs: snapshot.titleEs,
    titleEn: snapshot.titleEn,
    summaryEs: snapshot.summaryEs,
    summaryEn: snapshot.summaryEn,
    bodyEs: snapshot.bodyEs,
    bodyEn: snapshot.bodyEn,
    reportTitle: snapshot.reportTitle,
    sourceSectionEs: snapshot.sourceSectionEs,
    sourceSectionEn: snapshot.sourceSectionEn,
    externalUrl: snapshot.externalUrl,
    translationStatusEs: snapshot.translationStatusEs,
    translationStatusEn: snapshot.translationStatusEn,
  } satisfies Prisma.PracticeUpdateManyMutationInput
}

/** Replaces the practice's actors, objectives and sessions with the snapshot's. */
async function writeLinks(tx: Tx, practiceId: number, snapshot: PracticeSnapshot) {
  // One statement at a time: a transaction runs on one connection.
  await tx.practiceActor.deleteMany({ where: { practiceId } })
  await tx.practiceObjective.deleteMany({ where: { practiceId } })
  await tx.practiceSession.deleteMany({ where: { practiceId } })
  // A restored revision may name an actor, objective or session removed since: keep the ones that exist.
  const actors = await tx.actor.findMany({ where: { id: { in: snapshot.actorIds } }, select: { id: true } })
  const objectives = await tx.objective.findMany({ where: { number: { in: snapshot.objectiveNumbers } }, select: { number: true } })
  const sessions = await tx.session.findMany({ where: { id: { in: snapshot.sessions.map((session) => session.id) } }, select: { id: true } })
  const actorIds = new Set(actors.map((actor) => actor.id))
  const objectiveNumbers = new Set(objectives.map((objective) => objective.number))
  const sessionIds = new Set(sessions.map((session) => session.id))
  await tx.practiceActor.createMany({
    data: snapshot.actorIds.filter((id) => actorIds.has(id)).map((actorId, position) => ({ practiceId, actorId, position })),
  })
  await tx.practiceObjective.createMany({
    data: snapshot.objectiveNumbers.filter((number) => objectiveNumbers.has(number)).map((objectiveNumber) => ({ practiceId, objectiveNumber })),
  })
  await tx.practiceSession.createMany({
    data: snapshot.sessions
      .filter((session) => sessionIds.has(session.id))
      .map((session, position) => ({ practiceId, sessionId: session.id, listedKind: session.listedKind, position })),
  })
}

/** The changed fields of two snapshots, as the audit entry's before/after. */
function auditChanges(before: PracticeSnapshot, after: PracticeSnapshot) {
  const changes = diffSnapshots(before, after)
  return {
    before: Object.fromEntries(changes.map((change) => [change.field, change.before])),
    after: Object.fromEntries(changes.map((change) => [change.field, change.after])),
  }
}

type Commit = {
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

async function commit({ tx, user, ip, current, expectedVersion, data, links, revision, audit }: Commit) {
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
      data: { practiceId: current.id, version: expectedVersion, snapshot: json(workingSnapshot(current)), status: workingStatus(current), authorId: null },
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
async function transaction<T>(run: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await writeTransaction(db(), run)
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002' && JSON.stringify(error.meta ?? {}).includes('slug')) {
      throw new AppError('INVALID', 'Slug taken', { field: 'slug', code: 'slugTaken' })
    }
    throw error
  }
}

// ---------------------------------------------------------------------------------------------
// Content
// ---------------------------------------------------------------------------------------------

/** Where a new practice comes from (issue 15): the secretariat's workspace, or a member state's proposal. */
export type NewPracticeProvenance =
  | { source: 'SECRETARIAT' }
  | { source: 'PROPOSAL'; proposedByInstitution: string | null; proposedAt: Date }

/** An editor or admin creates a practice: a draft, version 1, with its first revision. */
export async function createPractice({ user, ip, input }: Actor & { input: PracticeInput }): Promise<SavedPractice> {
  return transaction((tx) => createPracticeIn(tx, { user, ip, input, provenance: { source: 'SECRETARIAT' } }))
}

/** createPractice inside the caller's transaction (a proposal's conversion commits with it). */
export async function createPracticeIn(
  tx: Tx,
  { user, ip, input, provenance }: Actor & { input: PracticeInput; provenance: NewPracticeProvenance },
): Promise<SavedPractice> {
  const actor = await authorize(tx, user, EDITORS)
  await assertReferences(tx, input)
  if (input.slug && (await slugTaken(tx, input.slug))) throw new AppError('INVALID', 'Slug taken', { field: 'slug', code: 'slugTaken' })
  const slug = input.slug ?? (await freeSlug(tx, slugify(input.titleEs)))
  const snapshot = snapshotFromInput(input, slug, null)
  const created = await tx.practice.create({
    data: { ...columnsFrom(snapshot), ...provenance, status: 'DRAFT', version: 1, seedHash: null, createdById: actor.id, updatedById: actor.id },
    select: { id: true },
  })
  await writeLinks(tx, created.id, snapshot)
  await tx.practiceRevision.create({
    data: { practiceId: created.id, version: 1, snapshot: json(snapshot), status: 'DRAFT', authorId: actor.id, note: input.note },
  })
  await recordAudit(tx, {
    actor,
    action: 'practice.create',
    targetType: 'practice',
    targetId: created.id,
    after: { version: 1, status: 'DRAFT', source: provenance.source, ...snapshot },
    ip,
  })
  return { id: created.id, version: 1, slug }
}

/**
 * Saves an edit made at `version`. A published practice keeps what the public sees in its columns:
 * the edit goes to `draft` until an admin publishes it. Otherwise the columns change directly.
 */
export async function updatePractice(options: Actor & { id: number; version: number; input: PracticeInput }): Promise<SavedPractice> {
  return transaction((tx) => updatePracticeIn(tx, options))
}

/** updatePractice inside the caller's transaction (a proposed correction is applied with it). */
export async function updatePracticeIn(
  tx: Tx,
  { user, ip, id, version, input }: Actor & { id: number; version: number; input: PracticeInput },
): Promise<SavedPractice> {
  const actor = await authorize(tx, user, EDITORS)
  const current = await loadPractice(tx, id)
  if (current.version !== version) throw await conflictError(tx, id)
  await assertReferences(tx, input)
  const before = workingSnapshot(current)
  // The public address of a practice that has been published never changes.
  let slug = before.slug
  if (current.publishedAt === null && input.slug && input.slug !== before.slug) {
    if (await slugTaken(tx, input.slug, id)) throw new AppError('INVALID', 'Slug taken', { field: 'slug', code: 'slugTaken' })
    slug = input.slug
  }
  const after = snapshotFromInput(input, slug, before)
  return saveContent(tx, { actor, ip, current, version, before, after, note: input.note, action: 'practice.update' })
}

async function saveContent(
  tx: Tx,
  options: { actor: CurrentUser; ip?: string | null; current: PracticeState; version: number; before: PracticeSnapshot; after: PracticeSnapshot; note: string | null; action: string },
) {
  const { actor, ip, current, version, before, after, note, action } = options
  const changes = auditChanges(before, after)
  if (current.status === 'PUBLISHED') {
    const draftStatus = current.draft !== null ? (current.draftStatus ?? 'DRAFT') : 'DRAFT'
    return commit({
      tx,
      user: actor,
      ip,
      current,
      expectedVersion: version,
      data: { draft: json(after), draftStatus, draftUpdatedAt: new Date() },
      revision: { snapshot: after, status: draftStatus, note },
      audit: { action, before: changes.before, after: { ...changes.after, pending: true } },
    })
  }
  return commit({
    tx,
    user: actor,
    ip,
    current,
    expectedVersion: version,
    data: columnsFrom(after),
    links: after,
    revision: { snapshot: after, status: current.status, note },
    audit: { action, ...changes },
  })
}

/** Restores an old version's content as a new version (a pending draft for a published practice). */
export async function restoreRevision({ user, ip, id, version, revision }: Actor & { id: number; version: number; revision: number }): Promise<SavedPractice> {
  return transaction(async (tx) => {
    const actor = await authorize(tx, user, EDITORS)
    const current = await loadPractice(tx, id)
    if (current.version !== version) throw await conflictError(tx, id)
    const stored = await tx.practiceRevision.findUnique({
      where: { practiceId_version: { practiceId: id, version: revision } },
      select: { snapshot: true },
    })
    const snapshot = stored ? parseSnapshot(stored.snapshot) : null
    if (!snapshot) throw new AppError('NOT_FOUND', 'No such revision')
    const before = workingSnapshot(current)
    // The address stays when the practice has been published, or when another practice took the old one.
    const slug =
      current.publishedAt !== null || (snapshot.slug !== before.slug && (await slugTaken(tx, snapshot.slug, id))) ? before.slug : snapshot.slug
    const after = { ...snapshot, slug }
    return saveContent(tx, { actor, ip, current, version, before, after, note: `restored-from:${revision}`, action: 'practice.revision-restore' })
  })
}

// ---------------------------------------------------------------------------------------------
// Workflow: draft → in review → published → archived (→ draft); soft delete and restore
// ---------------------------------------------------------------------------------------------

type Transition = Actor & { id: number; version: number; note?: string | null }

function invalidTransition(): AppError {
  return new AppError('INVALID', 'This change of status is not possible now', { reason: 'transition' })
}

/** An editor or admin submits a draft (or a published practice's pending changes) for review. */
export async function submitForReview({ user, ip, id, version, note }: Transition): Promise<SavedPractice> {
  return transaction(async (tx) => {
    const actor = await authorize(tx, user, EDITORS)
    const current = await loadPractice(tx, id)
    if (current.version !== version) throw await conflictError(tx, id)
    const snapshot = workingSnapshot(current)
    const from = workingStatus(current)
    if (from !== 'DRAFT') throw invalidTransition()
    const pending = current.status === 'PUBLISHED'
    return commit({
      tx,
      user: actor,
      ip,
      current,
      expectedVersion: version,
      data: pending ? { draftStatus: 'IN_REVIEW' } : { status: 'IN_REVIEW' },
      revision: { snapshot, status: 'IN_REVIEW', note },
      audit: { action: 'practice.submit', before: { status: from }, after: { status: 'IN_REVIEW', ...(pending ? { pending: true } : {}) } },
    })
  })
}

/** An admin publishes a draft or a practice in review, or a published practice's pending changes. */
export async function publishPractice(transition: Transition): Promise<SavedPractice> {
  return transaction(async (tx) => {
    const saved = await publishPracticeIn(tx, transition)
    // The proposals this publication carries out are published too, and their proposers told.
    await markProposalsPublished(tx, { practiceId: saved.id, slug: saved.slug, actor: transition.user, ip: transition.ip })
    return saved
  })
}

async function publishPracticeIn(tx: Tx, { user, ip, id, version, note }: Transition): Promise<SavedPractice> {
  const actor = await authorize(tx, user, ADMINS)
  const current = await loadPractice(tx, id)
  if (current.version !== version) throw await conflictError(tx, id)
  const from = workingStatus(current)
  const live = columnsSnapshot(current)
  const snapshot = workingSnapshot(current)
  const now = new Date()
  if (current.status === 'PUBLISHED' && current.draft !== null) {
    const changes = auditChanges(live, snapshot)
    return commit({
      tx,
      user: actor,
      ip,
      current,
      expectedVersion: version,
      data: { ...columnsFrom(snapshot), draft: Prisma.DbNull, draftStatus: null, draftUpdatedAt: null, publishedAt: now, editedAt: now },
      links: snapshot,
      revision: { snapshot, status: 'PUBLISHED', note },
      audit: { action: 'practice.publish', before: { status: from, ...changes.before }, after: { status: 'PUBLISHED', ...changes.after } },
    })
  }
  if (current.status !== 'DRAFT' && current.status !== 'IN_REVIEW') throw invalidTransition()
  return commit({
    tx,
    user: actor,
    ip,
    current,
    expectedVersion: version,
    // The secretariat's publication is an editorial change: the public pages date the practice by it.
    data: { status: 'PUBLISHED', publishedAt: now, editedAt: now },
    revision: { snapshot, status: 'PUBLISHED', note },
    audit: { action: 'practice.publish', before: { status: from }, after: { status: 'PUBLISHED' } },
  })
}

/**
 * An admin archives a practice (it leaves the public site). Pending changes of a published practice
 * move into the columns: nothing is public any more, and the published content stays in the history.
 */
export async function archivePractice({ user, ip, id, version, note }: Transition): Promise<SavedPractice> {
  return transaction(async (tx) => {
    const actor = await authorize(tx, user, ADMINS)
    const current = await loadPractice(tx, id)
    if (current.version !== version) throw await conflictError(tx, id)
    if (current.status === 'ARCHIVED') throw invalidTransition()
    const snapshot = workingSnapshot(current)
    const folding = current.draft !== null
    return commit({
      tx,
      user: actor,
      ip,
      current,
      expectedVersion: version,
      data: { status: 'ARCHIVED', ...(folding ? { ...columnsFrom(snapshot), draft: Prisma.DbNull, draftStatus: null, draftUpdatedAt: null } : {}) },
      links: folding ? snapshot : undefined,
      revision: { snapshot, status: 'ARCHIVED', note },
      audit: { action: 'practice.archive', before: { status: current.status }, after: { status: 'ARCHIVED' } },
    })
  })
}

/**
 * Back to draft: a practice in review (or a published practice's pending changes in review) —
 * editors and admins; an archived practice — admins only.
 */
export async function returnToDraft({ user, ip, id, version, note }: Transition): Promise<SavedPractice> {
  return transaction(async (tx) => {
    const actor = await authorize(tx, user, EDITORS)
    const current = await loadPractice(tx, id)
    if (current.version !== version) throw await conflictError(tx, id)
    const from = workingStatus(current)
    const snapshot = workingSnapshot(current)
    if (current.status === 'ARCHIVED' && actor.role !== 'admin') throw new AppError('FORBIDDEN', 'Only admins restore archived practices')
    if (from !== 'IN_REVIEW' && current.status !== 'ARCHIVED') throw invalidTransition()
    const pending = current.status === 'PUBLISHED'
    return commit({
      tx,
      user: actor,
      ip,
      current,
      expectedVersion: version,
      data: pending ? { draftStatus: 'DRAFT' } : { status: 'DRAFT' },
      revision: { snapshot, status: 'DRAFT', note },
      audit: { action: 'practice.return-to-draft', before: { status: from }, after: { status: 'DRAFT', ...(pending ? { pending: true } : {}) } },
    })
  })
}

/** An admin deletes a practice: soft (deletedAt), restorable, gone from the public site at once. */
export async function deletePractice({ user, ip, id, version, note }: Transition): Promise<SavedPractice> {
  return transaction(async (tx) => {
    const actor = await authorize(tx, user, ADMINS)
    const current = await loadPractice(tx, id)
    return commit({
      tx,
      user: actor,
      ip,
      current,
      expectedVersion: version,
      data: { deletedAt: new Date() },
      revision: { snapshot: workingSnapshot(current), status: workingStatus(current), note: note ?? 'deleted' },
      audit: { action: 'practice.delete', before: { deletedAt: null }, after: { deleted: true } },
    })
  })
}

/** An admin restores a deleted practice, in the status it had. */
export async function restoreDeletedPractice({ user, ip, id, version, note }: Transition): Promise<SavedPractice> {
  return transaction(async (tx) => {
    const actor = await authorize(tx, user, ADMINS)
    const current = await loadPractice(tx, id, { deleted: true })
    return commit({
      tx,
      user: actor,
      ip,
      current,
      expectedVersion: version,
      data: { deletedAt: null },
      revision: { snapshot: workingSnapshot(current), status: workingStatus(current), note: note ?? 'restored' },
      audit: { action: 'practice.restore', before: { deletedAt: current.deletedAt }, after: { deletedAt: null } },
    })
  })
}

// ---------------------------------------------------------------------------------------------
// Bulk import (issue 7; docs/decisions/008-bulk-import.md). lib/import/mutations.ts plans the rows and
// calls these inside its ONE transaction, so a row that fails rolls every row back.
// ---------------------------------------------------------------------------------------------

/** The practices with these slugs (deleted ones included), with their columns as the export shows them. */
export async function findImportTargets(tx: Tx, slugs: string[]) {
  const rows = await tx.practice.findMany({ where: { slug: { in: slugs } }, select: practiceState })
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    version: row.version,
    status: row.status,
    pending: row.status === 'PUBLISHED' && row.draft !== null,
    deleted: row.deletedAt !== null,
    snapshot: columnsSnapshot(row),
  }))
}

/**
 * Saves one imported row (admins only): a new slug becomes a draft practice; an existing practice's
 * columns and links change directly, in whatever status it has (no pending draft), with a revision
 * and a 'practice.import' audit entry. A practice with pending workspace changes is refused.
 */
export async function saveImportedPractice(
  tx: Tx,
  { user, ip, input, target }: Actor & { input: PracticeInput & { slug: string }; target: { id: number; version: number } | null },
): Promise<SavedPractice> {
  const actor = await authorize(tx, user, ADMINS)
  await assertReferences(tx, input)
  if (!target) {
    if (await slugTaken(tx, input.slug)) throw new AppError('INVALID', 'Slug taken', { field: 'slug', code: 'slugTaken' })
    const snapshot = snapshotFromInput(input, input.slug, null)
    const created = await tx.practice.create({
      data: { ...columnsFrom(snapshot), source: 'SECRETARIAT', status: 'DRAFT', version: 1, seedHash: null, createdById: actor.id, updatedById: actor.id },
      select: { id: true },
    })
    await writeLinks(tx, created.id, snapshot)
    await tx.practiceRevision.create({
      data: { practiceId: created.id, version: 1, snapshot: json(snapshot), status: 'DRAFT', authorId: actor.id, note: 'import' },
    })
    await recordAudit(tx, { actor, action: 'practice.import-create', targetType: 'practice', targetId: created.id, after: { version: 1, status: 'DRAFT', ...snapshot }, ip })
    return { id: created.id, version: 1, slug: snapshot.slug }
  }
  const current = await loadPractice(tx, target.id)
  if (current.draft !== null) throw await conflictError(tx, current.id)
  const before = columnsSnapshot(current)
  const after = snapshotFromInput(input, before.slug, before)
  return commit({
    tx,
    user: actor,
    ip,
    current,
    expectedVersion: target.version,
    data: columnsFrom(after),
    links: after,
    revision: { snapshot: after, status: current.status, note: 'import' },
    audit: { action: 'practice.import', ...auditChanges(before, after) },
  })
}

// The secretariat's changes to practices (issue 6; design in docs/decisions/006-publication-workflow.md).
// Each mutation takes one options object and goes through lib/practices/versioned-mutations.ts, which
// checks the actor's role itself (against the users table, so a disabled or demoted account is refused
// even with a stale session object) and, in ONE transaction: bumps the version with `UPDATE … WHERE
// id = ? AND version = ?` (the loser of two concurrent saves of the same version gets AppError CONFLICT
// carrying the current record), stores a full snapshot as a PracticeRevision, and writes the audit
// entry. A failed mutation leaves neither change nor audit row.
import 'server-only'
import { AppError } from '../errors'
import type { PracticeKind } from '../generated/prisma/enums'
import { parseSnapshot, type PracticeInput, type PracticeSnapshot } from './editing-schemas'
import { PRACTICE_SNAPSHOT_COLUMNS, pickColumns } from './fields'
import { columnsSnapshot, practiceState, type PracticeState } from './practice-state'
import {
  ADMINS,
  EDITORS,
  auditChanges,
  authorize,
  columnsFrom,
  commit,
  conflictError,
  insertDraft,
  json,
  loadPractice,
  slugTakenError,
  transaction,
  withTransition,
  withTransitionIn,
  workingSnapshot,
  type Actor,
  type NewPracticeProvenance,
  type SavedPractice,
  type TransitionStep,
  type Tx,
} from './versioned-mutations'

// Callers import these from here (the actions, lib/follow-up, lib/import): the names stay where they were.
export { authorize, workingSnapshot }
export type { NewPracticeProvenance, PracticeConflict, SavedPractice } from './versioned-mutations'

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
  const objectives = input.objectiveNumbers.length
    ? await tx.objective.count({ where: { number: { in: input.objectiveNumbers } } })
    : 0
  const sessions = input.sessionIds.length ? await tx.session.count({ where: { id: { in: input.sessionIds } } }) : 0
  if (actors !== input.actorIds.length)
    throw new AppError('INVALID', 'Unknown actor', { field: 'actorIds', code: 'unknownReference' })
  if (objectives !== input.objectiveNumbers.length)
    throw new AppError('INVALID', 'Unknown objective', { field: 'objectiveNumbers', code: 'unknownReference' })
  if (sessions !== input.sessionIds.length)
    throw new AppError('INVALID', 'Unknown session', { field: 'sessionIds', code: 'unknownReference' })
}

/**
 * The snapshot of an input, given the content it replaces: actors keep their order (new ones last),
 * sessions keep the heading they are listed under (new ones: the practice's kind).
 */
export function snapshotFromInput(
  input: PracticeInput,
  slug: string,
  previous: PracticeSnapshot | null,
): PracticeSnapshot {
  const previousActors = previous?.actorIds ?? []
  const rank = (id: number) => {
    const index = previousActors.indexOf(id)
    return index === -1 ? Number.MAX_SAFE_INTEGER : index
  }
  const actorIds = input.actorIds
    .map((id, index) => ({ id, index }))
    .sort((a, b) => rank(a.id) - rank(b.id) || a.index - b.index)
    .map((entry) => entry.id)
  const listedKind = new Map<number, PracticeKind>(
    (previous?.sessions ?? []).map((session) => [session.id, session.listedKind]),
  )
  return {
    ...pickColumns(input, PRACTICE_SNAPSHOT_COLUMNS),
    slug,
    actorIds,
    objectiveNumbers: [...input.objectiveNumbers].sort((a, b) => a - b),
    sessions: [...input.sessionIds]
      .sort((a, b) => a - b)
      .map((id) => ({ id, listedKind: listedKind.get(id) ?? input.kind })),
  }
}

// ---------------------------------------------------------------------------------------------
// Content
// ---------------------------------------------------------------------------------------------

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
  if (input.slug && (await slugTaken(tx, input.slug))) throw slugTakenError()
  const slug = input.slug ?? (await freeSlug(tx, slugify(input.titleEs)))
  return insertDraft(tx, {
    actor,
    ip,
    snapshot: snapshotFromInput(input, slug, null),
    note: input.note,
    action: 'practice.create',
    provenance,
  })
}

/**
 * Saves an edit made at `version`. A published practice keeps what the public sees in its columns:
 * the edit goes to `draft` until an admin publishes it. Otherwise the columns change directly.
 */
export async function updatePractice(
  options: Actor & { id: number; version: number; input: PracticeInput },
): Promise<SavedPractice> {
  return transaction((tx) => updatePracticeIn(tx, options))
}

/** updatePractice inside the caller's transaction (a proposed correction is applied with it). */
export async function updatePracticeIn(
  tx: Tx,
  { user, ip, id, version, input }: Actor & { id: number; version: number; input: PracticeInput },
): Promise<SavedPractice> {
  return withTransitionIn(tx, EDITORS, { user, ip, id, version }, async ({ current, commit }) => {
    await assertReferences(tx, input)
    const before = workingSnapshot(current)
    // The public address of a practice that has been published never changes.
    let slug = before.slug
    if (current.publishedAt === null && input.slug && input.slug !== before.slug) {
      if (await slugTaken(tx, input.slug, id)) throw slugTakenError()
      slug = input.slug
    }
    const after = snapshotFromInput(input, slug, before)
    return saveContent(commit, { current, before, after, note: input.note, action: 'practice.update' })
  })
}

/** An edit's content: a published practice's pending draft, else the columns and links directly. */
function saveContent(
  commit: TransitionStep['commit'],
  {
    current,
    before,
    after,
    note,
    action,
  }: { current: PracticeState; before: PracticeSnapshot; after: PracticeSnapshot; note: string | null; action: string },
) {
  const changes = auditChanges(before, after)
  if (current.status === 'PUBLISHED') {
    const draftStatus = current.draft !== null ? (current.draftStatus ?? 'DRAFT') : 'DRAFT'
    return commit({
      data: { draft: json(after), draftStatus, draftUpdatedAt: new Date() },
      revision: { snapshot: after, status: draftStatus, note },
      audit: { action, before: changes.before, after: { ...changes.after, pending: true } },
    })
  }
  return commit({
    data: columnsFrom(after),
    links: after,
    revision: { snapshot: after, status: current.status, note },
    audit: { action, ...changes },
  })
}

/** Restores an old version's content as a new version (a pending draft for a published practice). */
export async function restoreRevision({
  user,
  ip,
  id,
  version,
  revision,
}: Actor & { id: number; version: number; revision: number }): Promise<SavedPractice> {
  return withTransition(EDITORS, { user, ip, id, version }, async ({ tx, current, commit }) => {
    const stored = await tx.practiceRevision.findUnique({
      where: { practiceId_version: { practiceId: id, version: revision } },
      select: { snapshot: true },
    })
    const snapshot = stored ? parseSnapshot(stored.snapshot) : null
    if (!snapshot) throw new AppError('NOT_FOUND', 'No such revision')
    const before = workingSnapshot(current)
    // The address stays when the practice has been published, or when another practice took the old one.
    const slug =
      current.publishedAt !== null || (snapshot.slug !== before.slug && (await slugTaken(tx, snapshot.slug, id)))
        ? before.slug
        : snapshot.slug
    const after = { ...snapshot, slug }
    return saveContent(commit, {
      current,
      before,
      after,
      note: `restored-from:${revision}`,
      action: 'practice.revision-restore',
    })
  })
}

// The workflow's transitions (draft → in review → published → archived; delete and restore) live in
// ./workflow-mutations.ts; callers keep importing them from here.
export {
  archivePractice,
  deletePractice,
  publishPractice,
  restoreDeletedPractice,
  returnToDraft,
  submitForReview,
} from './workflow-mutations'

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
  {
    user,
    ip,
    input,
    target,
    provenance = { source: 'SECRETARIAT' },
  }: Actor & {
    input: PracticeInput & { slug: string }
    target: { id: number; version: number } | null
    /** A new practice's provenance (the file's columns); an update keeps the practice's own. */
    provenance?: NewPracticeProvenance
  },
): Promise<SavedPractice> {
  const actor = await authorize(tx, user, ADMINS)
  await assertReferences(tx, input)
  if (!target) {
    if (await slugTaken(tx, input.slug)) throw slugTakenError()
    return insertDraft(tx, {
      actor,
      ip,
      snapshot: snapshotFromInput(input, input.slug, null),
      note: 'import',
      action: 'practice.import-create',
      provenance,
    })
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

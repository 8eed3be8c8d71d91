// The publication workflow of a practice (issue 6; docs/decisions/006-publication-workflow.md): each
// transition goes through withTransition (lib/practices/versioned-mutations.ts), which checks the role,
// the version and writes the revision and the audit entry in one transaction.
import 'server-only'
import { AppError } from '../errors'
import { Prisma } from '../generated/prisma/client'
import { markProposalsPublished } from '../proposals/publication'
import { columnsSnapshot } from './practice-state'
import {
  ADMINS,
  EDITORS,
  auditChanges,
  columnsFrom,
  transaction,
  withTransition,
  withTransitionIn,
  workingSnapshot,
  workingStatus,
  type Actor,
  type SavedPractice,
  type TransitionStep,
  type Tx,
} from './versioned-mutations'

// ---------------------------------------------------------------------------------------------
// Workflow: draft → in review → published → archived (→ draft); soft delete and restore
// ---------------------------------------------------------------------------------------------

type Transition = Actor & { id: number; version: number; note?: string | null }

function invalidTransition(): AppError {
  return new AppError('INVALID', 'This change of status is not possible now', { reason: 'transition' })
}

/**
 * Moves the working copy between draft and review: a published practice's pending changes (its
 * draftStatus; the audit says `pending`), else the practice itself.
 */
function moveWorkingCopy(
  { current, commit }: TransitionStep,
  to: 'DRAFT' | 'IN_REVIEW',
  action: string,
  note: string | null | undefined,
): Promise<SavedPractice> {
  const pending = current.status === 'PUBLISHED'
  return commit({
    data: pending ? { draftStatus: to } : { status: to },
    revision: { snapshot: workingSnapshot(current), status: to, note },
    audit: {
      action,
      before: { status: workingStatus(current) },
      after: { status: to, ...(pending ? { pending: true } : {}) },
    },
  })
}

/** An editor or admin submits a draft (or a published practice's pending changes) for review. */
export async function submitForReview({ note, ...target }: Transition): Promise<SavedPractice> {
  return withTransition(EDITORS, target, async (step) => {
    if (workingStatus(step.current) !== 'DRAFT') throw invalidTransition()
    return moveWorkingCopy(step, 'IN_REVIEW', 'practice.submit', note)
  })
}

/** An admin publishes a draft or a practice in review, or a published practice's pending changes. */
export async function publishPractice(transition: Transition): Promise<SavedPractice> {
  return transaction(async (tx) => {
    const saved = await publishPracticeIn(tx, transition)
    // The proposals this publication carries out are published too, and their proposers told.
    await markProposalsPublished(tx, {
      practiceId: saved.id,
      slug: saved.slug,
      actor: transition.user,
      ip: transition.ip,
    })
    return saved
  })
}

async function publishPracticeIn(tx: Tx, { note, ...target }: Transition): Promise<SavedPractice> {
  return withTransitionIn(tx, ADMINS, target, async ({ current, commit }) => {
    const from = workingStatus(current)
    const live = columnsSnapshot(current)
    const snapshot = workingSnapshot(current)
    const now = new Date()
    if (current.status === 'PUBLISHED' && current.draft !== null) {
      const changes = auditChanges(live, snapshot)
      return commit({
        data: {
          ...columnsFrom(snapshot),
          draft: Prisma.DbNull,
          draftStatus: null,
          draftUpdatedAt: null,
          publishedAt: now,
          editedAt: now,
        },
        links: snapshot,
        revision: { snapshot, status: 'PUBLISHED', note },
        audit: {
          action: 'practice.publish',
          before: { status: from, ...changes.before },
          after: { status: 'PUBLISHED', ...changes.after },
        },
      })
    }
    if (current.status !== 'DRAFT' && current.status !== 'IN_REVIEW') throw invalidTransition()
    return commit({
      // The secretariat's publication is an editorial change: the public pages date the practice by it.
      data: { status: 'PUBLISHED', publishedAt: now, editedAt: now },
      revision: { snapshot, status: 'PUBLISHED', note },
      audit: { action: 'practice.publish', before: { status: from }, after: { status: 'PUBLISHED' } },
    })
  })
}

/**
 * An admin archives a practice (it leaves the public site). Pending changes of a published practice
 * move into the columns: nothing is public any more, and the published content stays in the history.
 */
export async function archivePractice({ note, ...target }: Transition): Promise<SavedPractice> {
  return withTransition(ADMINS, target, async ({ current, commit }) => {
    if (current.status === 'ARCHIVED') throw invalidTransition()
    const snapshot = workingSnapshot(current)
    const folding = current.draft !== null
    return commit({
      data: {
        status: 'ARCHIVED',
        ...(folding ? { ...columnsFrom(snapshot), draft: Prisma.DbNull, draftStatus: null, draftUpdatedAt: null } : {}),
      },
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
export async function returnToDraft({ note, ...target }: Transition): Promise<SavedPractice> {
  return withTransition(EDITORS, target, async (step) => {
    const { actor, current } = step
    if (current.status === 'ARCHIVED' && actor.role !== 'admin')
      throw new AppError('FORBIDDEN', 'Only admins restore archived practices')
    if (workingStatus(current) !== 'IN_REVIEW' && current.status !== 'ARCHIVED') throw invalidTransition()
    return moveWorkingCopy(step, 'DRAFT', 'practice.return-to-draft', note)
  })
}

/** An admin deletes a practice: soft (deletedAt), restorable, gone from the public site at once. */
export async function deletePractice({ note, ...target }: Transition): Promise<SavedPractice> {
  return withTransition(ADMINS, target, async ({ current, commit }) =>
    commit({
      data: { deletedAt: new Date() },
      revision: { snapshot: workingSnapshot(current), status: workingStatus(current), note: note ?? 'deleted' },
      audit: { action: 'practice.delete', before: { deletedAt: null }, after: { deleted: true } },
    }),
  )
}

/** An admin restores a deleted practice, in the status it had. */
export async function restoreDeletedPractice({ note, ...target }: Transition): Promise<SavedPractice> {
  return withTransition(ADMINS, { ...target, deleted: true }, async ({ current, commit }) =>
    commit({
      data: { deletedAt: null },
      revision: { snapshot: workingSnapshot(current), status: workingStatus(current), note: note ?? 'restored' },
      audit: { action: 'practice.restore', before: { deletedAt: current.deletedAt }, after: { deletedAt: null } },
    }),
  )
}

// The bulk import (issue 7; docs/decisions/008-bulk-import.md). One function for both steps: the dry
// run reads, validates and plans without writing; the apply does the same again on the server (the
// client's plan is never trusted), refuses a file whose plan differs from the one the admin reviewed,
// and writes every create and update in ONE transaction — all or nothing.
import 'server-only'
import { db } from '../db'
import { AppError } from '../errors'
import type { CurrentUser } from '../auth/session'
import { authorize, findImportTargets, saveImportedPractice } from '../practices/mutations'
import { parseImportFile, type FileErrorCode, type ImportFormat } from './parse'
import { planImport, type ImportAction, type ImportPlan, type ImportRowError, type ImportRowWarning } from './plan'
import type { ImportColumn } from './parse'

/** A planned row as the page shows it (no input, no ids). */
export type ImportRowView = {
  row: number
  slug: string | null
  action: ImportAction
  errors: ImportRowError[]
  warnings: ImportRowWarning[]
  changes: ImportColumn[]
}

export type ImportOutcome =
  | { ok: false; fileError: FileErrorCode; detail?: string }
  | { ok: true; applied: boolean; hash: string; counts: ImportPlan['counts']; rows: ImportRowView[] }

/** Generous: a 2 MB file of a few hundred practices, on the embedded database too. */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 120_000 }

export async function importPractices({
  user,
  ip,
  content,
  format,
  apply = false,
  expectedHash,
}: {
  user: CurrentUser | null
  ip?: string | null
  content: string
  format: ImportFormat
  /** Write the plan (only when it has no invalid row and its hash is `expectedHash`). */
  apply?: boolean
  expectedHash?: string
}): Promise<ImportOutcome> {
  return db().$transaction(async (tx) => {
    const admin = await authorize(tx, user, ['admin'])
    const parsed = parseImportFile(content, format)
    if (!parsed.ok) return { ok: false, fileError: parsed.error, ...(parsed.detail ? { detail: parsed.detail } : {}) }
    const slugs = [...new Set(parsed.rows.flatMap((row) => (row.texts.slug ? [row.texts.slug.trim()] : [])))]
    const [actors, sessions, targets] = await Promise.all([
      tx.actor.findMany({ select: { id: true, slug: true } }),
      tx.session.findMany({ select: { id: true, slug: true } }),
      findImportTargets(tx, slugs),
    ])
    const plan = planImport(
      content,
      parsed.rows,
      {
        actorIdBySlug: new Map(actors.map((actor) => [actor.slug, actor.id])),
        sessionIdBySlug: new Map(sessions.map((session) => [session.slug, session.id])),
      },
      new Map(targets.map((target) => [target.slug, target])),
    )
    const view = {
      ok: true as const,
      hash: plan.hash,
      counts: plan.counts,
      rows: plan.rows.map(({ row, slug, action, errors, warnings, changes }) => ({
        row,
        slug,
        action,
        errors,
        warnings,
        changes,
      })),
    }
    if (!apply || plan.counts.invalid > 0) return { ...view, applied: false }
    if (expectedHash !== plan.hash)
      throw new AppError('CONFLICT', 'The file or the data changed since the dry run', { reason: 'stale' })
    for (const row of plan.rows) {
      if ((row.action === 'create' || row.action === 'update') && row.input) {
        await saveImportedPractice(tx, {
          user: admin,
          ip,
          input: row.input,
          target: row.target ?? null,
          provenance: row.provenance,
        })
      }
    }
    return { ...view, applied: true }
  }, TRANSACTION_OPTIONS)
}

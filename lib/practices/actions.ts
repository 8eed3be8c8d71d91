'use server'
// The practice editor's server actions. Thin: session → validation with messages in the user's
// language → the mutation (which checks the role again and audits) → revalidate → result.
import { headers } from 'next/headers'
import type { z } from 'zod'
import { revalidatePath } from 'next/cache'
import { getLocale, getTranslations } from 'next-intl/server'
import { redirect } from '@/i18n/navigation'
import { routing, type AppLocale } from '@/i18n/routing'
import { clientIp, requireUser, type CurrentUser } from '@/lib/auth/session'
import { isAppError } from '@/lib/errors'
import { appErrorKey, translator, type Translate } from '@/lib/forms/action-errors'
import { translateIssues, type FieldErrors } from '@/lib/forms/form-state'
import { changedFields, diffSnapshots, type FieldChange, type SnapshotField } from './diff'
import {
  PracticeIdSchema,
  PracticeInputSchema,
  PracticeTransitionInputSchema,
  RevisionRestoreInputSchema,
  VersionSchema,
  practiceFormToObject,
  type PracticeInput,
  type PracticeSnapshot,
  type PracticeTransition,
} from './editing-schemas'
import {
  archivePractice,
  createPractice,
  deletePractice,
  publishPractice,
  restoreDeletedPractice,
  restoreRevision,
  returnToDraft,
  snapshotFromInput,
  submitForReview,
  updatePractice,
  type PracticeConflict,
  type SavedPractice,
} from './mutations'
import { getRevisionSnapshot } from './workspace-queries'

/** What the conflict screen shows: who changed what since the form was loaded, and the record now. */
export type PracticeConflictView = {
  version: number
  updatedBy: string | null
  updatedAt: string
  /** Base (the version the form was loaded at) → the current record. */
  theirChanges: FieldChange[]
  /** Fields the other person changed that this form changed too. */
  bothChanged: SnapshotField[]
  current: PracticeSnapshot
}

export type PracticeActionState =
  | null
  | { ok: true; data: SavedPractice; message: string }
  | { ok: false; fieldErrors: FieldErrors; formError?: string; conflict?: PracticeConflictView }

async function currentLocale(): Promise<AppLocale> {
  const locale = await getLocale()
  return routing.locales.find((candidate) => candidate === locale) ?? routing.defaultLocale
}

function revalidateWorkspace() {
  revalidatePath('/[locale]/manage/practices', 'layout')
}

/** Domain errors as the form's errors; anything else is a real failure (the error page). */
async function failure(
  error: unknown,
  translate: Translate,
  context: { user: CurrentUser | null; id?: number; baseVersion?: number; mine?: PracticeInput | null },
): Promise<PracticeActionState> {
  if (!isAppError(error)) throw error
  const details = (error.details ?? {}) as { field?: string; code?: string }
  if (error.code === 'CONFLICT' && context.id !== undefined && context.baseVersion !== undefined) {
    const current = error.details as PracticeConflict
    const base = await getRevisionSnapshot(context.user, context.id, context.baseVersion)
    const theirChanges = diffSnapshots(base, current.snapshot)
    const mine = context.mine
      ? changedFields(base, snapshotFromInput(context.mine, context.mine.slug ?? base?.slug ?? '', base))
      : new Set<SnapshotField>()
    return {
      ok: false,
      fieldErrors: {},
      formError: translate('conflict'),
      conflict: {
        version: current.version,
        updatedBy: current.updatedBy,
        updatedAt: current.updatedAt,
        theirChanges,
        bothChanged: theirChanges.map((change) => change.field).filter((field) => mine.has(field)),
        current: current.snapshot,
      },
    }
  }
  if (error.code === 'INVALID' && details.field && details.code) {
    return { ok: false, fieldErrors: { [details.field]: translate(details.code) }, formError: translate('checkFields') }
  }
  return { ok: false, fieldErrors: {}, formError: translate(appErrorKey(error, { CONFLICT: 'conflictStatus' })) }
}

/** Creates (no id) or saves (id + the version the form was loaded at) a practice. */
export async function savePracticeAction(
  _previous: PracticeActionState,
  formData: FormData,
): Promise<PracticeActionState> {
  const translate = await translator('PracticeEditor')
  const idValue = formData.get('id')
  const id = idValue ? PracticeIdSchema.safeParse(idValue) : null
  const version = idValue ? VersionSchema.safeParse(formData.get('version')) : null
  if ((id && !id.success) || (version && !version.success))
    return { ok: false, fieldErrors: {}, formError: translate('notFound') }
  let user: CurrentUser | null = null
  let saved: SavedPractice
  const parsed = PracticeInputSchema.safeParse(practiceFormToObject(formData))
  try {
    user = await requireUser({ roles: ['admin', 'editor'] })
    if (!parsed.success) {
      return { ok: false, fieldErrors: translateIssues(parsed.error, translate), formError: translate('checkFields') }
    }
    const ip = clientIp(await headers())
    saved =
      id?.success && version?.success
        ? await updatePractice({ user, ip, id: id.data, version: version.data, input: parsed.data })
        : await createPractice({ user, ip, input: parsed.data })
  } catch (error) {
    return failure(error, translate, {
      user,
      id: id?.success ? id.data : undefined,
      baseVersion: version?.success ? version.data : undefined,
      mine: parsed.success ? parsed.data : null,
    })
  }
  revalidateWorkspace()
  if (!idValue) {
    // A new practice continues on its own page.
    redirect({
      href: { pathname: '/manage/practices/[id]', params: { id: String(saved.id) } },
      locale: await currentLocale(),
    })
  }
  const t = await getTranslations('PracticeEditor')
  return { ok: true, data: saved, message: t('saved', { version: saved.version }) }
}

const TRANSITIONS: Record<PracticeTransition, typeof submitForReview> = {
  submit: submitForReview,
  publish: publishPractice,
  archive: archivePractice,
  returnToDraft,
  delete: deletePractice,
  restore: restoreDeletedPractice,
}

/**
 * The workflow forms' common part: the form parsed (a bad one is a generic error: no field to blame),
 * the mutation run as the signed-in editor or admin (a refusal becomes the form's error), the workspace
 * revalidated; then `done` answers (outside the try: it may redirect).
 */
async function workflowAction<Schema extends z.ZodType, Result>(
  formData: FormData,
  schema: Schema,
  run: (actor: { user: CurrentUser; ip: string }, input: z.output<Schema>) => Promise<Result>,
  done: (result: Result, input: z.output<Schema>) => Promise<PracticeActionState>,
): Promise<PracticeActionState> {
  const translate = await translator('PracticeEditor')
  const parsed = schema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return { ok: false, fieldErrors: {}, formError: translate('generic') }
  let user: CurrentUser | null = null
  let result: Result
  try {
    user = await requireUser({ roles: ['admin', 'editor'] })
    result = await run({ user, ip: clientIp(await headers()) }, parsed.data)
  } catch (error) {
    return failure(error, translate, { user })
  }
  revalidateWorkspace()
  return done(result, parsed.data)
}

/** A workflow button: submit for review, publish, archive, back to draft, delete, restore. */
export async function transitionPracticeAction(
  _previous: PracticeActionState,
  formData: FormData,
): Promise<PracticeActionState> {
  return workflowAction(
    formData,
    PracticeTransitionInputSchema,
    (actor, { transition, id, version }) => TRANSITIONS[transition]({ ...actor, id, version }),
    async (saved, { transition }) => {
      const t = await getTranslations('PracticeEditor')
      return { ok: true, data: saved, message: t(`done.${transition}`) }
    },
  )
}

/** Restores an old version as a new one, then shows the editor. */
export async function restoreRevisionAction(
  _previous: PracticeActionState,
  formData: FormData,
): Promise<PracticeActionState> {
  return workflowAction(
    formData,
    RevisionRestoreInputSchema,
    (actor, input) => restoreRevision({ ...actor, ...input }),
    async (_saved, { id }) => {
      redirect({
        href: { pathname: '/manage/practices/[id]', params: { id: String(id) } },
        locale: await currentLocale(),
      })
      return null
    },
  )
}

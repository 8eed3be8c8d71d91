'use server'
// The import page's one action, in two steps: "check" reads the uploaded file and returns the dry run
// (with the file's text and the plan's hash, so the page can ask to apply exactly that); "apply" sends
// the text back and the server validates and plans it again before writing (lib/import/mutations.ts).
import { revalidatePath } from 'next/cache'
import { headers } from 'next/headers'
import { getTranslations } from 'next-intl/server'
import { clientIp, requireUser } from '@/lib/auth/session'
import { isAppError } from '@/lib/errors'
import type { FormState } from '@/lib/forms/form-state'
import { importPractices, type ImportRowView } from './mutations'
import { decodeImportBytes, importFormatOf, MAX_IMPORT_BYTES, type ImportFormat } from './parse'
import type { ImportPlan } from './plan'

export type ImportResult = {
  step: 'checked' | 'applied'
  fileName: string
  format: ImportFormat
  /** The file's text and its plan's hash, carried to the apply step (re-checked there). */
  content: string
  hash: string
  counts: ImportPlan['counts']
  rows: ImportRowView[]
}

export type ImportState = FormState<ImportResult>

const text = (formData: FormData, name: string) => {
  const value = formData.get(name)
  return typeof value === 'string' ? value : ''
}

export async function importAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const t = await getTranslations('Import')
  const fail = (formError: string): ImportState => ({ ok: false, fieldErrors: {}, formError, values: {} })
  try {
    const user = await requireUser({ roles: ['admin'] })
    const ip = clientIp(await headers())
    let content: string
    let format: ImportFormat | null
    let fileName: string
    const apply = text(formData, 'intent') === 'apply'
    if (apply) {
      content = text(formData, 'content')
      fileName = text(formData, 'fileName')
      format = importFormatOf(fileName)
      if (Buffer.byteLength(content, 'utf8') > MAX_IMPORT_BYTES) return fail(t('fileErrors.tooLarge'))
    } else {
      const file = formData.get('file')
      if (!(file instanceof File) || file.size === 0) return fail(t('fileErrors.noFile'))
      if (file.size > MAX_IMPORT_BYTES) return fail(t('fileErrors.tooLarge'))
      fileName = file.name
      format = importFormatOf(file.name)
      if (!format) return fail(t('fileErrors.wrongType'))
      const decoded = decodeImportBytes(new Uint8Array(await file.arrayBuffer()))
      if (decoded === null) return fail(t('fileErrors.encoding'))
      content = decoded
    }
    if (!format) return fail(t('fileErrors.wrongType'))
    const outcome = await importPractices({
      user,
      ip,
      content,
      format,
      apply,
      expectedHash: apply ? text(formData, 'hash') : undefined,
    })
    if (!outcome.ok) return fail(t(`fileErrors.${outcome.fileError}`, { detail: outcome.detail ?? '' }))
    if (outcome.applied) {
      revalidatePath('/[locale]', 'layout')
    }
    return {
      ok: true,
      data: {
        step: outcome.applied ? 'applied' : 'checked',
        fileName,
        format,
        content: outcome.applied ? '' : content,
        hash: outcome.hash,
        counts: outcome.counts,
        rows: outcome.rows,
      },
    }
  } catch (error) {
    if (isAppError(error, 'UNAUTHENTICATED')) return fail(t('fileErrors.unauthenticated'))
    if (isAppError(error, 'FORBIDDEN')) return fail(t('fileErrors.forbidden'))
    if (isAppError(error, 'CONFLICT')) return fail(t('fileErrors.stale'))
    console.error('[import] failed', error)
    return fail(t('fileErrors.failed'))
  }
}

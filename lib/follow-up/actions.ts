'use server'
// The follow-up form (admins). Thin: session → validation → mutation (checks the role again, audits).
import { headers } from 'next/headers'
import { revalidatePath } from 'next/cache'
import { clientIp, requireUser } from '@/lib/auth/session'
import { isAppError } from '@/lib/errors'
import { appErrorKey, translator } from '@/lib/forms/action-errors'
import { formValues, translateIssues, type FormState } from '@/lib/forms/form-state'
import { updateFollowUp } from './mutations'
import { FollowUpInputSchema } from './schemas'

export async function updateFollowUpAction(
  _previous: FormState<{ savedAt: string }>,
  formData: FormData,
): Promise<FormState<{ savedAt: string }>> {
  const translate = await translator('FollowUp')
  const values = formValues(formData, ['target', 'id', 'status', 'noteEs', 'noteEn', 'checkedAt'])
  try {
    const user = await requireUser({ roles: ['admin'] })
    const parsed = FollowUpInputSchema.safeParse(Object.fromEntries(formData))
    if (!parsed.success) return { ok: false, fieldErrors: translateIssues(parsed.error, translate), values }
    await updateFollowUp({ user, ip: clientIp(await headers()), input: parsed.data })
  } catch (error) {
    if (!isAppError(error)) throw error
    return { ok: false, fieldErrors: {}, formError: translate(appErrorKey(error)), values }
  }
  revalidatePath('/[locale]/manage/follow-up', 'page')
  revalidatePath('/[locale]/recommendations', 'page')
  return { ok: true, data: { savedAt: new Date().toISOString() } }
}

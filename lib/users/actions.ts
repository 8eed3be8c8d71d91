'use server'
// The admin's user-management forms. Thin: check the session and role, validate, call the mutation
// (which checks the role again and audits), revalidate, return a FormState.
import { headers } from 'next/headers'
import type { z } from 'zod'
import { revalidatePath } from 'next/cache'
import { getLocale } from 'next-intl/server'
import { getPathname } from '@/i18n/navigation'
import type { AppLocale } from '@/i18n/routing'
import { clientIp, requireUser, type CurrentUser } from '@/lib/auth/session'
import { env } from '@/lib/env'
import { isAppError } from '@/lib/errors'
import { appErrorKey, translator, type Translate } from '@/lib/forms/action-errors'
import { formValues, translateIssues, type FormState } from '@/lib/forms/form-state'
import { changeUserRole, createUser, issuePasswordResetLink, setUserDisabled } from './mutations'
import { UserCreateInputSchema, UserDisabledInputSchema, UserIdSchema, UserRoleInputSchema } from './schemas'

export type ResetLink = { url: string; expiresAt: string }

/** The repeated part of every action here: the admin check, and domain errors as form errors. */
async function asAdmin<Data>(
  values: Record<string, string>,
  run: (admin: CurrentUser, ip: string, translate: Translate) => Promise<FormState<Data>>,
): Promise<FormState<Data>> {
  const translate = await translator('Users')
  try {
    const admin = await requireUser({ roles: ['admin'] })
    return await run(admin, clientIp(await headers()), translate)
  } catch (error) {
    if (!isAppError(error)) throw error
    const details = (error.details as { field?: string } | undefined) ?? {}
    if (error.code === 'CONFLICT' && details.field === 'email') {
      return { ok: false, fieldErrors: { email: translate('emailTaken') }, values }
    }
    return { ok: false, fieldErrors: {}, formError: translate(appErrorKey(error)), values }
  }
}

async function resetLink(token: string, expiresAt: Date): Promise<ResetLink> {
  const locale = (await getLocale()) as AppLocale
  const path = getPathname({ locale, href: { pathname: '/reset-password/[token]', params: { token } } })
  return { url: new URL(path, env().SITE_URL).toString(), expiresAt: expiresAt.toISOString() }
}

function revalidateUsers() {
  revalidatePath('/[locale]/manage/users', 'layout')
  revalidatePath('/[locale]/manage/audit', 'page')
}

/**
 * The same for a form validated as a whole: invalid input → field errors in the user's language; after
 * the change, the users' pages are revalidated and its result is the form's data.
 */
async function asAdminForm<Input, Data>(
  formData: FormData,
  fields: readonly string[],
  schema: z.ZodType<Input>,
  change: (admin: CurrentUser, ip: string, input: Input) => Promise<Data>,
): Promise<FormState<Data>> {
  const values = formValues(formData, fields)
  return asAdmin(values, async (admin, ip, translate) => {
    const parsed = schema.safeParse(Object.fromEntries(formData))
    if (!parsed.success) return { ok: false, fieldErrors: translateIssues(parsed.error, translate), values }
    const data = await change(admin, ip, parsed.data)
    revalidateUsers()
    return { ok: true, data }
  })
}

export async function createUserAction(
  _previous: FormState<ResetLink & { email: string }>,
  formData: FormData,
): Promise<FormState<ResetLink & { email: string }>> {
  return asAdminForm(formData, ['email', 'name', 'role'], UserCreateInputSchema, async (admin, ip, input) => {
    const created = await createUser({ actor: admin, input, ip })
    return { email: created.user.email, ...(await resetLink(created.resetToken, created.expiresAt)) }
  })
}

export async function changeUserRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return asAdminForm(formData, ['userId', 'role'], UserRoleInputSchema, async (admin, ip, { userId, role }) => {
    await changeUserRole({ actor: admin, userId, role, ip })
    return undefined
  })
}

export async function setUserDisabledAction(
  _previous: FormState<{ disabled: boolean }>,
  formData: FormData,
): Promise<FormState<{ disabled: boolean }>> {
  return asAdminForm(formData, ['userId', 'disabled'], UserDisabledInputSchema, async (admin, ip, input) => {
    await setUserDisabled({ actor: admin, userId: input.userId, disabled: input.disabled, ip })
    return { disabled: input.disabled }
  })
}

export async function issueResetLinkAction(
  _previous: FormState<ResetLink>,
  formData: FormData,
): Promise<FormState<ResetLink>> {
  const values = formValues(formData, ['userId'])
  return asAdmin(values, async (admin, ip, translate) => {
    const parsed = UserIdSchema.safeParse(formData.get('userId'))
    if (!parsed.success) return { ok: false, fieldErrors: {}, formError: translate('notFound'), values }
    const issued = await issuePasswordResetLink({ actor: admin, userId: parsed.data, ip })
    revalidateUsers()
    return { ok: true, data: await resetLink(issued.resetToken, issued.expiresAt) }
  })
}

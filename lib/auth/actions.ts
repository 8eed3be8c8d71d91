'use server'
// Sign-in, sign-out and password-reset forms. Thin: validate, call lib/auth/mutations.ts or
// lib/users/mutations.ts, then redirect or return a FormState.
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getLocale } from 'next-intl/server'
import { getPathname } from '@/i18n/navigation'
import { isAppError } from '@/lib/errors'
import { translator } from '@/lib/forms/action-errors'
import { formValues, translateIssues, type FormState } from '@/lib/forms/form-state'
import { resetPasswordWithToken } from '@/lib/users/mutations'
import { PasswordResetInputSchema, SignInInputSchema } from '@/lib/users/schemas'
import { consumeRateLimit, signInWithPassword, signOut, signOutEverywhere } from './mutations'
import { safeReturnPath } from './return-path'
import { clientIp, getCurrentUser } from './session'

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const translate = await translator('SignIn')
  const values = formValues(formData, ['email', 'next'])
  const parsed = SignInInputSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return { ok: false, fieldErrors: translateIssues(parsed.error, translate), values }

  const requestHeaders = await headers()
  const result = await signInWithPassword({
    email: parsed.data.email,
    password: parsed.data.password,
    ip: clientIp(requestHeaders),
    headers: requestHeaders,
  })
  if (!result.ok) {
    const formError = translate(result.reason === 'RATE_LIMITED' ? 'rateLimited' : 'invalidCredentials')
    return { ok: false, fieldErrors: {}, formError, values }
  }
  const locale = await getLocale()
  redirect(safeReturnPath(parsed.data.next) ?? getPathname({ locale, href: '/manage' }))
}

async function signInPage(): Promise<string> {
  return getPathname({ locale: await getLocale(), href: '/sign-in' })
}

export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser()
  const requestHeaders = await headers()
  if (user) await signOut({ user, headers: requestHeaders, ip: clientIp(requestHeaders) })
  redirect(await signInPage())
}

export async function signOutEverywhereAction(): Promise<void> {
  const user = await getCurrentUser()
  const requestHeaders = await headers()
  if (user) await signOutEverywhere({ user, headers: requestHeaders, ip: clientIp(requestHeaders) })
  redirect(await signInPage())
}

/** Anonymous password-reset attempts allowed per IP and minute (each valid one costs a scrypt hash). */
const RESET_MAX_PER_MINUTE = 10

export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const translate = await translator('SignIn')
  const values = formValues(formData, ['token'])
  const requestHeaders = await headers()
  const ip = clientIp(requestHeaders)
  if (!(await consumeRateLimit(`reset:${ip}`, { max: RESET_MAX_PER_MINUTE, windowMs: 60_000 }))) {
    return { ok: false, fieldErrors: {}, formError: translate('rateLimited'), values }
  }
  const parsed = PasswordResetInputSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) {
    const fieldErrors = translateIssues(parsed.error, translate)
    // A malformed token is a bad link, not a field the user can fix.
    const formError = fieldErrors.token ? translate('linkInvalid') : undefined
    return { ok: false, fieldErrors, formError, values }
  }
  try {
    await resetPasswordWithToken({ token: parsed.data.token, password: parsed.data.password, ip })
  } catch (error) {
    if (isAppError(error, 'INVALID')) return { ok: false, fieldErrors: {}, formError: translate('linkInvalid'), values }
    throw error
  }
  return { ok: true, data: undefined }
}

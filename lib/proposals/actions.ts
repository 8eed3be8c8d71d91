'use server'
// The proposal flow's server actions. Thin: (session →) validation with messages in the user's language →
// the mutation (which checks the abuse limits, or the role, again) → revalidate → redirect or result.
// The public form works without JavaScript: the action redirects to the status page on success and
// gives the typed values back on an error.
import { headers } from 'next/headers'
import { revalidatePath } from 'next/cache'
import { getLocale, getTranslations } from 'next-intl/server'
import { redirect } from '@/i18n/navigation'
import { routing, type AppLocale } from '@/i18n/routing'
import { authSecret } from '@/lib/auth/auth'
import { clientIp, requireUser, type CurrentUser } from '@/lib/auth/session'
import { isAppError } from '@/lib/errors'
import { formValues, translateIssues, type FormState } from '@/lib/forms/form-state'
import { applyCorrection, convertProposal, declineProposal, submitProposal } from './mutations'
import {
  DeclineInputSchema,
  PROPOSAL_TEXT_FIELDS,
  ProposalIdSchema,
  ProposalInputSchema,
  proposalFormToObject,
} from './schemas'

async function currentLocale(): Promise<AppLocale> {
  const locale = await getLocale()
  return routing.locales.find((candidate) => candidate === locale) ?? routing.defaultLocale
}

type Translate = (key: string) => string

async function translator(namespace: 'ProposalForm' | 'ProposalsAdmin'): Promise<Translate> {
  const t = await getTranslations(namespace)
  return (key: string) => {
    const path = `errors.${key}` as Parameters<typeof t>[0]
    return t.has(path) ? t(path) : t('errors.generic')
  }
}

/** The state of the public form: on an error, the messages and what was typed (objectives included). */
export type ProposalFormState = null | (Exclude<FormState, null> & { objectiveNumbers?: string[] })

/** The public form. On success: the private status page, which says thank you and shows the reference. */
export async function submitProposalAction(
  _previous: ProposalFormState,
  formData: FormData,
): Promise<ProposalFormState> {
  const translate = await translator('ProposalForm')
  const values = formValues(formData, PROPOSAL_TEXT_FIELDS)
  const objectiveNumbers = formData
    .getAll('objectiveNumbers')
    .filter((value): value is string => typeof value === 'string')
    .slice(0, 30)
  const failed = (fieldErrors: Record<string, string>, formError: string): ProposalFormState => ({
    ok: false,
    fieldErrors,
    formError,
    values,
    objectiveNumbers,
  })
  const parsed = ProposalInputSchema.safeParse(proposalFormToObject(formData))
  if (!parsed.success) return failed(translateIssues(parsed.error, translate), translate('checkFields'))
  const locale = await currentLocale()
  let token: string
  try {
    const submitted = await submitProposal({
      input: parsed.data,
      locale,
      ip: clientIp(await headers()),
      honeypot: formData.get('website')?.toString(),
      formToken: formData.get('issuedAt')?.toString(),
      secret: authSecret(),
    })
    token = submitted.token
  } catch (error) {
    if (!isAppError(error)) throw error
    const reason = (error.details as { reason?: string } | undefined)?.reason ?? 'generic'
    if (reason === 'unknownActor') return failed({ actor: translate(reason) }, translate('checkFields'))
    return failed({}, translate(reason))
  }
  revalidatePath('/[locale]/manage/proposals', 'layout')
  redirect({ href: { pathname: '/proposal/[token]', params: { token }, query: { new: '1' } }, locale })
  return null
}

export type ModerationState =
  null | { ok: true; message: string } | { ok: false; formError: string; fieldErrors: Record<string, string> }

async function moderate(
  run: (user: CurrentUser, ip: string) => Promise<ModerationState | { redirectTo: number }>,
): Promise<ModerationState> {
  const translate = await translator('ProposalsAdmin')
  let outcome: ModerationState | { redirectTo: number }
  try {
    const user = await requireUser({ roles: ['admin', 'editor'] })
    outcome = await run(user, clientIp(await headers()))
  } catch (error) {
    if (!isAppError(error)) throw error
    const reason = (error.details as { reason?: string } | undefined)?.reason
    const key =
      error.code === 'UNAUTHENTICATED'
        ? 'unauthenticated'
        : error.code === 'FORBIDDEN'
          ? 'forbidden'
          : error.code === 'NOT_FOUND'
            ? 'notFound'
            : error.code === 'CONFLICT'
              ? 'conflict'
              : (reason ?? 'generic')
    return { ok: false, formError: translate(key), fieldErrors: {} }
  }
  revalidatePath('/[locale]/manage', 'layout')
  if (outcome && 'redirectTo' in outcome) {
    // The new draft (or the corrected practice) continues in the practice editor.
    redirect({
      href: { pathname: '/manage/practices/[id]', params: { id: String(outcome.redirectTo) } },
      locale: await currentLocale(),
    })
    return null
  }
  return outcome
}

/** Converts a new practice's proposal into a draft, or applies a correction as a pending draft. */
export async function acceptProposalAction(_previous: ModerationState, formData: FormData): Promise<ModerationState> {
  const id = ProposalIdSchema.safeParse(formData.get('id'))
  const type = formData.get('type')
  return moderate(async (user, ip) => {
    if (!id.success) return { ok: false, formError: (await translator('ProposalsAdmin'))('notFound'), fieldErrors: {} }
    const saved =
      type === 'CORRECTION'
        ? await applyCorrection({ user, ip, id: id.data })
        : await convertProposal({ user, ip, id: id.data })
    return { redirectTo: saved.practiceId }
  })
}

export async function declineProposalAction(_previous: ModerationState, formData: FormData): Promise<ModerationState> {
  const translate = await translator('ProposalsAdmin')
  const parsed = DeclineInputSchema.safeParse({ id: formData.get('id'), reason: formData.get('reason') ?? '' })
  return moderate(async (user, ip) => {
    if (!parsed.success)
      return { ok: false, formError: translate('required'), fieldErrors: translateIssues(parsed.error, translate) }
    await declineProposal({ user, ip, id: parsed.data.id, reason: parsed.data.reason })
    const t = await getTranslations('ProposalsAdmin')
    return { ok: true, message: t('declined') }
  })
}

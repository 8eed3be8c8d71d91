// The texts of the proposal flow's emails: the proposer's in the language they wrote in; the staff's in
// both languages, Spanish first (a user has no language of their own). Written to the outbox by the
// mutations, in their transactions.
import 'server-only'
import { createTranslator } from 'next-intl'
import { routing, type AppLocale } from '@/i18n/routing'
import en from '@/messages/en.json'
import es from '@/messages/es.json'
import { env } from '../env'
import type { OutboxDraft } from '../outbox/mutations'

function translator(locale: AppLocale) {
  return createTranslator({ locale, messages: locale === 'en' ? en : es, namespace: 'ProposalEmails' })
}

export function proposalLocale(value: string): AppLocale {
  return routing.locales.find((locale) => locale === value) ?? routing.defaultLocale
}

/** An absolute, localised address of the site (SITE_URL, never the request's host). */
export function siteAddress(
  locale: AppLocale,
  pathname: keyof typeof routing.pathnames,
  params: Record<string, string> = {},
): string {
  const localized = routing.pathnames[pathname]
  let path: string = typeof localized === 'string' ? localized : localized[locale]
  for (const [name, value] of Object.entries(params)) path = path.replace(`[${name}]`, encodeURIComponent(value))
  return new URL(`/${locale}${path === '/' ? '' : path}`, env().SITE_URL).toString()
}

type ProposalFacts = { id: number; reference: string; title: string; locale: string; proposerEmail: string | null }

/** The receipt: the only message with the status link (the token is never stored in clear). */
export function receiptMessage(proposal: ProposalFacts, token: string): OutboxDraft[] {
  if (!proposal.proposerEmail) return []
  const locale = proposalLocale(proposal.locale)
  const t = translator(locale)
  return [
    {
      recipient: proposal.proposerEmail,
      subject: t('receivedSubject', { reference: proposal.reference }),
      body: t('receivedBody', {
        reference: proposal.reference,
        title: proposal.title,
        url: siteAddress(locale, '/proposal/[token]', { token }),
      }),
      proposalId: proposal.id,
    },
  ]
}

/** Spanish first, then English: the default locale leads. */
const STAFF_LOCALES = [routing.defaultLocale, ...routing.locales.filter((locale) => locale !== routing.defaultLocale)]

/**
 * To every active editor and admin: a proposal is waiting (no personal data in the message), in both
 * languages, each with the workspace link in that language.
 */
export function arrivalMessages(proposal: ProposalFacts, staffEmails: string[]): OutboxDraft[] {
  const versions = STAFF_LOCALES.map((locale) => {
    const t = translator(locale)
    const url = siteAddress(locale, '/manage/proposals/[id]', { id: String(proposal.id) })
    return {
      subject: t('arrivalSubject', { reference: proposal.reference }),
      body: t('arrivalBody', { reference: proposal.reference, title: proposal.title, url }),
    }
  })
  const subject = versions.map((version) => version.subject).join(' / ')
  const body = versions.map((version) => version.body).join('\n\n— — —\n\n')
  return staffEmails.map((recipient) => ({ recipient, subject, body, proposalId: proposal.id }))
}

export type StatusChange =
  { status: 'IN_REVIEW' } | { status: 'DECLINED'; reason: string } | { status: 'PUBLISHED'; slug: string }

/** To the proposer when their proposal changes status. */
export function statusMessage(proposal: ProposalFacts, change: StatusChange): OutboxDraft[] {
  if (!proposal.proposerEmail) return []
  const locale = proposalLocale(proposal.locale)
  const t = translator(locale)
  const facts = { reference: proposal.reference, title: proposal.title }
  const body =
    change.status === 'IN_REVIEW'
      ? t('inReviewBody', facts)
      : change.status === 'DECLINED'
        ? t('declinedBody', { ...facts, reason: change.reason })
        : t('publishedBody', { ...facts, url: siteAddress(locale, '/practices/[slug]', { slug: change.slug }) })
  return [{ recipient: proposal.proposerEmail, subject: t('statusSubject', facts), body, proposalId: proposal.id }]
}

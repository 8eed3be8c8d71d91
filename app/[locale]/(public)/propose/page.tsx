import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getTranslations } from 'next-intl/server'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { ProposalForm, type ProposalFormDefaults } from '@/components/proposals/proposal-form'
import { authSecret } from '@/lib/auth/auth'
import { env } from '@/lib/env'
import { clientMessages } from '@/lib/i18n/client-messages'
import { pageLocale } from '@/lib/i18n/page-locale'
import { pageMetadata } from '@/lib/i18n/metadata'
import { PracticeSlugSchema } from '@/lib/practices/schemas'
import { getCorrectablePractice, getProposalFormChoices } from '@/lib/proposals/queries'
import { correctionDefaults } from '@/lib/proposals/to-practice'
import { signFormIssuedAt } from '@/lib/proposals/tokens'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

// Each rendering carries a freshly signed timestamp (the minimum fill time): never cached, never stored
// by a shared cache (Cache-Control: private, no-store from next.config.js).
export const dynamic = 'force-dynamic'

async function correctionOf(searchParams: Props['searchParams']) {
  const value = (await searchParams).practice
  const slug = PracticeSlugSchema.safeParse(Array.isArray(value) ? value[0] : value)
  return slug.success ? getCorrectablePractice(slug.data) : null
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'Proposals' })
  const correction = await correctionOf(searchParams)
  return pageMetadata({
    locale,
    pathname: '/propose',
    title: correction ? t('correctionTitle') : t('metaTitle'),
    description: correction ? t('correctionMetaDescription') : t('metaDescription'),
  })
}

export default async function ProposePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const [t, choices, correction] = await Promise.all([
    getTranslations('Proposals'),
    getProposalFormChoices(locale),
    correctionOf(searchParams),
  ])
  const defaults: ProposalFormDefaults = correction ? correctionDefaults(correction, locale) : {}
  const title = correction ? t('correctionTitle') : t('title')
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: title }]} />
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold text-primary-900">{title}</h1>
        <p className="text-lg text-neutral-700">
          {correction ? t('correctionIntro', { title: defaults.title ?? correction.titleEs }) : t('intro')}
        </p>
        <p className="text-sm text-neutral-700">{t('required')}</p>
      </header>
      {/* The form's messages come with this page only (lib/i18n/client-messages.ts). */}
      <NextIntlClientProvider messages={await clientMessages(['ProposalForm'])}>
        <ProposalForm
          choices={choices}
          issuedAt={signFormIssuedAt(authSecret())}
          correction={correction ? { slug: correction.slug } : null}
          defaults={defaults}
          retentionDays={env().PROPOSAL_RETENTION_DAYS}
        />
      </NextIntlClientProvider>
    </div>
  )
}

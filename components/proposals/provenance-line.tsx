import { getTranslations } from 'next-intl/server'
import type { Locale } from 'next-intl'
import { formatDate, formatMonth } from '@/lib/i18n/dates'
import { getPracticeProvenance } from '@/lib/proposals/provenance-queries'

/** "Forum report, September 2023, session …" or "Proposed by …, date; published by the secretariat, date". */
export async function ProvenanceLine({ locale, slug }: { locale: Locale; slug: string }) {
  const [t, provenance] = await Promise.all([getTranslations('Provenance'), getPracticeProvenance(slug)])
  if (!provenance) return null
  const published = provenance.firstPublishedAt ? formatDate(locale, provenance.firstPublishedAt) : 'none'
  let text: string
  if (provenance.source === 'FORUM_REPORT' && provenance.reportDate) {
    // Several sessions sit inside the message's one pair of quotation marks.
    const sessions = provenance.sessions
      .map((session) => (locale === 'en' ? session.titleEn : session.titleEs))
      .join(locale === 'en' ? '”, “' : '», «')
    text = t('forumReport', { date: formatMonth(locale, provenance.reportDate), sessions: sessions || 'none' })
  } else if (provenance.source === 'PROPOSAL' && provenance.proposedAt) {
    const facts = { proposedDate: formatDate(locale, provenance.proposedAt), published }
    text = provenance.proposedBy
      ? t('proposal', { ...facts, institution: provenance.proposedBy })
      : t('proposalAnonymous', facts)
  } else {
    text = t('secretariat', { published })
  }
  return (
    <p className="text-sm text-neutral-700" data-testid="provenance">
      <span className="font-semibold">{t('label')}:</span> {text}
    </p>
  )
}

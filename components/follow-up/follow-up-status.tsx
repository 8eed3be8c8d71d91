import type { Locale } from 'next-intl'
import { useTranslations } from 'next-intl'
import { Badge, type BadgeVariant } from '@/components/ui'
import type { FollowUpStatus as Status } from '@/lib/generated/prisma/enums'
import { formatDate } from '@/lib/i18n/dates'

const VARIANT: Record<Status, BadgeVariant> = { NOT_STARTED: 'neutral', IN_PROGRESS: 'warning', DONE: 'success' }

/**
 * The follow-up of a cooperation idea or recommendation, for the public pages: a status badge (text,
 * not only colour), the secretariat's note in the page's language (Spanish when English is missing)
 * and the day it was last checked. Notes are plain text.
 */
export function FollowUpStatus({
  status,
  note,
  checkedAt,
  locale,
}: {
  status: Status
  /** The note in both languages; the page's language is shown. */
  note: { es: string | null; en: string | null }
  checkedAt: Date | null
  locale: Locale
}) {
  const t = useTranslations('FollowUp')
  const text = locale === 'en' ? (note.en ?? note.es) : note.es
  const fallback = locale === 'en' && !note.en && note.es ? 'es' : undefined
  return (
    <div className="space-y-1 text-sm">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-semibold">{t('heading')}:</span>
        <Badge variant={VARIANT[status]}>{t(`statuses.${status}`)}</Badge>
        <span className="text-neutral-700">
          {checkedAt
            ? t('lastChecked', {
                date: formatDate(locale, checkedAt),
              })
            : t('neverChecked')}
        </span>
      </p>
      {text ? (
        <p className="whitespace-pre-line text-neutral-800 [overflow-wrap:anywhere]" lang={fallback}>
          {text}
        </p>
      ) : null}
    </div>
  )
}

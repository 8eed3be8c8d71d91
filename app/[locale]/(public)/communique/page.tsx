import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { CommuniqueParagraph } from '@/components/forum/communique-paragraph'
import styles from '@/components/forum/communique.module.css'
import { getPathname } from '@/i18n/navigation'
import { getCommunique } from '@/lib/forum/communique-queries'
import { otherLocale, pageLocale } from '@/lib/i18n/page-locale'
import { messagesMetadata } from '@/lib/i18n/messages-metadata'
import { formatDateRange, isoDay } from '@/lib/i18n/dates'
import { PageHeader } from '@/components/ui/page-header'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = messagesMetadata('Communique', '/communique')

export default async function CommuniquePage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, tOther, communique] = await Promise.all([
    getTranslations('Communique'),
    getTranslations({ locale: otherLocale(locale), namespace: 'Communique' }),
    getCommunique(locale),
  ])
  if (!communique) notFound()
  const other = otherLocale(locale)

  return (
    <div className={`${styles.communique} mx-auto max-w-[70ch] space-y-8`}>
      <Breadcrumbs items={[{ label: t('breadcrumb'), href: '/communique' }]} />
      <PageHeader className="space-y-4" title={communique.title} size="long" wrap>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-neutral-700">
          <dt className="font-medium">{t('dateLabel')}:</dt>
          <dd>
            {/* Both days, as the communiqué dates itself ("27 y 28 de septiembre de 2023"). */}
            <time dateTime={`${isoDay(communique.startDate)}/${isoDay(communique.endDate)}`}>
              {formatDateRange(locale, communique.startDate, communique.endDate)}
            </time>
          </dd>
          <dt className="font-medium">{t('placeLabel')}:</dt>
          <dd>{communique.place}</dd>
        </dl>
        <p data-print="hide">
          <a
            href={getPathname({ locale: other, href: '/communique' })}
            hrefLang={other}
            lang={other}
            className="inline-flex min-h-11 items-center font-semibold"
          >
            {tOther('otherLanguage')}
          </a>
        </p>
      </PageHeader>

      <div className="space-y-5 text-base leading-relaxed text-neutral-900 sm:text-lg">
        {communique.paragraphs.map((paragraph, index) => (
          <CommuniqueParagraph
            key={paragraph.anchor}
            anchor={paragraph.anchor}
            number={index + 1}
            text={paragraph.text}
          />
        ))}
      </div>
    </div>
  )
}

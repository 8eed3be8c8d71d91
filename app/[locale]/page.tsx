import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { ObjectiveGrid } from '@/components/forum/objective-grid'
import { PracticeItem } from '@/components/forum/practice-list'
import { Card, CardTitle, Link, Section } from '@/components/ui'
import type { AppPathname } from '@/i18n/routing'
import { formatDate } from '@/lib/i18n/dates'
import { pageMetadata } from '@/lib/i18n/metadata'
import { countPublishedPractices, findRecentPractices } from '@/lib/forum/home-queries'
import { findKeyFigures } from '@/lib/forum/report-queries'
import { findObjectivesWithCounts } from '@/lib/forum/objectives-queries'
import { pageLocale } from '@/lib/i18n/page-locale'
import { GlanceSection } from '@/components/glance/glance-section'
import { GlanceMap } from '@/components/glance/glance-map'
import { GlanceChart } from '@/components/glance/glance-chart'
import { PageHeader } from '@/components/ui/page-header'

type Props = { params: Promise<{ locale: string }> }

const sections = [
  { href: '/practices', key: 'practices' },
  { href: '/objectives', key: 'objectives' },
  { href: '/sessions', key: 'sessions' },
  { href: '/communique', key: 'communique' },
  { href: '/recommendations', key: 'recommendations' },
  { href: '/countries', key: 'countries' },
] as const satisfies ReadonlyArray<{ href: AppPathname; key: string }>

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  return pageMetadata({ locale, pathname: '/' })
}

export default async function HomePage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, tNav, tFooter, tProposals, keyFigures, objectives, recent, practiceCount] = await Promise.all([
    getTranslations('Home'),
    getTranslations('Nav'),
    getTranslations('Footer'),
    getTranslations('Proposals'),
    findKeyFigures(locale),
    findObjectivesWithCounts(locale),
    findRecentPractices(locale, 5),
    countPublishedPractices(),
  ])
  // The report's own sentence about the forum: date, place, conveners, representatives and countries.
  const forumSentence = keyFigures.find((figure) => figure.key === 'forum-representatives')?.sentence

  return (
    <div className="space-y-12">
      <section aria-labelledby="home-title" className="max-w-3xl space-y-4">
        <PageHeader as="fragment" title={t('title')} titleId="home-title" size="lg" lead={t('intro')} leadSize="lg" />
        {forumSentence ? <p className="text-neutral-700">{forumSentence}</p> : null}
        <p className="flex flex-wrap gap-x-6">
          <Link href="/about" className="inline-flex min-h-11 items-center font-semibold">
            {t('aboutLink')}
          </Link>
          <Link href="/propose" className="inline-flex min-h-11 items-center font-semibold">
            {tProposals('link')}
          </Link>
        </p>
      </section>

      <Section id="home-sections" heading={t('sectionsHeading')} className="space-y-4">
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {sections.map((section) => (
            <Card as="li" key={section.key} className="flex flex-col gap-2">
              <CardTitle level={3}>
                <Link href={section.href}>{tNav(section.key)}</Link>
              </CardTitle>
              <p className="text-neutral-700">{t(`${section.key}Description`)}</p>
              {section.key === 'practices' ? (
                <p className="text-sm font-medium text-neutral-700">{t('practicesCount', { count: practiceCount })}</p>
              ) : null}
            </Card>
          ))}
          <Card as="li" className="flex flex-col gap-2">
            <CardTitle level={3}>
              <Link href="/delegations">{tFooter('delegations')}</Link>
            </CardTitle>
            <p className="text-neutral-700">{t('delegationsDescription')}</p>
          </Card>
          <Card as="li" className="flex flex-col gap-2">
            <CardTitle level={3}>
              <Link href="/about">{tFooter('about')}</Link>
            </CardTitle>
            <p className="text-neutral-700">{t('aboutDescription')}</p>
          </Card>
        </ul>
      </Section>

      {keyFigures.length > 0 ? (
        <Section id="home-figures" heading={t('keyFiguresHeading')} className="space-y-4">
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {keyFigures.map((figure) => (
              <li
                key={figure.key}
                className="flex flex-col gap-1 rounded-lg border border-neutral-200 bg-neutral-50 p-4"
              >
                <p className="text-3xl font-bold leading-tight text-primary-900 [overflow-wrap:anywhere]">
                  {figure.value}
                </p>
                <p className="font-medium text-neutral-900">{figure.label}</p>
                <details className="mt-auto text-sm text-neutral-700">
                  <summary className="inline-flex min-h-11 items-center font-medium text-primary-700">
                    {t('keyFigureSource')}
                  </summary>
                  <p className="pt-1">{figure.sentence}</p>
                </details>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <GlanceSection id="home-glance" heading="sectionHeading">
        <GlanceMap idPrefix="home-map" />
        <GlanceChart chart="objectives" idPrefix="home-objectives-chart" />
      </GlanceSection>

      <Section id="home-objectives" heading={t('objectivesHeading')} className="space-y-4">
        <p className="max-w-3xl text-neutral-700">{t('objectivesIntro')}</p>
        <ObjectiveGrid objectives={objectives} />
        <p>
          <Link href="/objectives" className="inline-flex min-h-11 items-center font-semibold">
            {t('allObjectives')}
          </Link>
        </p>
      </Section>

      {recent.length > 0 ? (
        <Section id="home-recent" heading={t('recentHeading')} className="space-y-4">
          <ul className="divide-y divide-neutral-200 border-y border-neutral-200">
            {recent.map((practice) => (
              <li key={practice.slug} className="space-y-1 py-3">
                <PracticeItem practice={practice} showKind />
                <p className="text-sm text-neutral-600">
                  <time dateTime={practice.editedAt.toISOString()}>
                    {t('updatedOn', { date: formatDate(locale, practice.editedAt) })}
                  </time>
                </p>
              </li>
            ))}
          </ul>
          <p>
            <Link href="/practices" className="inline-flex min-h-11 items-center font-semibold">
              {t('allPractices')}
            </Link>
          </p>
        </Section>
      ) : null}
    </div>
  )
}

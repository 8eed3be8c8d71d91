import { getTranslations } from 'next-intl/server'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { Markdown } from '@/components/ui/markdown'
import { Link } from '@/components/ui'
import { findReportSections } from '@/lib/forum/report-queries'
import { pageLocale } from '@/lib/i18n/page-locale'
import { messagesMetadata } from '@/lib/i18n/messages-metadata'
import { PageHeader } from '@/components/ui/page-header'
import { ContentsNav } from '@/components/ui/contents-nav'
import { Section } from '@/components/ui/section'

type Props = { params: Promise<{ locale: string }> }

/** The report's narrative sections shown here (introduction, objectives and expected results, methodology, opening). */
const ABOUT_SECTIONS = ['introduccion', 'objetivos-resultados', 'metodologia', 'apertura']

export const generateMetadata = messagesMetadata('About', '/about')

export default async function AboutPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, sections] = await Promise.all([getTranslations('About'), findReportSections(locale, ABOUT_SECTIONS)])

  return (
    <div className="space-y-10">
      <Breadcrumbs items={[{ label: t('breadcrumb'), href: '/about' }]} />
      <PageHeader title={t('title')} lead={t('intro')} leadSize="lg" />

      {sections.length > 0 ? (
        <ContentsNav
          id="about-contents"
          heading={t('contents')}
          links={sections.map((section) => ({ anchor: section.key, label: section.title }))}
          className="max-w-3xl"
        />
      ) : null}

      {sections.map((section) => (
        <Section
          key={section.key}
          id={section.key}
          heading={section.title}
          headingClassName="scroll-mt-4 text-2xl font-semibold"
          className="max-w-3xl space-y-3"
        >
          <Markdown source={section.body} />
        </Section>
      ))}

      <Section
        id="about-more"
        heading={t('more')}
        headingClassName="text-xl font-semibold"
        className="max-w-3xl space-y-2 border-t border-neutral-200 pt-6"
      >
        <ul>
          <li>
            <Link href="/sessions" className="inline-flex min-h-11 items-center">
              {t('sessions')}
            </Link>
          </li>
          <li>
            <Link href="/communique" className="inline-flex min-h-11 items-center">
              {t('communique')}
            </Link>
          </li>
          <li>
            <Link href="/delegations" className="inline-flex min-h-11 items-center">
              {t('delegations')}
            </Link>
          </li>
        </ul>
      </Section>
    </div>
  )
}

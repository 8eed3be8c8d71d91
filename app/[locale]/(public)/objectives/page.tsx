import { getTranslations } from 'next-intl/server'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { ObjectiveGrid } from '@/components/forum/objective-grid'
import { findObjectivesWithCounts } from '@/lib/forum/objectives-queries'
import { pageLocale } from '@/lib/i18n/page-locale'
import { messagesMetadata } from '@/lib/i18n/messages-metadata'
import { GlanceSection } from '@/components/glance/glance-section'
import { GlanceChart } from '@/components/glance/glance-chart'
import { PageHeader } from '@/components/ui/page-header'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = messagesMetadata('Objectives', '/objectives')

export default async function ObjectivesPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, objectives] = await Promise.all([getTranslations('Objectives'), findObjectivesWithCounts(locale)])
  return (
    <div className="space-y-8">
      <Breadcrumbs items={[{ label: t('breadcrumb'), href: '/objectives' }]} />
      <PageHeader title={t('title')} lead={t('intro')} leadSize="lg" />
      <GlanceSection id="objectives-glance" heading="objectivesHeading">
        <GlanceChart chart="objectives" idPrefix="objectives-chart" />
      </GlanceSection>
      <ObjectiveGrid objectives={objectives} showTitles />
    </div>
  )
}

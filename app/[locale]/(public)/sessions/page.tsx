import { getTranslations } from 'next-intl/server'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { objectiveHref, sessionHref } from '@/components/forum/hrefs'
import { Link } from '@/components/ui'
import { findSessions } from '@/lib/forum/sessions-queries'
import { pageLocale } from '@/lib/i18n/page-locale'
import { messagesMetadata } from '@/lib/i18n/messages-metadata'
import { GlanceSection } from '@/components/glance/glance-section'
import { GlanceChart } from '@/components/glance/glance-chart'
import { PageHeader } from '@/components/ui/page-header'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = messagesMetadata('Sessions', '/sessions')

export default async function SessionsPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, tForum, sessions] = await Promise.all([
    getTranslations('Sessions'),
    getTranslations('Forum'),
    findSessions(locale),
  ])
  return (
    <div className="space-y-8">
      <Breadcrumbs items={[{ label: t('breadcrumb'), href: '/sessions' }]} />
      <PageHeader title={t('title')} lead={t('intro')} leadSize="lg" />
      <GlanceSection id="sessions-glance" heading="sectionHeading">
        <GlanceChart chart="sessions" idPrefix="sessions-chart" />
        <GlanceChart chart="kinds" idPrefix="kinds-chart" />
      </GlanceSection>
      <ol className="space-y-4">
        {sessions.map((session) => (
          <li key={session.slug} className="rounded-lg border border-neutral-200 p-5">
            <p className="text-sm font-semibold uppercase tracking-wide text-neutral-700">
              {tForum('sessionCode', { code: session.code })}
            </p>
            <h2 className="text-xl font-semibold leading-snug [overflow-wrap:anywhere]">
              <Link href={sessionHref(session.slug)}>{session.title}</Link>
            </h2>
            {session.objectives.length > 0 ? (
              <p className="mt-2 text-sm text-neutral-700">
                <span className="font-medium">{tForum('objectivesLabel')}:</span>{' '}
                {session.objectives.map((objective, index) => (
                  <span key={objective.number}>
                    {index > 0 ? ', ' : null}
                    <Link
                      href={objectiveHref(objective.number)}
                      className="inline-block py-0.5"
                      title={objective.title}
                    >
                      {tForum('objectiveNumber', { number: objective.number })}
                      {objective.shortLabel ? ` (${objective.shortLabel})` : null}
                    </Link>
                  </span>
                ))}
              </p>
            ) : null}
            <p className="mt-1 text-sm text-neutral-700">
              {tForum('practiceCount', { count: session.practiceCount })}
              {session.workingTable
                ? ` · ${tForum('workingTable', { table: session.workingTable })}: ${t('ideaCount', { count: session.cooperationIdeaCount })}`
                : null}
            </p>
          </li>
        ))}
      </ol>
    </div>
  )
}

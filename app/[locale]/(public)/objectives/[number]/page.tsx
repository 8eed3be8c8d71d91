import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { catalogueHref, objectiveHref, sessionHref } from '@/components/forum/hrefs'
import { PracticesByKind } from '@/components/forum/practices-by-kind'
import { PrevNextNav } from '@/components/forum/prev-next-nav'
import { CooperationIdeaList, RecommendationList } from '@/components/forum/recommendation-list'
import { Link, LinkList } from '@/components/ui'
import { getObjective } from '@/lib/forum/objectives-queries'
import { groupByKind } from '@/lib/forum/refs'
import { pageLocale } from '@/lib/i18n/page-locale'
import { OBJECTIVE_COUNT, ObjectiveNumberParamSchema, parseParam } from '@/lib/forum/schemas'
import { pageMetadata } from '@/lib/i18n/metadata'
import { GlanceSection } from '@/components/glance/glance-section'
import { GlanceMap } from '@/components/glance/glance-map'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'

type Props = { params: Promise<{ locale: string; number: string }> }

// Rendered on its first request, then served from the cache (docs/decisions/010-public-cache.md).
export function generateStaticParams() {
  return []
}

async function load(params: Props['params']) {
  const locale = await pageLocale(params)
  const number = parseParam(ObjectiveNumberParamSchema, (await params).number)
  const objective = number === undefined ? null : await getObjective(number, locale)
  if (!objective) notFound()
  return { locale, objective }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, objective } = await load(params)
  const t = await getTranslations({ locale, namespace: 'Objectives' })
  return pageMetadata({
    locale,
    pathname: { pathname: '/objectives/[number]', params: { number: String(objective.number) } },
    title: t('objectiveTitle', { number: objective.number, title: objective.shortLabel ?? objective.title }),
    description: `${t('detailDescription', { number: objective.number })} ${objective.title}.`,
  })
}

export default async function ObjectivePage({ params }: Props) {
  const { objective } = await load(params)
  const [t, tForum] = await Promise.all([getTranslations('Objectives'), getTranslations('Forum')])
  const kinds = groupByKind(objective.practices)
  const previous = objective.number > 1 ? objective.number - 1 : null
  const next = objective.number < OBJECTIVE_COUNT ? objective.number + 1 : null
  const objectiveLabel = (number: number) => tForum('objectiveNumber', { number })

  return (
    <div className="space-y-10">
      <Breadcrumbs
        items={[
          { label: t('breadcrumb'), href: '/objectives' },
          { label: tForum('objectiveNumber', { number: objective.number }), href: objectiveHref(objective.number) },
        ]}
      />
      <PageHeader
        eyebrow={
          <>
            {tForum('objectiveNumber', { number: objective.number })}
            {objective.shortLabel ? ` · ${objective.shortLabel}` : null}
          </>
        }
        title={objective.title}
        wrap
        lead={tForum('practiceCount', { count: objective.practices.length })}
      />

      <Section id="objective-sessions" heading={t('sessionsHeading')} className="space-y-3">
        {objective.sessions.length > 0 ? (
          <LinkList
            className="space-y-1"
            links={objective.sessions.map((session) => ({
              key: session.slug,
              href: sessionHref(session.slug),
              label: `${tForum('sessionCode', { code: session.code })}: ${session.title}`,
            }))}
          />
        ) : (
          <p className="text-neutral-700">{t('noSessions')}</p>
        )}
      </Section>

      <Section id="objective-practices" heading={t('practicesHeading')} className="space-y-4">
        {kinds.length > 0 ? (
          <PracticesByKind groups={kinds} idPrefix="kind" />
        ) : (
          <p className="text-neutral-700">{t('noPractices')}</p>
        )}
        <p>
          <Link href={catalogueHref({ objective: objective.number })} variant="button" buttonVariant="secondary">
            {t('catalogueLink', { number: objective.number })}
          </Link>
        </p>
      </Section>

      <GlanceSection id="objective-map" heading="mapHeading">
        <GlanceMap idPrefix="objective-map-picture" filter={{ objective: objective.number }} />
      </GlanceSection>

      {objective.cooperationIdeas.length > 0 ? (
        <Section id="objective-ideas" heading={t('ideasHeading')} className="space-y-3">
          <CooperationIdeaList ideas={objective.cooperationIdeas} hideObjective={objective.number} />
        </Section>
      ) : null}

      {objective.recommendations.length > 0 ? (
        <Section id="objective-recommendations" heading={t('recommendationsHeading')} className="space-y-3">
          <RecommendationList recommendations={objective.recommendations} showKind hideObjective={objective.number} />
        </Section>
      ) : null}

      <PrevNextNav
        previous={previous ? { href: objectiveHref(previous), label: objectiveLabel(previous) } : null}
        next={next ? { href: objectiveHref(next), label: objectiveLabel(next) } : null}
      />
    </div>
  )
}

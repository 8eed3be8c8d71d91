import { getTranslations } from 'next-intl/server'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { actorHref } from '@/components/forum/hrefs'
import { cx, Link } from '@/components/ui'
import type { ActorGroup, ActorType } from '@/lib/generated/prisma/enums'
import { findActorsWithCounts, type ActorSummary } from '@/lib/forum/actors-queries'
import { pageLocale } from '@/lib/i18n/page-locale'
import { messagesMetadata } from '@/lib/i18n/messages-metadata'
import { GlanceSection } from '@/components/glance/glance-section'
import { GlanceMap } from '@/components/glance/glance-map'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = messagesMetadata('Actors', '/countries')

// The page's two parts: countries, then organisations. A group holds one type only (see ActorGroup).
const PARTS = [
  { id: 'countries', type: 'COUNTRY' },
  { id: 'organizations', type: 'ORGANIZATION' },
] as const satisfies readonly { id: string; type: ActorType }[]

export default async function CountriesPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, tForum, groups] = await Promise.all([
    getTranslations('Actors'),
    getTranslations('Forum'),
    findActorsWithCounts(locale),
  ])
  const groupsOf = (type: ActorType) =>
    groups
      .map((group) => ({ ...group, actors: group.actors.filter((actor) => actor.type === type) }))
      .filter((group) => group.actors.length > 0)

  const renderGroup = (group: { group: ActorGroup; actors: ActorSummary[] }, prefix: string) => (
    <Section
      key={`${prefix}-${group.group}`}
      id={`${prefix}-${group.group}`}
      heading={tForum(`group.${group.group}`)}
      level={3}
      className="space-y-2"
    >
      <ul className="grid gap-x-6 sm:grid-cols-2 lg:grid-cols-3">
        {group.actors.map((actor) => (
          <li
            key={actor.slug}
            className="flex flex-wrap items-baseline justify-between gap-x-3 border-b border-neutral-200 py-2"
          >
            <Link href={actorHref(actor)} className="inline-block py-1 [overflow-wrap:anywhere]">
              {actor.name}
              {actor.acronym && actor.acronym !== actor.name ? ` (${actor.acronym})` : null}
            </Link>
            <span
              className={cx('text-sm', actor.practiceCount === 0 ? 'text-neutral-600' : 'font-medium text-neutral-900')}
            >
              {tForum('practiceCount', { count: actor.practiceCount })}
            </span>
          </li>
        ))}
      </ul>
    </Section>
  )

  return (
    <div className="space-y-8">
      <Breadcrumbs items={[{ label: t('breadcrumb'), href: '/countries' }]} />
      <PageHeader title={t('title')} lead={t('intro')} leadSize="lg">
        <ul className="flex flex-wrap gap-3" data-print="hide">
          {PARTS.map((part) => (
            <li key={part.id}>
              <a href={`#${part.id}`} className="inline-flex min-h-11 items-center">
                {t(part.id)}
              </a>
            </li>
          ))}
        </ul>
      </PageHeader>
      <GlanceSection id="map" heading="mapHeading">
        <GlanceMap idPrefix="countries-map" />
      </GlanceSection>
      {PARTS.map((part) => (
        <Section
          key={part.id}
          id={part.id}
          heading={t(part.id)}
          headingClassName="scroll-mt-4 text-2xl font-semibold"
          className="space-y-6"
        >
          {groupsOf(part.type).map((group) => renderGroup(group, part.id))}
        </Section>
      ))}
    </div>
  )
}

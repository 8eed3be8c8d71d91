import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { catalogueHref, objectiveHref, sessionHref } from '@/components/forum/hrefs'
import { Markdown } from '@/components/ui/markdown'
import { PracticesByKind } from '@/components/forum/practices-by-kind'
import { PrevNextNav } from '@/components/forum/prev-next-nav'
import { CooperationIdeaList, RecommendationList } from '@/components/forum/recommendation-list'
import { Link, LinkList } from '@/components/ui'
import { markdownToPlainText, truncate } from '@/lib/forum/markdown'
import { getSession } from '@/lib/forum/sessions-queries'
import { PRACTICE_KIND_ORDER } from '@/lib/forum/refs'
import { pageLocale } from '@/lib/i18n/page-locale'
import { parseParam, SessionSlugParamSchema } from '@/lib/forum/schemas'
import { pageMetadata } from '@/lib/i18n/metadata'
import { GlanceSection } from '@/components/glance/glance-section'
import { GlanceMap } from '@/components/glance/glance-map'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'

type Props = { params: Promise<{ locale: string; slug: string }> }

// Rendered on its first request, then served from the cache (docs/decisions/010-public-cache.md).
export function generateStaticParams() {
  return []
}

const TEXT_SECTIONS = ['overview', 'discussion', 'challenges', 'opportunities'] as const

async function load(params: Props['params']) {
  const locale = await pageLocale(params)
  const slug = parseParam(SessionSlugParamSchema, (await params).slug)
  const session = slug === undefined ? null : await getSession(slug, locale)
  if (!session) notFound()
  return { locale, session }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, session } = await load(params)
  const t = await getTranslations({ locale, namespace: 'Forum' })
  const text = session.overview ?? session.discussion
  return pageMetadata({
    locale,
    pathname: { pathname: '/sessions/[slug]', params: { slug: session.slug } },
    title: `${t('sessionCode', { code: session.code })}: ${session.title}`,
    description: text ? truncate(markdownToPlainText(text), 160) : session.title,
  })
}

export default async function SessionPage({ params }: Props) {
  const { session } = await load(params)
  const [t, tForum] = await Promise.all([getTranslations('Sessions'), getTranslations('Forum')])
  const label = tForum('sessionCode', { code: session.code })
  const neighbour = (other: { slug: string; code: string } | null) =>
    other ? { href: sessionHref(other.slug), label: tForum('sessionCode', { code: other.code }) } : null
  const kinds = PRACTICE_KIND_ORDER.map((kind) => ({
    kind,
    items: session.practices.filter((p) => p.listedKind === kind),
  })).filter((group) => group.items.length > 0)
  const texts = TEXT_SECTIONS.flatMap((key) => {
    const source = session[key]
    return source ? [{ key, source }] : []
  })

  return (
    <div className="space-y-10">
      <Breadcrumbs
        items={[
          { label: t('breadcrumb'), href: '/sessions' },
          { label, href: sessionHref(session.slug) },
        ]}
      />
      <PageHeader eyebrow={label} title={session.title} wrap />

      <Section id="session-objectives" heading={t('objectivesHeading')} className="space-y-2">
        {session.objectives.length > 0 ? (
          <LinkList
            className="space-y-1"
            links={session.objectives.map((objective) => ({
              key: objective.number,
              href: objectiveHref(objective.number),
              label: `${tForum('objectiveNumber', { number: objective.number })}: ${objective.title}`,
            }))}
          />
        ) : (
          <p className="text-neutral-700">{t('noObjectives')}</p>
        )}
      </Section>

      {texts.map(({ key, source }) => (
        <Section key={key} id={`session-${key}`} heading={t(key)} className="max-w-3xl space-y-3">
          <Markdown source={source} className="text-neutral-900" />
        </Section>
      ))}

      <Section id="session-practices" heading={t('practicesHeading')} className="space-y-4">
        {kinds.length > 0 ? (
          <>
            <PracticesByKind groups={kinds} idPrefix="listed" showSessions={false} />
            <p>
              <Link href={catalogueHref({ session: session.slug })} variant="button" buttonVariant="secondary">
                {t('catalogueLink')}
              </Link>
            </p>
          </>
        ) : (
          <p className="text-neutral-700">{t('noPractices')}</p>
        )}
      </Section>

      <GlanceSection id="session-map" heading="mapHeading">
        <GlanceMap idPrefix="session-map-picture" filter={{ session: session.slug }} />
      </GlanceSection>

      {session.workingTable && session.cooperationIdeas.length > 0 ? (
        <Section id="session-ideas" heading={t('ideasHeading', { table: session.workingTable })} className="space-y-3">
          <CooperationIdeaList ideas={session.cooperationIdeas} showTable={false} />
        </Section>
      ) : null}

      {session.recommendations.length > 0 ? (
        <Section id="session-recommendations" heading={t('recommendationsHeading')} className="space-y-3">
          <RecommendationList recommendations={session.recommendations} showKind linkSessions={false} />
        </Section>
      ) : null}

      <PrevNextNav previous={neighbour(session.previous)} next={neighbour(session.next)} />
    </div>
  )
}

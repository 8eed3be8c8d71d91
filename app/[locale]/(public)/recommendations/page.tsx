import { getTranslations } from 'next-intl/server'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { sessionHref } from '@/components/forum/hrefs'
import { Markdown } from '@/components/ui/markdown'
import { CooperationIdeaList, RecommendationList } from '@/components/forum/recommendation-list'
import { Link } from '@/components/ui'
import {
  findRecommendationsAndIdeas,
  groupRecommendations,
  type CooperationIdea,
} from '@/lib/forum/recommendations-queries'
import { findReportSections } from '@/lib/forum/report-queries'
import { pageLocale } from '@/lib/i18n/page-locale'
import { messagesMetadata } from '@/lib/i18n/messages-metadata'
import { PageHeader } from '@/components/ui/page-header'
import { ContentsNav } from '@/components/ui/contents-nav'
import { Section } from '@/components/ui/section'

type Props = { params: Promise<{ locale: string }> }

const KIND_ANCHORS = { FINAL: 'final', POST_TEST: 'post-test', CONCLUSION: 'conclusions' } as const

export const generateMetadata = messagesMetadata('Recommendations', '/recommendations')

export default async function RecommendationsPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, tForum, data, intro] = await Promise.all([
    getTranslations('Recommendations'),
    getTranslations('Forum'),
    findRecommendationsAndIdeas(locale),
    findReportSections(locale, ['ideas-cooperacion-intro']),
  ])
  const kinds = groupRecommendations(data.recommendations)
  const tables: { table: number; ideas: CooperationIdea[] }[] = []
  for (const idea of data.cooperationIdeas) {
    const last = tables[tables.length - 1]
    if (last?.table === idea.table) last.ideas.push(idea)
    else tables.push({ table: idea.table, ideas: [idea] })
  }
  const ideasIntro = intro[0]

  return (
    <div className="space-y-10">
      <Breadcrumbs items={[{ label: t('breadcrumb'), href: '/recommendations' }]} />
      <PageHeader title={t('title')} lead={t('intro')} leadSize="lg" />

      <ContentsNav
        id="recommendations-contents"
        heading={t('contents')}
        links={[
          ...kinds.map((group) => ({
            anchor: KIND_ANCHORS[group.kind],
            label: (
              <>
                {tForum(`recommendationKindPlural.${group.kind}`)} ({group.items.length})
              </>
            ),
          })),
          ...(tables.length > 0
            ? [
                {
                  anchor: 'cooperation-ideas',
                  label: (
                    <>
                      {t('ideasHeading')} ({data.cooperationIdeas.length})
                    </>
                  ),
                },
              ]
            : []),
        ]}
      />

      {kinds.map((group) => (
        <Section
          key={group.kind}
          id={KIND_ANCHORS[group.kind]}
          heading={tForum(`recommendationKindPlural.${group.kind}`)}
          headingClassName="scroll-mt-4 text-2xl font-semibold"
          className="space-y-4"
        >
          <RecommendationList recommendations={group.items} className="max-w-4xl" />
        </Section>
      ))}

      {tables.length > 0 ? (
        <Section
          id="cooperation-ideas"
          heading={t('ideasHeading')}
          headingClassName="scroll-mt-4 text-2xl font-semibold"
          className="space-y-6"
        >
          {ideasIntro ? <Markdown source={ideasIntro.body} className="max-w-3xl text-neutral-700" /> : null}
          {tables.map(({ table, ideas }) => {
            const session = ideas[0]?.session
            return (
              <Section
                key={table}
                id={`table-${table}`}
                heading={
                  session ? (
                    <>
                      {tForum('workingTable', { table })}:{' '}
                      <Link href={sessionHref(session.slug)}>
                        {tForum('sessionCode', { code: session.code })} · {session.title}
                      </Link>
                    </>
                  ) : (
                    tForum('workingTable', { table })
                  )
                }
                level={3}
                headingClassName="scroll-mt-4 text-xl font-semibold [overflow-wrap:anywhere]"
                className="space-y-3"
              >
                <CooperationIdeaList ideas={ideas} showTable={false} className="max-w-4xl" />
              </Section>
            )
          })}
        </Section>
      ) : null}
    </div>
  )
}

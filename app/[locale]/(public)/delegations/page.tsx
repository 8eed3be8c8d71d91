import { getTranslations } from 'next-intl/server'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { actorHref } from '@/components/forum/hrefs'
import { ParticipantList } from '@/components/forum/participant-line'
import { Link } from '@/components/ui'
import { findDelegations } from '@/lib/forum/delegations-queries'
import { pageLocale } from '@/lib/i18n/page-locale'
import { messagesMetadata } from '@/lib/i18n/messages-metadata'
import { PageHeader } from '@/components/ui/page-header'
import { ContentsNav } from '@/components/ui/contents-nav'
import { Section } from '@/components/ui/section'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = messagesMetadata('Delegations', '/delegations')

export default async function DelegationsPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, tActors, { lists, abbreviations }] = await Promise.all([
    getTranslations('Delegations'),
    getTranslations('Actors'),
    findDelegations(locale),
  ])

  return (
    <div className="space-y-10">
      <Breadcrumbs items={[{ label: t('breadcrumb'), href: '/delegations' }]} />
      <PageHeader title={t('title')} lead={t('intro')} leadSize="lg">
        {/* The report is inconsistent (communiqué: 17 countries; annex 1: 18): say so, not a silent contradiction. */}
        <p className="text-neutral-700">{t('countriesNote')}</p>
      </PageHeader>

      <ContentsNav
        id="delegations-contents"
        heading={t('contents')}
        links={[
          ...lists.map((list, index) => ({
            anchor: `list-${index + 1}`,
            label: (
              <>
                {list.name} ({list.delegations.length})
              </>
            ),
          })),
          { anchor: 'abbreviations', label: t('abbreviations') },
        ]}
      />

      {lists.map((list, index) => (
        <Section
          key={list.name}
          id={`list-${index + 1}`}
          heading={list.name}
          headingClassName="scroll-mt-4 text-2xl font-semibold [overflow-wrap:anywhere]"
          className="space-y-6"
        >
          <div className="grid gap-6 lg:grid-cols-2">
            {list.delegations.map((delegation) => (
              <section
                key={delegation.key}
                id={delegation.key}
                aria-labelledby={`${delegation.key}-name`}
                className="space-y-2"
              >
                <h3 id={`${delegation.key}-name`} className="text-xl font-semibold [overflow-wrap:anywhere]">
                  {delegation.name}
                </h3>
                <p className="text-sm text-neutral-700">
                  {tActors('participantCount', { count: delegation.participants.length })}
                  {delegation.actor ? (
                    <>
                      {' · '}
                      <Link href={actorHref(delegation.actor)} className="inline-block py-0.5">
                        {t('actorPage', { name: delegation.name })}
                      </Link>
                    </>
                  ) : null}
                </p>
                <ParticipantList participants={delegation.participants} locale={locale} />
              </section>
            ))}
          </div>
        </Section>
      ))}

      <Section
        id="abbreviations"
        heading={t('abbreviations')}
        headingClassName="scroll-mt-4 text-2xl font-semibold"
        className="space-y-3"
      >
        <p className="text-neutral-700">{t('abbreviationsIntro')}</p>
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {abbreviations.map((abbreviation) => (
            <div key={abbreviation.abbr} className="contents">
              <dt className="font-semibold" lang="es">
                <abbr title={abbreviation.expansion} className="no-underline">
                  {abbreviation.abbr}
                </abbr>
              </dt>
              <dd className="mb-2 text-neutral-700 [overflow-wrap:anywhere] sm:mb-0">{abbreviation.expansion}</dd>
            </div>
          ))}
        </dl>
      </Section>
    </div>
  )
}

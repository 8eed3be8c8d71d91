import { getTranslations } from 'next-intl/server'
import { FollowUpForm } from '@/components/follow-up/follow-up-form'
import { WorkspaceBreadcrumbs } from '@/components/layout/breadcrumbs'
import { Card } from '@/components/ui'
import { getPathname } from '@/i18n/navigation'
import { requireUserOrRedirect } from '@/lib/auth/session'
import { findFollowUpItems, type FollowUpItem } from '@/lib/follow-up/queries'
import { pageLocale } from '@/lib/i18n/page-locale'
import { privateMessagesMetadata } from '@/lib/i18n/messages-metadata'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = privateMessagesMetadata('FollowUp', '/manage/follow-up')

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : '')

function Item({ item, target, label }: { item: FollowUpItem; target: 'idea' | 'recommendation'; label: string }) {
  const headingId = `follow-up-${target}-${item.id}`
  return (
    <Card as="li" className="space-y-3">
      <h3 id={headingId} className="text-base font-semibold text-neutral-700">
        {label}
      </h3>
      <p className="[overflow-wrap:anywhere]">{item.text}</p>
      <FollowUpForm
        labelledBy={headingId}
        item={{
          target,
          id: item.id,
          status: item.status,
          noteEs: item.noteEs,
          noteEn: item.noteEn,
          checkedAt: day(item.checkedAt),
        }}
      />
    </Card>
  )
}

export default async function FollowUpPage({ params }: Props) {
  const locale = await pageLocale(params)
  const admin = await requireUserOrRedirect(locale, {
    roles: ['admin'],
    returnTo: getPathname({ locale, href: '/manage/follow-up' }),
  })
  const [t, items] = await Promise.all([getTranslations('FollowUp'), findFollowUpItems(admin, locale)])
  // The recommendations, then the cooperation ideas: each item under the label that places it.
  const lists = [
    {
      id: 'follow-up-recommendations',
      heading: t('recommendationsHeading'),
      target: 'recommendation' as const,
      items: items.recommendations.map((item) => ({
        item,
        label: t('recommendationLabel', { kind: t(`recommendationKinds.${item.kind}`), position: item.position }),
      })),
    },
    {
      id: 'follow-up-ideas',
      heading: t('ideasHeading'),
      target: 'idea' as const,
      items: items.ideas.map((item) => ({
        item,
        label: t('ideaLabel', { table: item.table, position: item.position, session: item.sessionCode }),
      })),
    },
  ]
  return (
    <div className="space-y-8">
      <WorkspaceBreadcrumbs items={[{ label: t('metaTitle'), href: '/manage/follow-up' }]} />
      <PageHeader as="div" className="space-y-2" title={t('title')} lead={t('intro')} />
      {lists.map((list) => (
        <Section key={list.id} id={list.id} heading={list.heading} className="space-y-4">
          <ul className="space-y-4">
            {list.items.map(({ item, label }) => (
              <Item key={item.id} item={item} target={list.target} label={label} />
            ))}
          </ul>
        </Section>
      ))}
    </div>
  )
}

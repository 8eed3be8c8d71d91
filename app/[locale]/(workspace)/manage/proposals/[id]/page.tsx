import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { WorkspaceBreadcrumbs } from '@/components/layout/breadcrumbs'
import { AcceptProposalForm, DeclineProposalForm } from '@/components/proposals/moderation-forms'
import { ProposalStatusBadge } from '@/components/proposals/proposal-status-badge'
import { Badge, Card, Link, PageHeader } from '@/components/ui'
import { diffLabels, SnapshotDiff } from '@/components/workspace/snapshot-diff'
import { getPathname } from '@/i18n/navigation'
import { privatePageMetadata } from '@/lib/auth/metadata'
import { requireUserOrRedirect } from '@/lib/auth/session'
import { pageLocale } from '@/lib/i18n/page-locale'
import { formatDate } from '@/lib/i18n/dates'
import { diffSnapshots } from '@/lib/practices/diff'
import { snapshotFromInput, workingSnapshot } from '@/lib/practices/mutations'
import { findEditorOptions } from '@/lib/practices/workspace-queries'
import { getProposalForModeration } from '@/lib/proposals/queries'
import { ProposalIdParamSchema } from '@/lib/proposals/schemas'
import { correctionInput } from '@/lib/proposals/to-practice'

type Props = { params: Promise<{ locale: string; id: string }> }

// Depends on the session: never prerendered, never stored (next.config.js).
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { id } = await params
  const t = await getTranslations({ locale, namespace: 'ProposalsAdmin' })
  return privatePageMetadata({
    locale,
    pathname: { pathname: '/manage/proposals/[id]', params: { id } },
    title: t('metaTitle'),
  })
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="font-semibold">{label}</dt>
      <dd className="whitespace-pre-line [overflow-wrap:anywhere]">{children}</dd>
    </>
  )
}

export default async function ProposalPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { id: rawId } = await params
  const id = ProposalIdParamSchema.safeParse(rawId)
  const user = await requireUserOrRedirect(locale, {
    roles: ['admin', 'editor'],
    returnTo: getPathname({ locale, href: '/manage/proposals' }),
  })
  if (!id.success) notFound()
  const [t, proposal, options] = await Promise.all([
    getTranslations('ProposalsAdmin'),
    getProposalForModeration(user, id.data),
    findEditorOptions(user, locale),
  ])
  if (!proposal) notFound()
  const open = proposal.status === 'RECEIVED'
  const objectives = new Map(options.objectives.map((objective) => [objective.number, objective.title]))
  // A correction: what applying it would change in the practice's current (working) content.
  const current = proposal.target ? workingSnapshot(proposal.target) : null
  const changes = current
    ? diffSnapshots(current, snapshotFromInput(correctionInput(current, proposal), current.slug, current))
    : []

  return (
    <div className="space-y-8">
      <WorkspaceBreadcrumbs
        items={[
          { label: t('metaTitle'), href: '/manage/proposals' },
          {
            label: proposal.reference,
            href: { pathname: '/manage/proposals/[id]', params: { id: String(proposal.id) } },
          },
        ]}
      />
      <PageHeader as="div" className="space-y-2" title={t('detailTitle', { reference: proposal.reference })}>
        <p className="flex flex-wrap items-center gap-2">
          <ProposalStatusBadge status={proposal.status} />
          <Badge>{t(`types.${proposal.type}`)}</Badge>
          {proposal.duplicateOf ? (
            <Link href={{ pathname: '/manage/proposals/[id]', params: { id: String(proposal.duplicateOf.id) } }}>
              {t('duplicate', { reference: proposal.duplicateOf.reference })}
            </Link>
          ) : null}
        </p>
      </PageHeader>

      {/* Everything the proposer typed is shown as text: React escapes it, and nothing here renders Markdown. */}
      <dl className="grid max-w-4xl gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
        <Field label={t('titleColumn')}>{proposal.title}</Field>
        <Field label={t('kind')}>{t(`kinds.${proposal.kind}`)}</Field>
        <Field label={t('locale')}>{t(`locales.${proposal.locale === 'en' ? 'en' : 'es'}`)}</Field>
        <Field label={t('actor')}>
          {proposal.actor
            ? locale === 'en'
              ? proposal.actor.nameEn
              : proposal.actor.nameEs
            : proposal.otherActorName
              ? t('otherActor', { name: proposal.otherActorName })
              : t('noActor')}
        </Field>
        <Field label={t('objectives')}>
          {proposal.objectiveNumbers.length
            ? proposal.objectiveNumbers.map((number) => `${number}. ${objectives.get(number) ?? ''}`).join('\n')
            : t('none')}
        </Field>
        <Field label={t('summary')}>{proposal.summary}</Field>
        <Field label={t('description')}>{proposal.description}</Field>
        {proposal.results ? <Field label={t('results')}>{proposal.results}</Field> : null}
        {proposal.lessons ? <Field label={t('lessons')}>{proposal.lessons}</Field> : null}
        {proposal.link ? <Field label={t('link')}>{proposal.link}</Field> : null}
        <Field label={t('receivedColumn')}>{formatDate(locale, proposal.createdAt)}</Field>
        {proposal.declineReason ? <Field label={t('declineReason')}>{proposal.declineReason}</Field> : null}
      </dl>

      <Card as="section" aria-labelledby="proposal-proposer" className="max-w-4xl space-y-3">
        <h2 id="proposal-proposer" className="text-xl font-semibold">
          {t('proposer')}
        </h2>
        {proposal.personalDataPurgedAt ? (
          <p>{t('purged', { date: formatDate(locale, proposal.personalDataPurgedAt) })}</p>
        ) : (
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
            <Field label={t('proposerName')}>{proposal.proposerName}</Field>
            <Field label={t('proposerInstitution')}>{proposal.proposerInstitution}</Field>
            <Field label={t('proposerEmail')}>{proposal.proposerEmail}</Field>
          </dl>
        )}
      </Card>

      {proposal.type === 'CORRECTION' && proposal.target ? (
        <section aria-labelledby="proposal-diff" className="max-w-4xl space-y-3">
          <h2 id="proposal-diff" className="text-xl font-semibold">
            {t('diffHeading')}
          </h2>
          <p>
            {t('target')}{' '}
            <Link href={{ pathname: '/manage/practices/[id]', params: { id: String(proposal.target.id) } }}>
              {locale === 'en' ? (proposal.target.titleEn ?? proposal.target.titleEs) : proposal.target.titleEs}
            </Link>
          </p>
          {open ? (
            changes.length > 0 ? (
              <SnapshotDiff changes={changes} labels={diffLabels(options)} caption={t('diffHeading')} />
            ) : (
              <p>{t('noDiff')}</p>
            )
          ) : null}
        </section>
      ) : null}

      {proposal.practiceId ? (
        <p>
          <Link
            href={{ pathname: '/manage/practices/[id]', params: { id: String(proposal.practiceId) } }}
            className="inline-flex min-h-11 items-center font-medium"
          >
            {t('openPractice')}
          </Link>
        </p>
      ) : null}

      <section aria-labelledby="proposal-actions" className="max-w-4xl space-y-4">
        <h2 id="proposal-actions" className="text-xl font-semibold">
          {t('actionsHeading')}
        </h2>
        {open ? <AcceptProposalForm id={proposal.id} type={proposal.type} /> : null}
        {proposal.status === 'RECEIVED' || proposal.status === 'IN_REVIEW' ? (
          <DeclineProposalForm id={proposal.id} />
        ) : (
          <p>{t('closed')}</p>
        )}
      </section>
    </div>
  )
}

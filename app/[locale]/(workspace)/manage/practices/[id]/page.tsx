import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { Badge, Link } from '@/components/ui'
import { PracticeBreadcrumbs } from '@/components/workspace/practice-breadcrumbs'
import { PracticeEditor } from '@/components/workspace/practice-editor'
import { STATUS_VARIANT } from '@/components/workspace/practice-table'
import { diffLabels, SnapshotDiff } from '@/components/workspace/snapshot-diff'
import { WorkflowPanel } from '@/components/workspace/workflow-panel'
import { getPathname } from '@/i18n/navigation'
import { privatePageMetadata } from '@/lib/auth/metadata'
import { requireUserOrRedirect } from '@/lib/auth/session'
import { pageLocale } from '@/lib/i18n/page-locale'
import { diffSnapshots } from '@/lib/practices/diff'
import { PracticeIdParamSchema } from '@/lib/practices/editing-schemas'
import { availableTransitions } from '@/lib/practices/workflow'
import { findEditorOptions, getPracticeForEditing } from '@/lib/practices/workspace-queries'
import { PageHeader } from '@/components/ui/page-header'
import { PracticeTitle } from '@/components/workspace/practice-title'
import { Section } from '@/components/ui/section'

type Props = { params: Promise<{ locale: string; id: string }> }

function practiceId(value: string): number {
  const parsed = PracticeIdParamSchema.safeParse(value)
  if (!parsed.success) notFound()
  return parsed.data
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { id } = await params
  const t = await getTranslations({ locale, namespace: 'PracticeEditor' })
  return privatePageMetadata({
    locale,
    pathname: { pathname: '/manage/practices/[id]', params: { id } },
    title: t('metaTitleEdit', { id }),
  })
}

export default async function EditPracticePage({ params }: Props) {
  const locale = await pageLocale(params)
  const { id: idParam } = await params
  const id = practiceId(idParam)
  const user = await requireUserOrRedirect(locale, {
    returnTo: getPathname({ locale, href: { pathname: '/manage/practices/[id]', params: { id: String(id) } } }),
  })
  const [practice, options, t] = await Promise.all([
    getPracticeForEditing(user, id),
    findEditorOptions(user, locale),
    getTranslations('PracticeEditor'),
  ])
  if (!practice) notFound()
  const deleted = practice.deletedAt !== null
  const transitions = availableTransitions({
    role: user.role,
    status: practice.status,
    workingStatus: practice.workingStatus,
    deleted,
  })
  // What publishing would change: the pending draft against what the public sees, or all of a new practice.
  const underReview = practice.pending || practice.status === 'DRAFT' || practice.status === 'IN_REVIEW'
  const reviewChanges = diffSnapshots(practice.live, practice.snapshot)
  const labels = diffLabels(options)

  return (
    <div className="space-y-8">
      <PracticeBreadcrumbs id={practice.id} />
      <PageHeader
        as="div"
        className="space-y-3"
        title={<PracticeTitle label={t('titleEdit')} titleEs={practice.snapshot.titleEs} />}
        wrap
      >
        <p className="flex flex-wrap gap-2">
          <Badge variant={STATUS_VARIANT[practice.status]}>
            {t('currentStatus', { status: t(`statuses.${practice.status}`) })}
          </Badge>
          {practice.pending ? (
            <Badge variant="warning">{t('pendingStatus', { status: t(`statuses.${practice.workingStatus}`) })}</Badge>
          ) : null}
          <Badge>{t('version', { version: practice.version })}</Badge>
        </p>
        <p className="flex flex-wrap gap-x-6 gap-y-2">
          <Link
            href={{ pathname: '/manage/practices/[id]/history', params: { id: String(practice.id) } }}
            className="inline-flex min-h-11 items-center"
          >
            {t('historyLink')}
          </Link>
          {practice.status === 'PUBLISHED' && !deleted ? (
            <Link
              href={{ pathname: '/practices/[slug]', params: { slug: practice.snapshot.slug } }}
              className="inline-flex min-h-11 items-center"
            >
              {t('publicLink')}
            </Link>
          ) : null}
          <Link href="/manage/practices" className="inline-flex min-h-11 items-center">
            {t('backToList')}
          </Link>
        </p>
        {deleted ? (
          <p className="rounded-md border border-danger-700/40 bg-danger-50 p-3 text-danger-700">
            {t('deletedNotice')}
          </p>
        ) : null}
        {practice.status === 'PUBLISHED' && !deleted ? (
          <p className="rounded-md border border-warning-700/40 bg-warning-50 p-3">{t('pendingNotice')}</p>
        ) : null}
      </PageHeader>

      <Section id="practice-workflow" heading={t('workflowHeading')} className="space-y-3">
        <WorkflowPanel id={practice.id} version={practice.version} transitions={transitions} />
      </Section>

      {underReview && !deleted ? (
        <Section id="practice-review" heading={t('reviewHeading')} className="space-y-3" data-testid="review-diff">
          <p className="text-neutral-700">{practice.live ? t('reviewIntroPending') : t('reviewIntroNew')}</p>
          {reviewChanges.length > 0 ? (
            <SnapshotDiff changes={reviewChanges} labels={labels} caption={t('reviewHeading')} />
          ) : (
            <p>{t('reviewNothing')}</p>
          )}
        </Section>
      ) : null}

      {!deleted ? (
        <PracticeEditor
          practice={{ id: practice.id, version: practice.version, slugLocked: practice.publishedAt !== null }}
          initial={practice.snapshot}
          options={options}
        />
      ) : null}
    </div>
  )
}

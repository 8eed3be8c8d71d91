import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { z } from 'zod'
import { PracticeBreadcrumbs } from '@/components/workspace/practice-breadcrumbs'
import { Badge, Button, Link, Select } from '@/components/ui'
import { STATUS_VARIANT } from '@/components/workspace/practice-table'
import { RestoreRevisionForm } from '@/components/workspace/restore-revision-form'
import { diffLabels, SnapshotDiff } from '@/components/workspace/snapshot-diff'
import { getPathname } from '@/i18n/navigation'
import { privatePageMetadata } from '@/lib/auth/metadata'
import { requireUserOrRedirect } from '@/lib/auth/session'
import { pageLocale } from '@/lib/i18n/page-locale'
import { diffSnapshots } from '@/lib/practices/diff'
import { MAX_POSTGRES_INTEGER } from '@/lib/postgres-integer'
import { PracticeIdParamSchema } from '@/lib/practices/editing-schemas'
import {
  findEditorOptions,
  findPracticeRevisions,
  getPracticeForEditing,
  getRevisionSnapshots,
} from '@/lib/practices/workspace-queries'
import { PageHeader } from '@/components/ui/page-header'
import { PracticeTitle } from '@/components/workspace/practice-title'
import { Section } from '@/components/ui/section'
import { StackedCell, StackedRow, StackedRowHeader, StackedTable } from '@/components/ui/stacked-table'

type Props = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const versionParam = z.preprocess(
  (value) => (Array.isArray(value) ? value[0] : value),
  z.coerce.number().int().min(1).max(MAX_POSTGRES_INTEGER).optional().catch(undefined),
)

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { id } = await params
  const t = await getTranslations({ locale, namespace: 'History' })
  return privatePageMetadata({
    locale,
    pathname: { pathname: '/manage/practices/[id]/history', params: { id } },
    title: t('metaTitle', { id }),
  })
}

export default async function PracticeHistoryPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const { id: idParam } = await params
  const parsedId = PracticeIdParamSchema.safeParse(idParam)
  if (!parsedId.success) notFound()
  const id = parsedId.data
  const href = { pathname: '/manage/practices/[id]/history' as const, params: { id: String(id) } }
  const user = await requireUserOrRedirect(locale, { returnTo: getPathname({ locale, href }) })
  const [practice, revisions, options, t, tEditor, format] = await Promise.all([
    getPracticeForEditing(user, id),
    findPracticeRevisions(user, id),
    findEditorOptions(user, locale),
    getTranslations('History'),
    getTranslations('PracticeEditor'),
    getFormatter(),
  ])
  if (!practice) notFound()

  const query = await searchParams
  const versions = revisions.map((revision) => revision.version)
  const latest = versions[0]
  const requestedTo = versionParam.parse(query.to)
  const requestedFrom = versionParam.parse(query.from)
  const to = requestedTo !== undefined && versions.includes(requestedTo) ? requestedTo : latest
  const from =
    requestedFrom !== undefined && versions.includes(requestedFrom)
      ? requestedFrom
      : versions.find((version) => to !== undefined && version < to)
  const snapshots =
    to !== undefined
      ? await getRevisionSnapshots(
          user,
          id,
          [from, to].filter((v): v is number => v !== undefined),
        )
      : new Map()
  const changes =
    to !== undefined
      ? diffSnapshots(from !== undefined ? (snapshots.get(from) ?? null) : null, snapshots.get(to) ?? null)
      : []
  const labels = diffLabels(options)
  const date = (value: Date) => format.dateTime(value, { dateStyle: 'medium', timeStyle: 'short' })
  const note = (value: string | null) => {
    if (!value) return null
    const restored = /^restored-from:(\d+)$/.exec(value)
    if (restored) return t('notes.restoredFrom', { version: restored[1] ?? '' })
    if (value === 'deleted') return t('notes.deleted')
    if (value === 'restored') return t('notes.restored')
    return value
  }
  const canRestore = practice.deletedAt === null

  return (
    <div className="space-y-8">
      <PracticeBreadcrumbs id={id} current={{ label: t('title'), href }} />
      <PageHeader
        as="div"
        className="space-y-2"
        title={<PracticeTitle label={t('title')} titleEs={practice.snapshot.titleEs} />}
        wrap
        lead={t('intro')}
      >
        <Link
          href={{ pathname: '/manage/practices/[id]', params: { id: String(id) } }}
          className="inline-flex min-h-11 items-center"
        >
          {t('backToEditor')}
        </Link>
      </PageHeader>

      {revisions.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <>
          <Section id="history-compare" heading={t('compareHeading')} className="space-y-4">
            <form method="get" className="grid gap-4 sm:grid-cols-3">
              <Select
                id="history-from"
                name="from"
                label={t('from')}
                defaultValue={from !== undefined ? String(from) : ''}
              >
                {revisions.map((revision) => (
                  <option key={revision.version} value={revision.version}>
                    {t('versionOption', { version: revision.version, date: date(revision.createdAt) })}
                  </option>
                ))}
              </Select>
              <Select id="history-to" name="to" label={t('to')} defaultValue={to !== undefined ? String(to) : ''}>
                {revisions.map((revision) => (
                  <option key={revision.version} value={revision.version}>
                    {t('versionOption', { version: revision.version, date: date(revision.createdAt) })}
                  </option>
                ))}
              </Select>
              <div className="flex items-end">
                <Button type="submit">{t('compare')}</Button>
              </div>
            </form>
            {to !== undefined ? (
              <div className="space-y-2" data-testid="history-diff">
                <h3 className="text-xl font-semibold">{t('diffHeading', { from: from ?? 0, to })}</h3>
                {changes.length > 0 ? (
                  <SnapshotDiff changes={changes} labels={labels} caption={t('diffHeading', { from: from ?? 0, to })} />
                ) : (
                  <p>{t('noDifferences')}</p>
                )}
              </div>
            ) : null}
          </Section>

          <Section id="history-list" heading={t('listHeading')} className="space-y-4">
            <StackedTable
              columns={[
                t('columns.version'),
                t('columns.date'),
                t('columns.author'),
                t('columns.status'),
                t('columns.note'),
                t('columns.actions'),
              ]}
            >
              {revisions.map((revision) => (
                <StackedRow key={revision.version}>
                  <StackedRowHeader>
                    {revision.version}
                    {revision.version === latest ? (
                      <span className="text-sm font-normal text-neutral-600"> ({t('current')})</span>
                    ) : null}
                  </StackedRowHeader>
                  <StackedCell className="text-sm">
                    <time dateTime={revision.createdAt.toISOString()}>{date(revision.createdAt)}</time>
                  </StackedCell>
                  <StackedCell>{revision.authorName ?? t('system')}</StackedCell>
                  <StackedCell>
                    <Badge variant={STATUS_VARIANT[revision.status]}>{tEditor(`statuses.${revision.status}`)}</Badge>
                  </StackedCell>
                  <StackedCell className="text-sm [overflow-wrap:anywhere]">{note(revision.note)}</StackedCell>
                  <StackedCell last>
                    {canRestore && revision.version !== latest ? (
                      <RestoreRevisionForm id={id} version={practice.version} revision={revision.version} />
                    ) : null}
                  </StackedCell>
                </StackedRow>
              ))}
            </StackedTable>
            {canRestore ? (
              <p className="text-sm text-neutral-700">
                {t('restoreHint', { pending: String(practice.status === 'PUBLISHED') })}
              </p>
            ) : null}
          </Section>
        </>
      )}
    </div>
  )
}

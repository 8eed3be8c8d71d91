import { getFormatter, getTranslations } from 'next-intl/server'
import {
  Badge,
  Link,
  StackedCell,
  StackedRow,
  StackedRowHeader,
  StackedTable,
  type BadgeVariant,
} from '@/components/ui'
import type { PublicationStatus } from '@/lib/generated/prisma/enums'
import type { WorkspacePracticeRow } from '@/lib/practices/workspace-queries'

export const STATUS_VARIANT: Record<PublicationStatus, BadgeVariant> = {
  DRAFT: 'neutral',
  IN_REVIEW: 'warning',
  PUBLISHED: 'success',
  ARCHIVED: 'primary',
}

/** The workspace table of practices; on phones each row becomes a stacked card. */
export async function PracticeTable({ rows }: { rows: WorkspacePracticeRow[] }) {
  const [t, tEditor, format] = await Promise.all([
    getTranslations('WorkspacePractices'),
    getTranslations('PracticeEditor'),
    getFormatter(),
  ])
  return (
    <StackedTable
      columns={[
        t('columns.title'),
        t('columns.kind'),
        t('columns.status'),
        t('columns.translation'),
        t('columns.version'),
        t('columns.updated'),
      ]}
    >
      {rows.map((row) => (
        <StackedRow key={row.id}>
          <StackedRowHeader className="font-normal">
            <Link
              href={{ pathname: '/manage/practices/[id]', params: { id: String(row.id) } }}
              className="font-semibold [overflow-wrap:anywhere]"
            >
              {row.titleEs}
            </Link>
            <span className="block text-sm text-neutral-600 [overflow-wrap:anywhere]">
              #{row.id} · {row.slug}
            </span>
          </StackedRowHeader>
          <StackedCell>{tEditor(`kinds.${row.kind}`)}</StackedCell>
          <StackedCell>
            <span className="flex flex-wrap gap-1">
              <Badge variant={STATUS_VARIANT[row.status]}>{tEditor(`statuses.${row.status}`)}</Badge>
              {row.pendingStatus ? (
                <Badge variant="warning">{t('pending', { status: tEditor(`statuses.${row.pendingStatus}`) })}</Badge>
              ) : null}
              {row.deleted ? <Badge variant="danger">{t('deleted')}</Badge> : null}
            </span>
          </StackedCell>
          <StackedCell className="text-sm">
            {t('translationPair', {
              es: tEditor(`translationStatuses.${row.translationStatusEs}`),
              en: tEditor(`translationStatuses.${row.translationStatusEn}`),
            })}
          </StackedCell>
          <StackedCell>{row.version}</StackedCell>
          <StackedCell last className="text-sm">
            <time dateTime={row.updatedAt.toISOString()}>
              {format.dateTime(row.updatedAt, { dateStyle: 'medium', timeStyle: 'short' })}
            </time>
          </StackedCell>
        </StackedRow>
      ))}
    </StackedTable>
  )
}

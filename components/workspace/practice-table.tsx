import { getFormatter, getTranslations } from 'next-intl/server'
import { Badge, Link, type BadgeVariant } from '@/components/ui'
import type { PublicationStatus } from '@/lib/generated/prisma/enums'
import type { WorkspacePracticeRow } from '@/lib/practices/workspace-queries'
import { StackedTableHead } from '@/components/ui/stacked-table-head'

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
    <table className="w-full border-collapse text-left">
      <StackedTableHead
        columns={[
          t('columns.title'),
          t('columns.kind'),
          t('columns.status'),
          t('columns.translation'),
          t('columns.version'),
          t('columns.updated'),
        ]}
      />
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="block border-b border-neutral-200 py-3 md:table-row md:py-0">
            <th scope="row" className="block py-1 pr-3 text-left font-normal md:table-cell md:py-3">
              <Link
                href={{ pathname: '/manage/practices/[id]', params: { id: String(row.id) } }}
                className="font-semibold [overflow-wrap:anywhere]"
              >
                {row.titleEs}
              </Link>
              <span className="block text-sm text-neutral-600 [overflow-wrap:anywhere]">
                #{row.id} · {row.slug}
              </span>
            </th>
            <td className="block py-1 pr-3 md:table-cell md:py-3">{tEditor(`kinds.${row.kind}`)}</td>
            <td className="block py-1 pr-3 md:table-cell md:py-3">
              <span className="flex flex-wrap gap-1">
                <Badge variant={STATUS_VARIANT[row.status]}>{tEditor(`statuses.${row.status}`)}</Badge>
                {row.pendingStatus ? (
                  <Badge variant="warning">{t('pending', { status: tEditor(`statuses.${row.pendingStatus}`) })}</Badge>
                ) : null}
                {row.deleted ? <Badge variant="danger">{t('deleted')}</Badge> : null}
              </span>
            </td>
            <td className="block py-1 pr-3 text-sm md:table-cell md:py-3">
              {t('translationPair', {
                es: tEditor(`translationStatuses.${row.translationStatusEs}`),
                en: tEditor(`translationStatuses.${row.translationStatusEn}`),
              })}
            </td>
            <td className="block py-1 pr-3 md:table-cell md:py-3">{row.version}</td>
            <td className="block py-1 text-sm md:table-cell md:py-3">
              <time dateTime={row.updatedAt.toISOString()}>
                {format.dateTime(row.updatedAt, { dateStyle: 'medium', timeStyle: 'short' })}
              </time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

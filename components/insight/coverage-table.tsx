import { getTranslations } from 'next-intl/server'
import { Link } from '@/components/ui'
import { cx } from '@/components/ui/button'
import type { CoverageFilters, CoverageMatrix } from '@/lib/insight/queries'
import { ScrollTable } from '@/components/ui/scroll-table'
import { scaleStep } from './scale'

/** The catalogue filtered by a cell, row or column, keeping the matrix's kind and session filters. */
function catalogueHref(filters: CoverageFilters, cell: { objective?: number; actor?: string }) {
  const query: Record<string, string | string[]> = {}
  if (cell.objective !== undefined) query.objective = String(cell.objective)
  if (cell.actor !== undefined) query.actor = cell.actor
  if (filters.kind.length) query.kind = filters.kind
  if (filters.session.length) query.session = filters.session
  return { pathname: '/practices' as const, query }
}

export async function CoverageTable({ matrix, filters }: { matrix: CoverageMatrix; filters: CoverageFilters }) {
  const t = await getTranslations('Coverage')
  const gaps = new Set(matrix.gaps)
  const cellBase = 'border border-neutral-200 p-0 text-center tabular-nums'
  const number = (count: number, label: string, href: ReturnType<typeof catalogueHref>, className?: string) =>
    count > 0 ? (
      <Link
        href={href}
        variant="plain"
        className={cx(
          'flex min-h-11 min-w-11 items-center justify-center font-semibold text-inherit underline',
          className,
        )}
      >
        {count}
        <span className="sr-only"> ({label})</span>
      </Link>
    ) : (
      <span className="flex min-h-11 min-w-11 items-center justify-center">0</span>
    )

  return (
    <ScrollTable label={t('tableRegion')}>
      <table className="border-collapse text-sm">
        <caption className="p-2 text-left font-semibold">{t('caption')}</caption>
        <thead>
          <tr>
            <th
              scope="col"
              className="sticky left-0 z-10 border border-neutral-200 bg-neutral-50 p-2 text-left align-bottom"
            >
              {t('objectiveColumn')}
            </th>
            {matrix.actors.map((actor) => (
              <th
                key={actor.slug}
                scope="col"
                className="border border-neutral-200 bg-neutral-50 p-1 align-bottom font-medium"
              >
                <span
                  className="inline-block max-h-48 whitespace-nowrap [writing-mode:vertical-rl] rotate-180"
                  title={actor.name}
                >
                  {actor.type === 'ORGANIZATION' && actor.acronym ? actor.acronym : actor.name}
                </span>
              </th>
            ))}
            <th scope="col" className="border border-neutral-200 bg-neutral-100 p-2 align-bottom">
              {t('totalColumn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {matrix.objectives.map((objective) => {
            const rowTotal = matrix.rowTotals[objective.number] ?? 0
            const isGap = gaps.has(objective.number)
            return (
              <tr key={objective.number} className={isGap ? 'bg-warning-50' : undefined}>
                <th
                  scope="row"
                  className={cx(
                    'sticky left-0 z-10 max-w-56 border border-neutral-200 p-2 text-left font-normal',
                    isGap ? 'bg-warning-50' : 'bg-white',
                  )}
                >
                  <span className="font-semibold">{objective.number}.</span> {objective.shortLabel ?? objective.title}
                  {isGap ? (
                    <span className="ml-1 whitespace-nowrap font-semibold text-warning-700">· {t('gapBadge')}</span>
                  ) : null}
                </th>
                {matrix.actors.map((actor) => {
                  const count = matrix.counts[objective.number]?.[actor.slug] ?? 0
                  return (
                    <td
                      key={actor.slug}
                      className={cx(cellBase, scaleStep(count).className)}
                      data-objective={objective.number}
                      data-actor={actor.slug}
                    >
                      {number(
                        count,
                        t('cellLabel', { count, objective: objective.number, actor: actor.name }),
                        catalogueHref(filters, { objective: objective.number, actor: actor.slug }),
                      )}
                    </td>
                  )
                })}
                <td className={cx(cellBase, 'bg-neutral-100 font-semibold')}>
                  {number(
                    rowTotal,
                    t('rowTotalLabel', { count: rowTotal, objective: objective.number }),
                    catalogueHref(filters, { objective: objective.number }),
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="sticky left-0 z-10 border border-neutral-200 bg-neutral-100 p-2 text-left">
              {t('totalRow')}
            </th>
            {matrix.actors.map((actor) => {
              const total = matrix.columnTotals[actor.slug] ?? 0
              return (
                <td key={actor.slug} className={cx(cellBase, 'bg-neutral-100 font-semibold')}>
                  {number(
                    total,
                    t('columnTotalLabel', { count: total, actor: actor.name }),
                    catalogueHref(filters, { actor: actor.slug }),
                  )}
                </td>
              )
            })}
            <td className={cx(cellBase, 'bg-neutral-100 font-bold')}>
              {number(matrix.total, t('summary', { total: matrix.total }), catalogueHref(filters, {}))}
            </td>
          </tr>
        </tfoot>
      </table>
    </ScrollTable>
  )
}

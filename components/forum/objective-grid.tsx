import { useTranslations } from 'next-intl'
import { cx, Link } from '@/components/ui'
import type { ObjectiveSummary } from '@/lib/forum/objectives-queries'
import { objectiveHref } from './hrefs'

/**
 * The 23 objectives, each linking to its page, with its number of published practices. Objectives
 * without practices are gaps: a dashed border and the word "gap" (never colour alone).
 */
export function ObjectiveGrid({
  objectives,
  showTitles = false,
}: {
  objectives: ObjectiveSummary[]
  showTitles?: boolean
}) {
  const t = useTranslations('Forum')
  const tObjectives = useTranslations('Objectives')
  return (
    <ol className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {objectives.map((objective) => {
        const isGap = objective.practiceCount === 0
        return (
          <li
            key={objective.number}
            className={cx(
              'flex flex-col gap-1 rounded-lg border p-4',
              isGap ? 'border-dashed border-neutral-500 bg-white' : 'border-neutral-200 bg-primary-50',
            )}
          >
            <p className="text-sm font-semibold uppercase tracking-wide text-neutral-700">
              {t('objectiveNumber', { number: objective.number })}
            </p>
            <p className="font-semibold leading-snug [overflow-wrap:anywhere]">
              <Link href={objectiveHref(objective.number)}>
                {showTitles || !objective.shortLabel ? objective.title : objective.shortLabel}
              </Link>
            </p>
            {showTitles && objective.shortLabel ? (
              <p className="text-sm text-neutral-700">{objective.shortLabel}</p>
            ) : null}
            <p className={cx('mt-auto pt-1 text-sm', isGap ? 'font-medium text-neutral-700' : 'text-neutral-700')}>
              {isGap ? tObjectives('gap') : t('practiceCount', { count: objective.practiceCount })}
            </p>
          </li>
        )
      })}
    </ol>
  )
}

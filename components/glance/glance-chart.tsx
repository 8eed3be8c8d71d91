import type { Locale } from 'next-intl'
import type { ReactNode } from 'react'
import { getLocale, getTranslations } from 'next-intl/server'
import {
  getKindsChart,
  getObjectivesChart,
  getSessionsChart,
  glanceDownloadHref,
  type ChartFilter,
  type ChartPicture,
} from '@/lib/glance/pictures'
import { SLUG_BY_KIND } from '@/lib/practices/schemas'
import { pictureLinks } from '@/lib/glance/links'
import { FigureRow, FiguresTable } from './figures-table'
import { PictureFrame } from './picture-frame'

type ChartName = 'objectives' | 'sessions' | 'kinds'

function load(locale: Locale, chart: ChartName, filter: ChartFilter, idPrefix: string): Promise<ChartPicture> {
  const options = { idPrefix, link: pictureLinks(locale) }
  if (chart === 'objectives') return getObjectivesChart(locale, filter, options)
  if (chart === 'sessions') return getSessionsChart(locale, options)
  return getKindsChart(locale, filter, options)
}

/**
 * A bar chart of published practices (per objective, of one country or with the coverage page's
 * filters; per session; per kind)
 * with the same figures in a table below it and the SVG download. `extra` goes under the table (e.g. a
 * link to a page's fuller table).
 */
export async function GlanceChart({
  chart,
  filter = {},
  idPrefix,
  extra,
}: {
  chart: ChartName
  filter?: ChartFilter
  idPrefix: string
  extra?: ReactNode
}) {
  const locale = await getLocale()
  const [t, tForum, picture] = await Promise.all([
    getTranslations('Glance'),
    getTranslations('Forum'),
    load(locale, chart, filter, idPrefix),
  ])
  const labelColumn =
    chart === 'objectives' ? t('objectiveColumn') : chart === 'sessions' ? t('sessionColumn') : t('kindColumn')

  return (
    <div data-glance={`chart-${chart}`}>
      <PictureFrame
        svg={picture.svg}
        className="max-w-lg"
        caption={<span className="font-medium text-neutral-900">{picture.title}</span>}
        downloadHref={glanceDownloadHref(locale, chart, {
          actor: filter.actor,
          session: filter.session,
          kinds: filter.kinds?.map((kind) => SLUG_BY_KIND[kind]),
        })}
        downloadLabel={t('downloadChart')}
      >
        <FiguresTable
          summary={t('tableSummary')}
          caption={picture.title}
          columns={[labelColumn, t('practicesColumn')]}
          className="max-w-lg"
          data="chart-table"
        >
          {picture.rows.map((row) => (
            <FigureRow
              key={row.key}
              href={row.href}
              label={row.label}
              count={row.value}
              countWords={tForum('practiceCount', { count: row.value })}
              countData={{ 'data-key': row.key }}
            />
          ))}
        </FiguresTable>
        {extra}
      </PictureFrame>
    </div>
  )
}

import { getLocale, getTranslations } from 'next-intl/server'
import { Link } from '@/components/ui'
import { getMapPicture, glanceDownloadHref } from '@/lib/glance/pictures'
import type { GlanceFilter } from '@/lib/insight/glance-queries'
import { SLUG_BY_KIND } from '@/lib/practices/schemas'
import { pictureLinks } from '@/lib/glance/links'
import { FigureRow, FiguresTable } from './figures-table'
import { PictureFrame } from './picture-frame'

/**
 * The map of the Americas coloured by the practices each country presents (all published ones, or one
 * objective's, session's or kinds'), with the countries outside the map listed, the same figures in a
 * table and the SVG download. No client JavaScript.
 */
export async function GlanceMap({ filter = {}, idPrefix }: { filter?: GlanceFilter; idPrefix: string }) {
  const locale = await getLocale()
  const [t, tForum, picture] = await Promise.all([
    getTranslations('Glance'),
    getTranslations('Forum'),
    getMapPicture(locale, filter, { idPrefix, link: pictureLinks(locale) }),
  ])
  const applied = picture.filter
  const downloadHref = glanceDownloadHref(locale, 'map', {
    objective: applied.objective,
    session: applied.session,
    kinds: applied.kinds?.map((kind) => SLUG_BY_KIND[kind]),
  })
  const counted = (count: number) => tForum('practiceCount', { count })

  return (
    <div className="space-y-4" data-glance="map">
      <PictureFrame
        svg={picture.svg}
        className="max-w-xl"
        caption={
          <>
            <span className="font-medium text-neutral-900">{picture.title}</span>
            {picture.total === 0 ? (
              <span className="mt-1 block font-medium text-neutral-900" data-glance="empty">
                {t('emptyMap')}
              </span>
            ) : null}
          </>
        }
        downloadHref={downloadHref}
        downloadLabel={t('downloadMap')}
      >
        {picture.offMap.length > 0 ? (
          <div className="space-y-1 text-sm">
            <p className="font-semibold text-neutral-900">{t('offMapHeading')}</p>
            <p className="text-neutral-700">{t('offMapIntro')}</p>
            <ul className="flex flex-wrap gap-x-4" data-glance="off-map">
              {picture.offMap.map((row) => (
                <li key={row.slug}>
                  {row.count > 0 ? (
                    <Link href={row.href} className="inline-flex min-h-11 items-center">
                      {t('countryLabel', { name: row.name, count: row.count })}
                    </Link>
                  ) : (
                    <span className="inline-flex min-h-11 items-center">
                      {t('countryLabel', { name: row.name, count: row.count })}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <FiguresTable
          summary={t('tableSummary')}
          caption={picture.title}
          columns={[t('countryColumn'), t('groupColumn'), t('practicesColumn')]}
          className="max-w-xl"
          data="map-table"
        >
          {[...picture.rows, ...picture.offMap].map((row) => (
            <FigureRow
              key={row.slug}
              href={row.href}
              label={row.name}
              middle={[tForum(`group.${row.group}`)]}
              count={row.count}
              countWords={counted(row.count)}
              countData={{ 'data-country': row.slug }}
            />
          ))}
        </FiguresTable>
      </PictureFrame>
    </div>
  )
}

import { useTranslations } from 'next-intl'
import { Link } from '@/components/ui'
import { catalogueQuery, type CatalogueSearchParams } from '@/lib/practices/schemas'
import { pageWindow } from './page-window'

export function Pagination({ params, page, pageCount }: { params: CatalogueSearchParams; page: number; pageCount: number }) {
  const t = useTranslations('Catalogue')
  if (pageCount <= 1) return null
  const href = (target: number) => ({ pathname: '/practices' as const, query: catalogueQuery({ ...params, page: target }) })
  const linkClass = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-neutral-300 px-3'
  return (
    <nav aria-label={t('pagination')} data-print="hide">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={href(page - 1)} rel="prev" className={linkClass}>
              {t('previous')}
            </Link>
          </li>
        ) : null}
        {pageWindow(page, pageCount).map((p, index) =>
          p === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                href={href(p)}
                aria-current={p === page ? 'page' : undefined}
                aria-label={t('pageLink', { page: p })}
                className={p === page ? `${linkClass} bg-primary-700 text-white no-underline` : linkClass}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link href={href(page + 1)} rel="next" className={linkClass}>
              {t('next')}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}

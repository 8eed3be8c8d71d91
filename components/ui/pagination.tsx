import { Link, type LinkProps } from './link'
import { pageWindow } from './page-window'

export type PaginationLabels = {
  /** The accessible name of the <nav>. */
  nav: string
  previous: string
  next: string
  /** The accessible name of one page's link ("Page 3", "Page 3 of 9"). */
  page: (page: number) => string
}

export type PaginationProps = {
  page: number
  pageCount: number
  /** Where a page lives: the page keeps its own query parameters (and its URLs). */
  href: (page: number) => LinkProps['href']
  labels: PaginationLabels
}

/** Previous / numbered / next links of a paged list; nothing when there is only one page. */
export function Pagination({ page, pageCount, href, labels }: PaginationProps) {
  if (pageCount <= 1) return null
  const linkClass =
    'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-neutral-300 px-3'
  return (
    <nav aria-label={labels.nav} data-print="hide">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={href(page - 1)} rel="prev" className={linkClass}>
              {labels.previous}
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
                aria-label={labels.page(p)}
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
              {labels.next}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}

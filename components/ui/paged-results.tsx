import type { ReactNode } from 'react'
import { Pagination, type PaginationProps } from './pagination'
import { Section } from './section'

/** The messages a paged list's namespace has: the pager's name, its links, and "page n of m". */
type PagerMessages = (
  key: 'paginationLabel' | 'previous' | 'next' | 'pageOf',
  values?: { page: number; pageCount: number },
) => string

/**
 * A paged list's results section: how many there are (a status line, announced when a filter changes
 * it), the list, and the links to its other pages.
 */
export function PagedResults({
  id,
  heading,
  count,
  page,
  pageCount,
  href,
  t,
  children,
}: Omit<PaginationProps, 'labels'> & {
  id: string
  heading: string
  count: string
  /** The list's namespace (e.g. `getTranslations('Audit')`), which has the PagerMessages keys. */
  t: PagerMessages
  children: ReactNode
}) {
  return (
    <Section id={id} heading={heading} className="space-y-4">
      <p role="status" className="text-neutral-700">
        {count}
      </p>
      {children}
      <Pagination
        page={page}
        pageCount={pageCount}
        href={href}
        labels={{
          nav: t('paginationLabel'),
          previous: t('previous'),
          next: t('next'),
          page: (page) => t('pageOf', { page, pageCount }),
        }}
      />
    </Section>
  )
}

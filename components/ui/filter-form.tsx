import type { ReactNode } from 'react'
import { Button, cx } from './button'
import { Link, type LinkProps } from './link'

/**
 * A plain GET form of filters: they live in the URL, so a filtered view works without JavaScript and
 * can be bookmarked and shared. A search landmark named by the heading `labelledBy` points at; its
 * last row submits, or clears every filter by going back to the bare page.
 */
export function FilterForm({
  labelledBy,
  className,
  actionsClassName,
  applyLabel,
  clear,
  children,
}: {
  labelledBy: string
  className: string
  actionsClassName?: string
  applyLabel: string
  clear: { label: string; href: LinkProps['href'] }
  children: ReactNode
}) {
  return (
    <form method="get" role="search" aria-labelledby={labelledBy} className={className}>
      {children}
      <div className={cx('flex flex-wrap items-end gap-4', actionsClassName)}>
        <Button type="submit">{applyLabel}</Button>
        <Link href={clear.href} className="inline-flex min-h-11 items-center">
          {clear.label}
        </Link>
      </div>
    </form>
  )
}

/**
 * Binds a filter form's controls to the filters the page was opened with: `control(name)` gives the
 * control's id (`${idPrefix}-${name}`, or another suffix), its name and its value ('' when unset).
 */
export function filterControls<Filters extends Record<string, unknown>>(idPrefix: string, filters: Filters) {
  return (name: keyof Filters & string, idSuffix: string = name) => ({
    id: `${idPrefix}-${idSuffix}`,
    name,
    defaultValue: String(filters[name] ?? ''),
  })
}

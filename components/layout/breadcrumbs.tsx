import { useTranslations } from 'next-intl'
import { Link, type LinkProps } from '@/components/ui/link'
import { cx } from '@/components/ui/button'

export type BreadcrumbItem = {
  label: string
  /** An internal pathname of i18n/routing.ts; omit it for the current page. */
  href?: LinkProps['href']
  /** The label's language when it is not the page's (a Spanish fallback title on an English page). */
  lang?: string
}

/**
 * The trail from the home page to the current page. The home page comes first unless
 * `withHome={false}`; the last item is the current page (aria-current="page").
 */
export function Breadcrumbs({
  items,
  withHome = true,
  className,
}: {
  items: BreadcrumbItem[]
  withHome?: boolean
  className?: string
}) {
  const t = useTranslations('Breadcrumbs')
  const trail: BreadcrumbItem[] = withHome ? [{ label: t('home'), href: '/' }, ...items] : items

  return (
    <nav aria-label={t('label')} className={cx('text-sm', className)} data-print="hide">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-neutral-600">
        {trail.map((item, index) => {
          const isCurrent = index === trail.length - 1
          return (
            <li key={`${index}-${item.label}`} className="flex items-center gap-2">
              {index > 0 ? (
                <span aria-hidden="true" className="text-neutral-500">
                  /
                </span>
              ) : null}
              {item.href && !isCurrent ? (
                <Link href={item.href} className="inline-block py-1" lang={item.lang}>
                  {item.label}
                </Link>
              ) : isCurrent && item.href ? (
                <Link
                  href={item.href}
                  aria-current="page"
                  variant="plain"
                  className="py-1 text-neutral-900 no-underline"
                  lang={item.lang}
                >
                  {item.label}
                </Link>
              ) : (
                <span
                  aria-current={isCurrent ? 'page' : undefined}
                  className={isCurrent ? 'text-neutral-900' : undefined}
                  lang={item.lang}
                >
                  {item.label}
                </span>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}

/** A workspace page's trail: the home page, the workspace, then `items` (the last is the current page). */
export function WorkspaceBreadcrumbs({ items }: { items: BreadcrumbItem[] }) {
  const t = useTranslations('Workspace')
  return <Breadcrumbs items={[{ label: t('breadcrumb'), href: '/manage' }, ...items]} />
}

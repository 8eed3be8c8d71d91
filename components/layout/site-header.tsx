'use client'

import { useTranslations } from 'next-intl'
import { usePathname } from '@/i18n/navigation'
import type { AppPathname } from '@/i18n/routing'
import { Link } from '@/components/ui/link'
import { cx } from '@/components/ui/button'
import { LanguageSwitcher } from './language-switcher'

const sections = [
  { href: '/practices', key: 'practices' },
  { href: '/objectives', key: 'objectives' },
  { href: '/sessions', key: 'sessions' },
  { href: '/countries', key: 'countries' },
  { href: '/communique', key: 'communique' },
  { href: '/recommendations', key: 'recommendations' },
  { href: '/delegations', key: 'delegations' },
  { href: '/coverage', key: 'coverage' },
] as const satisfies ReadonlyArray<{ href: AppPathname; key: string }>

/**
 * The portal name (home link), the language switcher and the main navigation. On narrow screens the
 * navigation is a <details> disclosure, which opens and closes without JavaScript.
 */
export function SiteHeader() {
  const t = useTranslations('Nav')
  const tMeta = useTranslations('Metadata')
  // The internal pathname, e.g. '/practices/[slug]' → the practices section is current.
  const pathname = usePathname() as string

  const links = (itemClassName: string) =>
    sections.map((section) => {
      const isPage = pathname === section.href
      const inSection = isPage || pathname.startsWith(`${section.href}/`)
      return (
        <li key={section.key}>
          <Link
            href={section.href}
            variant="plain"
            aria-current={isPage ? 'page' : inSection ? 'true' : undefined}
            className={cx(
              itemClassName,
              'font-medium no-underline hover:bg-primary-50 hover:text-primary-800 hover:underline',
              inSection ? 'text-primary-900 underline decoration-2 underline-offset-4' : 'text-neutral-700',
            )}
          >
            {t(section.key)}
          </Link>
        </li>
      )
    })

  return (
    <header className="border-b border-neutral-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link
          href="/"
          variant="plain"
          aria-current={pathname === '/' ? 'page' : undefined}
          className="inline-flex min-h-11 items-center text-lg font-bold leading-tight text-primary-900 no-underline hover:underline"
        >
          {tMeta('siteName')}
        </Link>
        <LanguageSwitcher />
      </div>
      <nav aria-label={t('label')} data-print="hide" className="mx-auto max-w-6xl px-4">
        {/* Phones: a disclosure menu. `key` closes it after a client-side navigation. */}
        <details key={pathname} className="group pb-2 md:hidden">
          <summary className="inline-flex min-h-11 list-none items-center gap-2 rounded-md border border-neutral-500 px-3 font-semibold text-neutral-900 [&::-webkit-details-marker]:hidden">
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="currentColor">
              <path className="group-open:hidden" d="M3 5h14v2H3V5Zm0 4h14v2H3V9Zm0 4h14v2H3v-2Z" />
              <path
                className="hidden group-open:block"
                d="M5.3 4 10 8.6 14.7 4 16 5.3 11.4 10l4.6 4.7-1.3 1.3-4.7-4.6L5.3 16 4 14.7 8.6 10 4 5.3 5.3 4Z"
              />
            </svg>
            {t('menu')}
          </summary>
          <ul className="mt-2 flex flex-col border-t border-neutral-200 pt-2">
            {links('flex min-h-11 items-center rounded-md px-2')}
          </ul>
        </details>
        {/* Wider screens: a wrapping row of links. */}
        <ul className="hidden flex-wrap gap-x-1 pb-2 md:flex">
          {links('inline-flex min-h-11 items-center rounded-md px-3')}
        </ul>
      </nav>
    </header>
  )
}

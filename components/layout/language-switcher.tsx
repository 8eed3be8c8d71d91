'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useParams, useSearchParams } from 'next/navigation'
import { Suspense } from 'react'
import { getPathname, usePathname } from '@/i18n/navigation'
import { routing } from '@/i18n/routing'

/**
 * Links to the current page in the other locale(s), keeping dynamic params and the query string.
 * They are plain links on purpose: a language switch changes every word and the document's `lang`,
 * so a full navigation costs nothing a client transition would save, and it cannot be lost when a
 * click lands while the page is still hydrating.
 */
export function LanguageSwitcher({ className }: { className?: string }) {
  // useSearchParams needs a Suspense boundary on prerendered pages: the fallback links carry no
  // query string, the hydrated ones do.
  return (
    <Suspense fallback={<LanguageLinks search="" className={className} />}>
      <LanguageLinksWithQuery className={className} />
    </Suspense>
  )
}

function LanguageLinksWithQuery({ className }: { className?: string }) {
  const searchParams = useSearchParams()
  return <LanguageLinks search={searchParams.toString()} className={className} />
}

function LanguageLinks({ search, className }: { search: string; className?: string }) {
  const t = useTranslations('LanguageSwitcher')
  const locale = useLocale()
  const pathname = usePathname()
  const params = useParams()
  const otherLocales = routing.locales.filter((other) => other !== locale)

  // The pathname and params always belong to the current route, so they match at runtime.
  const href = { pathname, params } as unknown as Parameters<typeof getPathname>[0]['href']

  return (
    <div className={className} data-print="hide">
      <span className="sr-only">{t('label')}: </span>
      <ul className="flex gap-1">
        {otherLocales.map((other) => (
          <li key={other}>
            <a
              href={getPathname({ locale: other, href }) + (search ? `?${search}` : '')}
              hrefLang={other}
              lang={other}
              className="inline-flex min-h-11 items-center rounded-md border border-primary-700 px-3 text-sm font-semibold text-primary-700 no-underline hover:bg-primary-50"
            >
              {t(other)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}

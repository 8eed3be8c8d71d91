import { useTranslations } from 'next-intl'

/** The first focusable element of every page: jumps to <main id="main">. */
export function SkipLink() {
  const t = useTranslations('SkipLink')
  return (
    <a
      href="#main"
      data-print="hide"
      className="sr-only z-50 rounded-md bg-primary-700 px-4 py-3 font-semibold text-white no-underline focus:not-sr-only focus:fixed focus:left-4 focus:top-4 focus:text-white"
    >
      {t('label')}
    </a>
  )
}

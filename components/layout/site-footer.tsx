import { useTranslations } from 'next-intl'
import { Link } from '@/components/ui/link'

/** Credits (the CRM and the forum report) and links to the delegations and the forum pages. */
export function SiteFooter() {
  const t = useTranslations('Footer')
  const tProposals = useTranslations('Proposals')
  return (
    <footer className="mt-16 border-t border-neutral-200 bg-neutral-50">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 text-sm text-neutral-700 md:grid-cols-[2fr_1fr]">
        <div className="space-y-2">
          <p className="font-semibold text-neutral-900">{t('organizer')}</p>
          <p>
            <span className="font-medium">{t('sourceLabel')}:</span> <cite>{t('report')}</cite>
          </p>
        </div>
        <nav aria-label={t('linksLabel')} data-print="hide">
          <ul className="flex flex-col">
            <li>
              <Link href="/delegations" className="inline-flex min-h-11 items-center">
                {t('delegations')}
              </Link>
            </li>
            <li>
              <Link href="/about" className="inline-flex min-h-11 items-center">
                {t('about')}
              </Link>
            </li>
            <li>
              <Link href="/coverage" className="inline-flex min-h-11 items-center">
                {t('coverage')}
              </Link>
            </li>
            <li>
              <Link href="/compare" className="inline-flex min-h-11 items-center">
                {t('compare')}
              </Link>
            </li>
            <li>
              <Link href="/open-data" className="inline-flex min-h-11 items-center">
                {t('openData')}
              </Link>
            </li>
            <li>
              <Link href="/propose" className="inline-flex min-h-11 items-center">
                {tProposals('link')}
              </Link>
            </li>
            <li>
              <Link href="/sign-in" className="inline-flex min-h-11 items-center">
                {t('signIn')}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}

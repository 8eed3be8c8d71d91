import { useTranslations } from 'next-intl'
import { Link } from '@/components/ui'

// Rendered inside app/[locale]/layout.tsx (so inside <main id="main">) whenever a page under a locale
// calls notFound(), including unknown paths (app/[locale]/[...rest]/page.tsx).
export default function LocaleNotFound() {
  const t = useTranslations('NotFound')
  return (
    <div className="max-w-2xl space-y-4">
      <p className="text-sm font-semibold uppercase tracking-wide text-neutral-600">404</p>
      <h1 className="text-3xl font-bold leading-tight text-primary-900">{t('title')}</h1>
      <p className="text-lg text-neutral-700">{t('description')}</p>
      <ul className="flex flex-wrap gap-3">
        <li>
          <Link href="/" variant="button">
            {t('home')}
          </Link>
        </li>
        <li>
          <Link href="/practices" variant="button" buttonVariant="secondary">
            {t('practices')}
          </Link>
        </li>
      </ul>
    </div>
  )
}

import { useTranslations } from 'next-intl'
import { Link } from '@/components/ui'
import { PageHeader } from '@/components/ui/page-header'

// Rendered inside app/[locale]/layout.tsx (so inside <main id="main">) whenever a page under a locale
// calls notFound(), including unknown paths (app/[locale]/[...rest]/page.tsx).
export default function LocaleNotFound() {
  const t = useTranslations('NotFound')
  return (
    <div className="max-w-2xl space-y-4">
      <PageHeader as="fragment" eyebrow="404" title={t('title')} lead={t('description')} leadSize="lg" />
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

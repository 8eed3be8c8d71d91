'use client'

import { useEffect } from 'react'
import { useTranslations } from 'next-intl'
import { Button, Link } from '@/components/ui'
import { PageHeader } from '@/components/ui/page-header'

// Unexpected errors of any page under a locale. Shows no error details, only the digest that
// matches the server log.
export default function LocaleError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations('Error')
  const digest =
    error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : undefined

  useEffect(() => {
    console.error(error)
  }, [error])

  return (
    <div role="alert" className="max-w-2xl space-y-4">
      <PageHeader as="fragment" title={t('title')} lead={t('description')} leadSize="lg" />
      {digest ? <p className="text-sm text-neutral-600">{t('reference', { digest })}</p> : null}
      <div className="flex flex-wrap gap-3">
        <Button onClick={() => retry()}>{t('retry')}</Button>
        <Link href="/" variant="button" buttonVariant="secondary">
          {t('home')}
        </Link>
      </div>
    </div>
  )
}

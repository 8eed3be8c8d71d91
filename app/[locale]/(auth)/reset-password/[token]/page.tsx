import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { FormMessage } from '@/components/ui/form-message'
import { ResetPasswordForm } from '@/components/auth/reset-password-form'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { Link } from '@/components/ui'
import { privatePageMetadata } from '@/lib/auth/metadata'
import { pageLocale } from '@/lib/i18n/page-locale'
import { isResetTokenUsable } from '@/lib/users/queries'
import { MIN_PASSWORD_LENGTH, ResetTokenSchema } from '@/lib/users/schemas'
import { PageHeader } from '@/components/ui/page-header'

type Props = { params: Promise<{ locale: string; token: string }> }

// Depends on the session: never prerendered, never stored in a shared cache (Cache-Control:
// private, no-store from next.config.js).
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { token } = await params
  const t = await getTranslations({ locale, namespace: 'SignIn' })
  return {
    ...(await privatePageMetadata({
      locale,
      pathname: { pathname: '/reset-password/[token]', params: { token } },
      title: t('resetMetaTitle'),
    })),
    // The token is a secret: never send it to another site in a Referer header.
    referrer: 'no-referrer',
  }
}

export default async function ResetPasswordPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { token } = await params
  const t = await getTranslations({ locale, namespace: 'SignIn' })
  const parsed = ResetTokenSchema.safeParse(token)
  const usable = parsed.success && (await isResetTokenUsable(parsed.data))

  return (
    <div className="mx-auto max-w-md space-y-6">
      <Breadcrumbs items={[{ label: t('resetMetaTitle') }]} />
      <PageHeader as="fragment" title={usable ? t('resetTitle') : t('linkInvalidTitle')} />
      {usable && parsed.success ? (
        <>
          <p className="text-neutral-700">{t('resetIntro')}</p>
          <ResetPasswordForm token={parsed.data} minLength={MIN_PASSWORD_LENGTH} />
        </>
      ) : (
        <>
          <FormMessage tone="error">{t('errors.linkInvalid')}</FormMessage>
          <Link href="/sign-in">{t('goToSignIn')}</Link>
        </>
      )}
    </div>
  )
}

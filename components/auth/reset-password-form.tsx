'use client'

import { usePathname } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { Button, Input, Link } from '@/components/ui'
import { resetPasswordAction } from '@/lib/auth/actions'
import { FormMessage } from '@/components/ui/form-message'
import { useFormAction } from '@/components/ui/use-form-action'

export function ResetPasswordForm({ token, minLength }: { token: string; minLength: number }) {
  const t = useTranslations('SignIn')
  // The permalink (this page) is the form's action in the server HTML, not the invalid action="".
  const { state, action, pending, failed, field } = useFormAction(resetPasswordAction, usePathname())

  if (state?.ok) {
    return (
      <div className="space-y-4">
        <FormMessage tone="success">{t('resetDone')}</FormMessage>
        <Link href="/sign-in" variant="button">
          {t('goToSignIn')}
        </Link>
      </div>
    )
  }
  return (
    <form action={action} noValidate className="space-y-5">
      <FormMessage tone="error">{failed?.formError}</FormMessage>
      <input type="hidden" name="token" value={token} />
      <Input
        id="reset-password"
        {...field('password')}
        type="password"
        autoComplete="new-password"
        minLength={minLength}
        required
        label={t('newPassword')}
        hint={t('newPasswordHint', { min: minLength })}
      />
      <Input
        id="reset-confirmation"
        {...field('confirmation')}
        type="password"
        autoComplete="new-password"
        required
        label={t('confirmation')}
      />
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {t('resetSubmit')}
      </Button>
    </form>
  )
}

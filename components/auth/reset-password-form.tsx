'use client'

import { usePathname } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { useActionState } from 'react'
import { Button, Input, Link } from '@/components/ui'
import { resetPasswordAction } from '@/lib/auth/actions'
import type { FormState } from '@/lib/forms/form-state'
import { FormMessage } from '@/components/ui/form-message'

export function ResetPasswordForm({ token, minLength }: { token: string; minLength: number }) {
  const t = useTranslations('SignIn')
  // The permalink (this page) is the form's action in the server HTML, not the invalid action="".
  const [state, action, pending] = useActionState<FormState, FormData>(resetPasswordAction, null, usePathname())

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
  const failed = state && !state.ok ? state : null
  const errors = failed?.fieldErrors ?? {}
  return (
    <form action={action} noValidate className="space-y-5">
      <FormMessage tone="error">{failed?.formError}</FormMessage>
      <input type="hidden" name="token" value={token} />
      <Input
        id="reset-password"
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={minLength}
        required
        label={t('newPassword')}
        hint={t('newPasswordHint', { min: minLength })}
        error={errors.password}
      />
      <Input
        id="reset-confirmation"
        name="confirmation"
        type="password"
        autoComplete="new-password"
        required
        label={t('confirmation')}
        error={errors.confirmation}
      />
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {t('resetSubmit')}
      </Button>
    </form>
  )
}

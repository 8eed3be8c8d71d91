'use client'

import { usePathname } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { Button, Input } from '@/components/ui'
import { signInAction } from '@/lib/auth/actions'
import { FormMessage } from '@/components/ui/form-message'
import { useFormAction } from '@/components/ui/use-form-action'

/** Email + password. On an error the email stays as typed; the password is cleared. */
export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations('SignIn')
  // The permalink (this page) becomes the form's action in the server HTML: without it React writes
  // action="", which is invalid HTML (an empty URL), although the browser posts to the same page.
  const { action, pending, failed, field } = useFormAction(signInAction, usePathname())

  return (
    <form
      action={action}
      noValidate
      className="space-y-5"
      aria-describedby={failed?.formError ? 'sign-in-error' : undefined}
    >
      <FormMessage tone="error" id="sign-in-error">
        {failed?.formError}
      </FormMessage>
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Input
        id="sign-in-email"
        {...field('email', '')}
        type="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        required
        label={t('email')}
      />
      <Input
        id="sign-in-password"
        {...field('password')}
        type="password"
        autoComplete="current-password"
        required
        label={t('password')}
      />
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? t('submitting') : t('submit')}
      </Button>
    </form>
  )
}

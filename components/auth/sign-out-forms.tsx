import { getTranslations } from 'next-intl/server'
import { Button } from '@/components/ui'
import { signOutAction, signOutEverywhereAction } from '@/lib/auth/actions'

/** "Sign out" and "Sign out everywhere": plain forms, they work without JavaScript. */
export async function SignOutForms() {
  const t = await getTranslations('Workspace')
  return (
    <div className="flex flex-wrap items-start gap-4">
      <form action={signOutAction}>
        <Button type="submit" variant="secondary">
          {t('signOut')}
        </Button>
      </form>
      <form action={signOutEverywhereAction} className="space-y-1">
        <Button type="submit" variant="ghost" aria-describedby="sign-out-everywhere-hint">
          {t('signOutEverywhere')}
        </Button>
        <p id="sign-out-everywhere-hint" className="max-w-sm text-sm text-neutral-600">
          {t('signOutEverywhereHint')}
        </p>
      </form>
    </div>
  )
}

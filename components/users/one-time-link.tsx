'use client'

import { useFormatter, useTranslations } from 'next-intl'
import type { ResetLink } from '@/lib/users/actions'

/** A password-reset link, shown once to the admin who created it. */
export function OneTimeLink({ link, id }: { link: ResetLink; id: string }) {
  const t = useTranslations('Users')
  const format = useFormatter()
  const expiresAt = format.dateTime(new Date(link.expiresAt), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  })
  return (
    <div className="space-y-2 rounded-md border border-warning-700/30 bg-warning-50 p-4">
      <p id={`${id}-note`} className="text-neutral-900">
        {t('linkOnce', { expiresAt: `${expiresAt} UTC` })}
      </p>
      <label htmlFor={id} className="block font-medium text-neutral-900">
        {t('linkLabel')}
      </label>
      <input
        id={id}
        readOnly
        value={link.url}
        aria-describedby={`${id}-note`}
        data-testid="one-time-link"
        className="block min-h-11 w-full rounded-md border border-neutral-500 bg-white px-3 py-2 font-mono text-sm text-neutral-900"
        onFocus={(event) => event.currentTarget.select()}
      />
    </div>
  )
}

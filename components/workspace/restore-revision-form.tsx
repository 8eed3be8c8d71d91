'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'
import { Button } from '@/components/ui'
import { restoreRevisionAction, type PracticeActionState } from '@/lib/practices/actions'

/** "Restore this version": a new version with that content; errors are shown next to the button. */
export function RestoreRevisionForm({ id, version, revision }: { id: number; version: number; revision: number }) {
  const t = useTranslations('History')
  const [state, action, pending] = useActionState<PracticeActionState, FormData>(restoreRevisionAction, null)
  const errorId = `restore-${revision}-error`
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="revision" value={revision} />
      <Button
        type="submit"
        size="sm"
        variant="secondary"
        disabled={pending}
        aria-describedby={state && !state.ok ? errorId : undefined}
      >
        {t('restore')}
        <span className="sr-only"> ({revision})</span>
      </Button>
      <div role="alert">
        {state && !state.ok ? (
          <p id={errorId} className="text-sm font-medium text-danger-700">
            {state.formError}
          </p>
        ) : null}
      </div>
    </form>
  )
}

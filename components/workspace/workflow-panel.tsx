'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'
import { FormMessage } from '@/components/ui/form-message'
import { Button } from '@/components/ui'
import { transitionPracticeAction, type PracticeActionState } from '@/lib/practices/actions'
import type { PracticeTransition } from '@/lib/practices/editing-schemas'

export function WorkflowPanel({
  id,
  version,
  transitions,
}: {
  id: number
  version: number
  transitions: PracticeTransition[]
}) {
  const t = useTranslations('PracticeEditor')
  const [state, action, pending] = useActionState<PracticeActionState, FormData>(transitionPracticeAction, null)
  return (
    <div className="space-y-3">
      <FormMessage tone="success">{state?.ok ? state.message : null}</FormMessage>
      <FormMessage tone="error">{state && !state.ok ? state.formError : null}</FormMessage>
      {transitions.length > 0 ? (
        <form action={action} className="flex flex-wrap gap-3">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          {transitions.map((transition) => (
            <Button
              key={transition}
              type="submit"
              name="transition"
              value={transition}
              disabled={pending}
              variant={transition === 'delete' ? 'danger' : transition === 'publish' ? 'primary' : 'secondary'}
            >
              {t(`transitions.${transition}`)}
            </Button>
          ))}
        </form>
      ) : null}
    </div>
  )
}

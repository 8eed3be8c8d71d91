'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'
import { FormMessage } from '@/components/auth/form-message'
import { Button } from '@/components/ui'
import { transitionPracticeAction, type PracticeActionState } from '@/lib/practices/actions'
import type { PracticeTransition } from '@/lib/practices/editing-schemas'
import type { Role } from '@/lib/auth/session'
import type { PublicationStatus } from '@/lib/generated/prisma/enums'

/** The transitions the workflow offers a role in a state (the mutations check them again). */
export function availableTransitions(options: {
  role: Role
  status: PublicationStatus
  workingStatus: PublicationStatus
  deleted: boolean
}): PracticeTransition[] {
  const admin = options.role === 'admin'
  if (options.deleted) return admin ? ['restore'] : []
  const out: PracticeTransition[] = []
  if (options.workingStatus === 'DRAFT') out.push('submit')
  if (admin && (options.workingStatus === 'DRAFT' || options.workingStatus === 'IN_REVIEW')) out.push('publish')
  if (options.workingStatus === 'IN_REVIEW') out.push('returnToDraft')
  if (admin && options.status === 'ARCHIVED') out.push('returnToDraft')
  if (admin && options.status !== 'ARCHIVED') out.push('archive')
  if (admin) out.push('delete')
  return out
}

export function WorkflowPanel({ id, version, transitions }: { id: number; version: number; transitions: PracticeTransition[] }) {
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

'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'
import { FormMessage } from '@/components/ui/form-message'
import { Button, TextArea } from '@/components/ui'
import { acceptProposalAction, declineProposalAction, type ModerationState } from '@/lib/proposals/actions'
import { PROPOSAL_LIMITS } from '@/lib/proposals/limits'

/** Convert (a new practice) or apply (a correction): the editor then continues in the practice editor. */
export function AcceptProposalForm({ id, type }: { id: number; type: 'NEW_PRACTICE' | 'CORRECTION' }) {
  const t = useTranslations('ProposalsAdmin')
  const [state, action, pending] = useActionState<ModerationState, FormData>(acceptProposalAction, null)
  return (
    <form action={action} className="space-y-2">
      <FormMessage tone="error">{state && !state.ok ? state.formError : null}</FormMessage>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="type" value={type} />
      <p className="text-sm text-neutral-700">{type === 'CORRECTION' ? t('applyHint') : t('convertHint')}</p>
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {type === 'CORRECTION' ? t('apply') : t('convert')}
      </Button>
    </form>
  )
}

export function DeclineProposalForm({ id }: { id: number }) {
  const t = useTranslations('ProposalsAdmin')
  const [state, action, pending] = useActionState<ModerationState, FormData>(declineProposalAction, null)
  const error = state && !state.ok ? state.fieldErrors.reason : undefined
  return (
    <form action={action} className="space-y-3" noValidate>
      {state?.ok ? <FormMessage tone="success">{state.message}</FormMessage> : <FormMessage tone="success" />}
      <FormMessage tone="error">{state && !state.ok ? state.formError : null}</FormMessage>
      <input type="hidden" name="id" value={id} />
      <TextArea
        id="decline-reason"
        name="reason"
        rows={3}
        required
        label={t('declineReason')}
        hint={t('declineHint')}
        error={error}
        defaultValue=""
        maxLength={PROPOSAL_LIMITS.declineReason}
      />
      <Button type="submit" variant="danger" disabled={pending} aria-disabled={pending}>
        {t('decline')}
      </Button>
    </form>
  )
}

'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'
import { FormMessage } from '@/components/ui/form-message'
import { Button, Select } from '@/components/ui'
import { changeUserRoleAction, issueResetLinkAction, setUserDisabledAction, type ResetLink } from '@/lib/users/actions'
import type { FormState } from '@/lib/forms/form-state'
import { ROLE_VALUES } from '@/lib/users/schemas'
import { OneTimeLink } from './one-time-link'

export function ChangeRoleForm({ userId, role }: { userId: string; role: string | null }) {
  const t = useTranslations('Users')
  const [state, action, pending] = useActionState<FormState, FormData>(changeUserRoleAction, null)
  const failed = state && !state.ok ? state : null
  return (
    <form action={action} noValidate className="space-y-3">
      <FormMessage tone="error">{failed?.formError}</FormMessage>
      <FormMessage tone="success">{state?.ok ? t('roleChanged') : null}</FormMessage>
      <input type="hidden" name="userId" value={userId} />
      <Select
        id="user-role"
        name="role"
        label={t('role')}
        defaultValue={failed?.values.role ?? role ?? 'editor'}
        error={failed?.fieldErrors.role}
        fieldClassName="max-w-xs"
      >
        {ROLE_VALUES.map((value) => (
          <option key={value} value={value}>
            {t(`roles.${value}`)}
          </option>
        ))}
      </Select>
      <Button type="submit" variant="secondary" disabled={pending} aria-disabled={pending}>
        {t('changeRole')}
      </Button>
    </form>
  )
}

export function DisableUserForm({ userId, disabled }: { userId: string; disabled: boolean }) {
  const t = useTranslations('Users')
  const [state, action, pending] = useActionState<FormState<{ disabled: boolean }>, FormData>(
    setUserDisabledAction,
    null,
  )
  const failed = state && !state.ok ? state : null
  return (
    <form action={action} className="space-y-3">
      <FormMessage tone="error">{failed?.formError}</FormMessage>
      <FormMessage tone="success">
        {state?.ok ? (state.data.disabled ? t('disabledDone') : t('enabledDone')) : null}
      </FormMessage>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? 'false' : 'true'} />
      {disabled ? null : (
        <p id="disable-hint" className="text-sm text-neutral-600">
          {t('disableHint')}
        </p>
      )}
      <Button
        type="submit"
        variant={disabled ? 'secondary' : 'danger'}
        disabled={pending}
        aria-disabled={pending}
        aria-describedby={disabled ? undefined : 'disable-hint'}
      >
        {disabled ? t('enable') : t('disable')}
      </Button>
    </form>
  )
}

export function ResetLinkForm({ userId }: { userId: string }) {
  const t = useTranslations('Users')
  const [state, action, pending] = useActionState<FormState<ResetLink>, FormData>(issueResetLinkAction, null)
  const failed = state && !state.ok ? state : null
  return (
    <form action={action} className="space-y-3">
      <FormMessage tone="error">{failed?.formError}</FormMessage>
      <FormMessage tone="success">{state?.ok ? t('resetIssued') : null}</FormMessage>
      {state?.ok ? <OneTimeLink id="reset-link" link={state.data} /> : null}
      <input type="hidden" name="userId" value={userId} />
      <Button type="submit" variant="secondary" disabled={pending} aria-disabled={pending}>
        {t('issueReset')}
      </Button>
    </form>
  )
}

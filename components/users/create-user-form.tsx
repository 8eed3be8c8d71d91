'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'
import { FormMessage } from '@/components/ui/form-message'
import { Button, Input, Select } from '@/components/ui'
import { createUserAction, type ResetLink } from '@/lib/users/actions'
import type { FormState } from '@/lib/forms/form-state'
import { ROLE_VALUES } from '@/lib/users/schemas'
import { OneTimeLink } from './one-time-link'

export function CreateUserForm() {
  const t = useTranslations('Users')
  const [state, action, pending] = useActionState<FormState<ResetLink & { email: string }>, FormData>(
    createUserAction,
    null,
  )
  const failed = state && !state.ok ? state : null
  const errors = failed?.fieldErrors ?? {}
  const values = failed?.values ?? {}

  return (
    <div className="space-y-4">
      {state?.ok ? (
        <div className="space-y-3">
          <FormMessage tone="success">{t('created', { email: state.data.email })}</FormMessage>
          <OneTimeLink id="created-user-link" link={state.data} />
        </div>
      ) : (
        <FormMessage tone="success" />
      )}
      {/* A new key after each success empties the form for the next account. */}
      <form key={state?.ok ? state.data.url : 'form'} action={action} noValidate className="grid gap-4 sm:grid-cols-3">
        <div className="sm:col-span-3">
          <FormMessage tone="error">{failed?.formError}</FormMessage>
        </div>
        <Input
          id="new-user-email"
          name="email"
          type="email"
          autoComplete="off"
          required
          label={t('email')}
          defaultValue={values.email ?? ''}
          error={errors.email}
        />
        <Input
          id="new-user-name"
          name="name"
          autoComplete="off"
          required
          label={t('name')}
          defaultValue={values.name ?? ''}
          error={errors.name}
        />
        <Select
          id="new-user-role"
          name="role"
          required
          label={t('role')}
          defaultValue={values.role ?? 'editor'}
          error={errors.role}
        >
          {ROLE_VALUES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </Select>
        <div className="sm:col-span-3">
          <Button type="submit" disabled={pending} aria-disabled={pending}>
            {t('create')}
          </Button>
        </div>
      </form>
    </div>
  )
}

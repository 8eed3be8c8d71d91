'use client'

import { useTranslations } from 'next-intl'
import { FormMessage } from '@/components/ui/form-message'
import { useFormAction } from '@/components/ui/use-form-action'
import { Button, Input, Select } from '@/components/ui'
import { createUserAction } from '@/lib/users/actions'
import { ROLE_VALUES } from '@/lib/users/schemas'
import { OneTimeLink } from './one-time-link'

export function CreateUserForm() {
  const t = useTranslations('Users')
  const { state, action, pending, failed, field } = useFormAction(createUserAction)

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
          {...field('email', '')}
          type="email"
          autoComplete="off"
          required
          label={t('email')}
        />
        <Input id="new-user-name" {...field('name', '')} autoComplete="off" required label={t('name')} />
        <Select
          id="new-user-role"
          {...field('role', 'editor')}
          required
          label={t('role')}
          options={ROLE_VALUES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        />
        <div className="sm:col-span-3">
          <Button type="submit" disabled={pending} aria-disabled={pending}>
            {t('create')}
          </Button>
        </div>
      </form>
    </div>
  )
}

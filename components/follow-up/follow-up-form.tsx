'use client'

import { useTranslations } from 'next-intl'
import { useActionState, useId } from 'react'
import { FormMessage } from '@/components/ui/form-message'
import { Button, Select } from '@/components/ui'
import { controlClasses, describedBy, FieldFrame, Input } from '@/components/ui/input'
import { updateFollowUpAction } from '@/lib/follow-up/actions'
import { FOLLOW_UP_STATUSES, type FollowUpTarget } from '@/lib/follow-up/schemas'
import type { FollowUpStatus } from '@/lib/generated/prisma/enums'
import type { FormState } from '@/lib/forms/form-state'

export type FollowUpFormItem = {
  target: FollowUpTarget
  id: number
  status: FollowUpStatus
  noteEs: string | null
  noteEn: string | null
  /** YYYY-MM-DD or ''. */
  checkedAt: string
}

/** One idea's or recommendation's follow-up: status, notes in both languages, last checked day. */
export function FollowUpForm({ item, labelledBy }: { item: FollowUpFormItem; labelledBy: string }) {
  const t = useTranslations('FollowUp')
  const base = useId()
  const [state, action, pending] = useActionState<FormState<{ savedAt: string }>, FormData>(updateFollowUpAction, null)
  const failed = state && !state.ok ? state : null
  const errors = failed?.fieldErrors ?? {}
  const values = failed?.values
  const note = (name: 'noteEs' | 'noteEn', lang: string) => {
    const id = `${base}-${name}`
    return (
      <FieldFrame id={id} label={t(name)} error={errors[name]}>
        <textarea
          id={id}
          name={name}
          rows={3}
          lang={lang}
          defaultValue={values?.[name] ?? item[name] ?? ''}
          aria-invalid={errors[name] ? true : undefined}
          aria-describedby={describedBy(id, null, errors[name])}
          className={controlClasses}
        />
      </FieldFrame>
    )
  }
  return (
    <form action={action} aria-labelledby={labelledBy} className="space-y-3">
      <input type="hidden" name="target" value={item.target} />
      <input type="hidden" name="id" value={item.id} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Select
          id={`${base}-status`}
          name="status"
          label={t('status')}
          defaultValue={values?.status ?? item.status}
          error={errors.status}
        >
          {FOLLOW_UP_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`statuses.${status}`)}
            </option>
          ))}
        </Select>
        <Input
          id={`${base}-checkedAt`}
          name="checkedAt"
          type="date"
          label={t('checkedAt')}
          defaultValue={values?.checkedAt ?? item.checkedAt}
          error={errors.checkedAt}
        />
        {note('noteEs', 'es')}
        {note('noteEn', 'en')}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="sm" disabled={pending}>
          {t('save')}
        </Button>
        <FormMessage tone="success">{state?.ok ? t('saved') : null}</FormMessage>
        <FormMessage tone="error">{failed?.formError}</FormMessage>
      </div>
    </form>
  )
}

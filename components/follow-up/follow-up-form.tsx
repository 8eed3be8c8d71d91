'use client'

import { useTranslations } from 'next-intl'
import { useId } from 'react'
import { FormMessage } from '@/components/ui/form-message'
import { Button, Input, Select, TextArea } from '@/components/ui'
import { useFormAction } from '@/components/ui/use-form-action'
import { updateFollowUpAction } from '@/lib/follow-up/actions'
import { FOLLOW_UP_STATUSES, type FollowUpTarget } from '@/lib/follow-up/schemas'
import type { FollowUpStatus } from '@/lib/generated/prisma/enums'

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
  const { state, action, pending, failed, field } = useFormAction(updateFollowUpAction)
  /** A control of this item: its id, name, label, error and the value it starts with. */
  const control = (name: 'status' | 'checkedAt' | 'noteEs' | 'noteEn') => ({
    id: `${base}-${name}`,
    ...field(name, item[name] ?? ''),
    label: t(name),
  })
  return (
    <form action={action} aria-labelledby={labelledBy} className="space-y-3">
      <input type="hidden" name="target" value={item.target} />
      <input type="hidden" name="id" value={item.id} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Select
          {...control('status')}
          options={FOLLOW_UP_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
        />
        <Input {...control('checkedAt')} type="date" />
        <TextArea {...control('noteEs')} rows={3} lang="es" />
        <TextArea {...control('noteEn')} rows={3} lang="en" />
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

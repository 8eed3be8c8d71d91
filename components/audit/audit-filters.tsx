import { getTranslations } from 'next-intl/server'
import { Button, Input, Link, Select } from '@/components/ui'
import type { AuditFilter } from '@/lib/audit/queries'
import { actionKey } from './audit-entries'

/** A plain GET form: the filters live in the URL, so a filtered view can be bookmarked and shared. */
export async function AuditFilters({
  filter,
  actions,
  targetTypes,
}: {
  filter: AuditFilter
  actions: string[]
  targetTypes: string[]
}) {
  const t = await getTranslations('Audit')
  const label = (group: 'actions' | 'targetTypes', value: string) => {
    const key = `${group}.${actionKey(value)}` as Parameters<typeof t>[0]
    return t.has(key) ? t(key) : value
  }
  return (
    <form
      method="get"
      className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3"
      role="search"
      aria-labelledby="audit-filters"
    >
      <Select id="audit-action" name="action" label={t('action')} defaultValue={filter.action ?? ''}>
        <option value="">{t('any')}</option>
        {actions.map((action) => (
          <option key={action} value={action}>
            {label('actions', action)}
          </option>
        ))}
      </Select>
      <Input id="audit-actor" name="actor" type="search" label={t('actor')} defaultValue={filter.actor ?? ''} />
      <Select id="audit-target" name="targetType" label={t('targetType')} defaultValue={filter.targetType ?? ''}>
        <option value="">{t('any')}</option>
        {targetTypes.map((type) => (
          <option key={type} value={type}>
            {label('targetTypes', type)}
          </option>
        ))}
      </Select>
      <Input id="audit-from" name="from" type="date" label={t('from')} defaultValue={filter.from ?? ''} />
      <Input id="audit-to" name="to" type="date" label={t('to')} defaultValue={filter.to ?? ''} />
      <div className="flex flex-wrap items-end gap-4">
        <Button type="submit">{t('apply')}</Button>
        <Link href="/manage/audit" className="inline-flex min-h-11 items-center">
          {t('clear')}
        </Link>
      </div>
    </form>
  )
}

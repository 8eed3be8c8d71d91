import { getTranslations } from 'next-intl/server'
import { Input, Select } from '@/components/ui'
import { FilterForm, filterControls } from '@/components/ui/filter-form'
import type { AuditFilter } from '@/lib/audit/queries'
import { actionKey } from './audit-entries'

/** The audit log's filters, in the URL, so a filtered view can be bookmarked and shared. */
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
  /** An action's or a target type's label; a value with no message shows as it is stored. */
  const choices = (group: 'actions' | 'targetTypes', values: string[]) =>
    values.map((value) => {
      const key = `${group}.${actionKey(value)}` as Parameters<typeof t>[0]
      return { value, label: t.has(key) ? t(key) : value }
    })
  const control = filterControls('audit', filter)
  return (
    <FilterForm
      labelledBy="audit-filters"
      className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3"
      applyLabel={t('apply')}
      clear={{ label: t('clear'), href: '/manage/audit' }}
    >
      <Select {...control('action')} label={t('action')} blank={t('any')} options={choices('actions', actions)} />
      <Input {...control('actor')} type="search" label={t('actor')} />
      <Select
        {...control('targetType', 'target')}
        label={t('targetType')}
        blank={t('any')}
        options={choices('targetTypes', targetTypes)}
      />
      <Input {...control('from')} type="date" label={t('from')} />
      <Input {...control('to')} type="date" label={t('to')} />
    </FilterForm>
  )
}

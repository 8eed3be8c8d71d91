import { getTranslations } from 'next-intl/server'
import { Input, Select } from '@/components/ui'
import { FilterForm, filterControls } from '@/components/ui/filter-form'
import {
  PRACTICE_KINDS,
  TRANSLATION_STATUSES,
  WORKSPACE_SORTS,
  WORKSPACE_STATUS_FILTERS,
  type WorkspacePracticeParams,
} from '@/lib/practices/editing-schemas'
import type { EditorOptions } from '@/lib/practices/workspace-queries'

/** The workspace list's filters, in the URL. */
export async function PracticeFilters({
  params,
  sessions,
}: {
  params: WorkspacePracticeParams
  sessions: EditorOptions['sessions']
}) {
  const t = await getTranslations('WorkspacePractices')
  const tEditor = await getTranslations('PracticeEditor')
  const control = filterControls('practices', params)
  const translationStatuses = TRANSLATION_STATUSES.map((status) => ({
    value: status,
    label: tEditor(`translationStatuses.${status}`),
  }))
  return (
    <FilterForm
      labelledBy="practices-filters"
      className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4"
      actionsClassName="sm:col-span-2 lg:col-span-4"
      applyLabel={t('apply')}
      clear={{ label: t('clear'), href: '/manage/practices' }}
    >
      <Input {...control('q')} type="search" label={t('search')} fieldClassName="sm:col-span-2" />
      <Select
        {...control('status')}
        label={t('status')}
        blank={t('any')}
        options={WORKSPACE_STATUS_FILTERS.map((status) => ({ value: status, label: t(`statusFilters.${status}`) }))}
      />
      <Select
        {...control('kind')}
        label={t('kind')}
        blank={t('any')}
        options={PRACTICE_KINDS.map((kind) => ({ value: kind, label: tEditor(`kinds.${kind}`) }))}
      />
      <Select
        {...control('session')}
        label={t('session')}
        blank={t('any')}
        options={sessions.map((session) => ({ value: session.slug, label: `${session.code} · ${session.title}` }))}
      />
      {(['es', 'en'] as const).map((language) => (
        <Select
          key={language}
          {...control(language)}
          label={t(language === 'es' ? 'translationEs' : 'translationEn')}
          blank={t('any')}
          options={translationStatuses}
        />
      ))}
      <Select
        {...control('sort')}
        label={t('sort')}
        options={WORKSPACE_SORTS.map((sort) => ({ value: sort, label: t(`sorts.${sort}`) }))}
      />
    </FilterForm>
  )
}

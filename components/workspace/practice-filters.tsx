import { getTranslations } from 'next-intl/server'
import { Button, Input, Link, Select } from '@/components/ui'
import {
  PRACTICE_KINDS,
  TRANSLATION_STATUSES,
  WORKSPACE_SORTS,
  WORKSPACE_STATUS_FILTERS,
  type WorkspacePracticeParams,
} from '@/lib/practices/editing-schemas'
import type { EditorOptions } from '@/lib/practices/workspace-queries'

/** A plain GET form: the filters live in the URL. */
export async function PracticeFilters({
  params,
  sessions,
}: {
  params: WorkspacePracticeParams
  sessions: EditorOptions['sessions']
}) {
  const t = await getTranslations('WorkspacePractices')
  const tEditor = await getTranslations('PracticeEditor')
  return (
    <form
      method="get"
      role="search"
      aria-labelledby="practices-filters"
      className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      <Input
        id="practices-q"
        name="q"
        type="search"
        label={t('search')}
        defaultValue={params.q ?? ''}
        fieldClassName="sm:col-span-2"
      />
      <Select id="practices-status" name="status" label={t('status')} defaultValue={params.status ?? ''}>
        <option value="">{t('any')}</option>
        {WORKSPACE_STATUS_FILTERS.map((status) => (
          <option key={status} value={status}>
            {t(`statusFilters.${status}`)}
          </option>
        ))}
      </Select>
      <Select id="practices-kind" name="kind" label={t('kind')} defaultValue={params.kind ?? ''}>
        <option value="">{t('any')}</option>
        {PRACTICE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {tEditor(`kinds.${kind}`)}
          </option>
        ))}
      </Select>
      <Select id="practices-session" name="session" label={t('session')} defaultValue={params.session ?? ''}>
        <option value="">{t('any')}</option>
        {sessions.map((session) => (
          <option key={session.slug} value={session.slug}>
            {session.code} · {session.title}
          </option>
        ))}
      </Select>
      {(['es', 'en'] as const).map((language) => (
        <Select
          key={language}
          id={`practices-${language}`}
          name={language}
          label={t(language === 'es' ? 'translationEs' : 'translationEn')}
          defaultValue={params[language] ?? ''}
        >
          <option value="">{t('any')}</option>
          {TRANSLATION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {tEditor(`translationStatuses.${status}`)}
            </option>
          ))}
        </Select>
      ))}
      <Select id="practices-sort" name="sort" label={t('sort')} defaultValue={params.sort}>
        {WORKSPACE_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {t(`sorts.${sort}`)}
          </option>
        ))}
      </Select>
      <div className="flex flex-wrap items-end gap-4 sm:col-span-2 lg:col-span-4">
        <Button type="submit">{t('apply')}</Button>
        <Link href="/manage/practices" className="inline-flex min-h-11 items-center">
          {t('clear')}
        </Link>
      </div>
    </form>
  )
}

'use client'

import { useTranslations } from 'next-intl'
import { useActionState, useId, useMemo, useRef, useState, startTransition, type FormEvent } from 'react'
import { FormMessage } from '@/components/ui/form-message'
import { Button, Input, Select } from '@/components/ui'
import { CheckboxPicker } from '@/components/ui/checkbox-picker'
import { MarkdownField } from '@/components/ui/markdown-field'
import { TextArea } from '@/components/ui/text-area'
import { savePracticeAction, type PracticeActionState } from '@/lib/practices/actions'
import { PRACTICE_KINDS, TRANSLATION_STATUSES, type PracticeSnapshot } from '@/lib/practices/editing-schemas'
import { byTextField, type PracticeTextField } from '@/lib/practices/fields'
import type { EditorOptions } from '@/lib/practices/workspace-queries'
import { diffLabels, SnapshotDiff } from './snapshot-diff'
import { Section } from '@/components/ui/section'

type TextField = 'slug' | PracticeTextField | 'note'

type Values = Record<TextField, string> & {
  kind: string
  translationStatusEs: string
  translationStatusEn: string
  actorIds: string[]
  objectiveNumbers: string[]
  sessionIds: string[]
}

function valuesOf(snapshot: PracticeSnapshot | null): Values {
  return {
    slug: snapshot?.slug ?? '',
    ...byTextField(
      (_spec, name) => snapshot?.[name] ?? '',
      (_spec, name) => snapshot?.[name] ?? '',
    ),
    note: '',
    kind: snapshot?.kind ?? 'GOOD_PRACTICE',
    translationStatusEs: snapshot?.translationStatusEs ?? 'SOURCE',
    translationStatusEn: snapshot?.translationStatusEn ?? 'MISSING',
    actorIds: (snapshot?.actorIds ?? []).map(String),
    objectiveNumbers: (snapshot?.objectiveNumbers ?? []).map(String),
    sessionIds: (snapshot?.sessions ?? []).map((session) => String(session.id)),
  }
}

export type PracticeEditorProps = {
  /** null: a new practice. */
  practice: { id: number; version: number; slugLocked: boolean } | null
  initial: PracticeSnapshot | null
  options: EditorOptions
}

/**
 * The practice editor: every field, Spanish and English side by side (stacked on phones). What the
 * user typed stays on screen whatever happens (validation errors, an expired session, a conflict).
 */
export function PracticeEditor({ practice, initial, options }: PracticeEditorProps) {
  const t = useTranslations('PracticeEditor')
  const formId = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const [values, setValues] = useState<Values>(() => valuesOf(initial))
  const [version, setVersion] = useState(practice?.version ?? 0)
  const [state, dispatch, pending] = useActionState<PracticeActionState, FormData>(savePracticeAction, null)
  const [handled, setHandled] = useState<PracticeActionState>(null)
  const labels = useMemo(() => diffLabels(options), [options])

  // A status change elsewhere on the page (the workflow buttons) moves the version on too.
  const [propVersion, setPropVersion] = useState(practice?.version ?? 0)
  if (practice && practice.version !== propVersion) {
    setPropVersion(practice.version)
    if (practice.version > version) setVersion(practice.version)
  }

  // A successful save moves the form to the new version.
  const [seen, setSeen] = useState<PracticeActionState>(null)
  if (state !== seen) {
    setSeen(state)
    if (state?.ok) {
      setVersion(state.data.version)
      setValues((current) => ({ ...current, note: '' }))
    }
  }

  const failed = state && !state.ok && state !== handled ? state : null
  const errors = failed?.fieldErrors ?? {}
  const conflict = failed?.conflict ?? null

  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues((current) => ({ ...current, [key]: value }))

  const submit = (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault()
    const form = formRef.current
    if (!form) return
    const data = new FormData(form)
    startTransition(() => dispatch(data))
  }

  const keepMine = () => {
    if (!conflict) return
    // Resubmit against the version the user has now seen (their changes shown above).
    setVersion(conflict.version)
    setHandled(state)
    const form = formRef.current
    if (!form) return
    const data = new FormData(form)
    data.set('version', String(conflict.version))
    startTransition(() => dispatch(data))
  }

  const takeTheirs = () => {
    if (!conflict) return
    setValues(valuesOf(conflict.current))
    setVersion(conflict.version)
    setHandled(state)
  }

  const field = (name: TextField | 'kind' | 'translationStatusEs' | 'translationStatusEn') => ({
    id: `${formId}-${name}`,
    name,
    value: values[name],
    onChange: (event: { target: { value: string } }) => set(name)(event.target.value),
    error: errors[name],
    label: t(`fields.${name}`),
  })
  const area = (name: TextField) => ({
    id: `${formId}-${name}`,
    name,
    value: values[name],
    onChange: set(name),
    error: errors[name],
    label: t(`fields.${name}`),
  })
  const choices = {
    actorIds: options.actors.map((actor) => ({
      value: String(actor.id),
      label: labels.actors[actor.id] ?? actor.name,
    })),
    objectiveNumbers: options.objectives.map(({ number }) => ({
      value: String(number),
      label: labels.objectives[number] ?? String(number),
    })),
    sessionIds: options.sessions.map((session) => ({
      value: String(session.id),
      label: labels.sessions[session.id] ?? session.code,
    })),
  }
  /** A checkbox picker of links (actors, objectives, sessions); its legend is the field's label. */
  const picker = (name: 'actorIds' | 'objectiveNumbers' | 'sessionIds', idSuffix: string) => ({
    id: `${formId}-${idSuffix}`,
    name,
    legend: t(`fields.${name}`),
    options: choices[name],
    selected: values[name],
    onChange: set(name),
    error: errors[name],
    labels: pickerLabels,
  })
  const translationStatusOptions = TRANSLATION_STATUSES.map((status) => ({
    value: status,
    label: t(`translationStatuses.${status}`),
  }))
  const markdownLabels = { write: t('write'), preview: t('preview'), empty: t('previewEmpty') }
  const pickerLabels = {
    filter: t('filter'),
    noMatches: t('noMatches'),
    selected: (count: number) => t('selectedCount', { count }),
  }

  return (
    <div className="space-y-6">
      <FormMessage tone="success">{state?.ok ? state.message : null}</FormMessage>
      <FormMessage tone="error">{failed?.formError}</FormMessage>

      {conflict ? (
        <Section
          id={`${formId}-conflict`}
          heading={t('conflictTitle')}
          headingClassName="text-xl font-semibold text-neutral-900"
          className="space-y-4 rounded-lg border-2 border-warning-700 bg-warning-50 p-4"
          data-testid="conflict"
        >
          <p>
            {t('conflictIntro', {
              name: conflict.updatedBy ?? t('conflictSomeone'),
              version: conflict.version,
              date: new Date(conflict.updatedAt).toLocaleString(),
            })}
          </p>
          <div className="rounded-md bg-white p-3">
            {conflict.theirChanges.length > 0 ? (
              <SnapshotDiff changes={conflict.theirChanges} labels={labels} caption={t('conflictTitle')} />
            ) : (
              <p>{t('conflictNoChanges')}</p>
            )}
          </div>
          {conflict.bothChanged.length > 0 ? (
            <p className="font-medium">
              {t('conflictBothChanged', { fields: conflict.bothChanged.map((name) => t(`fields.${name}`)).join(', ') })}
            </p>
          ) : null}
          <p>{t('conflictMineKept')}</p>
          <div className="flex flex-wrap gap-3">
            <Button variant="primary" onClick={keepMine} disabled={pending}>
              {t('conflictKeepMine')}
            </Button>
            <Button variant="secondary" onClick={takeTheirs} disabled={pending}>
              {t('conflictTakeTheirs')}
            </Button>
          </div>
        </Section>
      ) : null}

      <form ref={formRef} action={dispatch} onSubmit={submit} noValidate className="space-y-8">
        {practice ? (
          <>
            <input type="hidden" name="id" value={practice.id} />
            <input type="hidden" name="version" value={version} />
          </>
        ) : null}

        <fieldset className="space-y-4">
          <legend className="text-2xl font-semibold">{t('general')}</legend>
          <div className="grid gap-4 md:grid-cols-2">
            <Select
              {...field('kind')}
              required
              options={PRACTICE_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
            />
            <Input
              {...field('slug')}
              hint={practice?.slugLocked ? t('hints.slugLocked') : t('hints.slug')}
              readOnly={practice?.slugLocked}
              autoComplete="off"
              spellCheck={false}
            />
            <Input {...field('reportTitle')} />
            <Input {...field('externalUrl')} type="url" inputMode="url" hint={t('hints.externalUrl')} />
          </div>
        </fieldset>

        <fieldset className="space-y-4">
          <legend className="text-2xl font-semibold">{t('texts')}</legend>
          <div className="grid gap-x-6 gap-y-4 md:grid-cols-2">
            <p className="hidden text-lg font-semibold md:block" aria-hidden="true">
              {t('languageEs')}
            </p>
            <p className="hidden text-lg font-semibold md:block" aria-hidden="true">
              {t('languageEn')}
            </p>
            <Select {...field('translationStatusEs')} options={translationStatusOptions} />
            <Select {...field('translationStatusEn')} options={translationStatusOptions} />
            <Input {...field('titleEs')} required lang="es" />
            <Input {...field('titleEn')} lang="en" />
            <TextArea {...area('summaryEs')} required lang="es" />
            <TextArea {...area('summaryEn')} lang="en" />
            <MarkdownField {...area('bodyEs')} lang="es" hint={t('hints.markdown')} labels={markdownLabels} />
            <MarkdownField {...area('bodyEn')} lang="en" hint={t('hints.markdown')} labels={markdownLabels} />
            <Input {...field('sourceSectionEs')} lang="es" />
            <Input {...field('sourceSectionEn')} lang="en" />
          </div>
        </fieldset>

        <fieldset className="space-y-4">
          <legend className="text-2xl font-semibold">{t('links')}</legend>
          <div className="grid gap-6 lg:grid-cols-3">
            <CheckboxPicker {...picker('actorIds', 'actors')} />
            <CheckboxPicker {...picker('objectiveNumbers', 'objectives')} />
            <CheckboxPicker {...picker('sessionIds', 'sessions')} />
          </div>
        </fieldset>

        <Input {...field('note')} hint={t('hints.note')} autoComplete="off" />

        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={pending} aria-disabled={pending}>
            {pending ? t('saving') : practice ? t('save') : t('create')}
          </Button>
          {practice ? <span className="text-sm text-neutral-700">{t('version', { version })}</span> : null}
        </div>
      </form>
    </div>
  )
}

import type { ReactNode } from 'react'
import { useTranslations } from 'next-intl'
import { TableHead } from '@/components/ui/table-head'
import { diffWords, type FieldChange } from '@/lib/practices/diff'
import type { EditorOptions } from '@/lib/practices/workspace-queries'
import { PRACTICE_TEXT_FIELD_NAMES } from '@/lib/practices/fields'

/** Names for the ids a snapshot holds (actors, objectives, sessions). */
export type DiffLabels = {
  actors: Record<number, string>
  objectives: Record<number, string>
  sessions: Record<number, string>
}

/** The labels of the editor's options, for the diff. */
export function diffLabels(options: EditorOptions): DiffLabels {
  return {
    actors: Object.fromEntries(
      options.actors.map((actor) => [actor.id, actor.acronym ? `${actor.name} (${actor.acronym})` : actor.name]),
    ),
    objectives: Object.fromEntries(
      options.objectives.map((objective) => [objective.number, `${objective.number}. ${objective.title}`]),
    ),
    sessions: Object.fromEntries(options.sessions.map((session) => [session.id, `${session.code} · ${session.title}`])),
  }
}

const TEXT_FIELDS = new Set<string>(['slug', ...PRACTICE_TEXT_FIELD_NAMES])

function ListChange({ before, after, label }: { before: string[]; after: string[]; label: (key: string) => string }) {
  const t = useTranslations('PracticeEditor.diff')
  const removed = before.filter((item) => !after.includes(item))
  const added = after.filter((item) => !before.includes(item))
  const reordered = removed.length === 0 && added.length === 0
  return (
    <ul className="space-y-1">
      {removed.map((item) => (
        <li key={`-${item}`}>
          <del className="bg-danger-50 text-danger-700">
            <span className="font-semibold">{t('removed')}:</span> {label(item)}
          </del>
        </li>
      ))}
      {added.map((item) => (
        <li key={`+${item}`}>
          <ins className="bg-success-50 text-success-700 no-underline">
            <span className="font-semibold">{t('added')}:</span> {label(item)}
          </ins>
        </li>
      ))}
      {reordered ? <li>{after.map(label).join(', ')}</li> : null}
    </ul>
  )
}

/** One changed field's before/after: texts word by word, lists as added/removed items. */
/** A choice that changed (a kind, a translation status): the old label struck out → the new one. */
function ChoiceChange({ before, after, empty }: { before: string | null; after: string | null; empty: ReactNode }) {
  return (
    <p>
      {before ? <del className="bg-danger-50 text-danger-700">{before}</del> : empty} →{' '}
      {after ? <ins className="bg-success-50 text-success-700">{after}</ins> : empty}
    </p>
  )
}

function ChangeValue({ change, labels }: { change: FieldChange; labels: DiffLabels }) {
  const t = useTranslations('PracticeEditor')
  const empty = <span className="text-neutral-600">{t('diff.empty')}</span>
  if (TEXT_FIELDS.has(change.field)) {
    const segments = diffWords(String(change.before ?? ''), String(change.after ?? ''))
    if (segments.length === 0) return empty
    return (
      <p className="whitespace-pre-wrap [overflow-wrap:anywhere]">
        {segments.map((segment, index) =>
          segment.type === 'same' ? (
            <span key={index}>{segment.text}</span>
          ) : segment.type === 'added' ? (
            <ins key={index} className="bg-success-50 text-success-700 decoration-2">
              {segment.text}
            </ins>
          ) : (
            <del key={index} className="bg-danger-50 text-danger-700">
              {segment.text}
            </del>
          ),
        )}
      </p>
    )
  }
  if (change.field === 'kind') {
    const kind = (value: unknown) => (value ? t(`kinds.${value as 'POLICY'}`) : null)
    return <ChoiceChange before={kind(change.before)} after={kind(change.after)} empty={empty} />
  }
  if (change.field === 'translationStatusEs' || change.field === 'translationStatusEn') {
    const status = (value: unknown) => (value ? t(`translationStatuses.${value as 'MISSING'}`) : null)
    return <ChoiceChange before={status(change.before)} after={status(change.after)} empty={empty} />
  }
  if (change.field === 'sessions') {
    const ids = (value: unknown) =>
      Array.isArray(value) ? value.map((session: { id: number }) => String(session.id)) : []
    return (
      <ListChange
        before={ids(change.before)}
        after={ids(change.after)}
        label={(id) => labels.sessions[Number(id)] ?? `#${id}`}
      />
    )
  }
  const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : [])
  const names = change.field === 'actorIds' ? labels.actors : labels.objectives
  return (
    <ListChange before={list(change.before)} after={list(change.after)} label={(id) => names[Number(id)] ?? `#${id}`} />
  )
}

/** A table of changed fields (values are text: React escapes them; nothing is rendered as HTML). */
export function SnapshotDiff({
  changes,
  labels,
  caption,
}: {
  changes: FieldChange[]
  labels: DiffLabels
  caption?: string
}) {
  const t = useTranslations('PracticeEditor')
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <TableHead
          rowClassName="text-left text-neutral-700"
          cellClassName="py-2 font-semibold"
          betweenClassName="pr-3"
          columns={[{ label: t('diff.field'), className: 'w-1/4' }, t('diff.change')]}
        />
        <tbody>
          {changes.map((change) => (
            <tr key={change.field} className="border-t border-neutral-200 align-top">
              <th scope="row" className="py-2 pr-3 text-left font-medium">
                {t(`fields.${change.field}`)}
              </th>
              <td className="py-2">
                <ChangeValue change={change} labels={labels} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

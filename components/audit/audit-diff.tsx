import { getTranslations } from 'next-intl/server'
import { TableHead } from '@/components/ui/table-head'

type Row = { field: string; before: string | null; after: string | null }

function show(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value, null, 2)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Field-by-field rows of an entry's before/after, keeping only the fields that differ. */
export function diffRows(before: unknown, after: unknown): Row[] {
  if (!isRecord(before) && !isRecord(after)) {
    const b = show(before)
    const a = show(after)
    return b === a ? [] : [{ field: '', before: b, after: a }]
  }
  const b = isRecord(before) ? before : {}
  const a = isRecord(after) ? after : {}
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])]
  return fields
    .map((field) => ({ field, before: show(b[field]), after: show(a[field]) }))
    .filter((row) => row.before !== row.after)
}

/** An audit entry's before/after as a readable table (values as text, never as HTML). */
export async function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const t = await getTranslations('Audit')
  const rows = diffRows(before, after)
  if (rows.length === 0) return <span className="text-neutral-600">{t('noChanges')}</span>
  return (
    <table className="w-full border-collapse text-sm">
      <TableHead
        rowClassName="text-left text-neutral-700"
        cellClassName="py-1 font-semibold"
        betweenClassName="pr-2"
        columns={[t('field'), t('before'), t('after')]}
      />
      <tbody>
        {rows.map((row) => (
          <tr key={row.field} className="border-t border-neutral-200 align-top">
            <th scope="row" className="py-1 pr-2 text-left font-mono font-normal">
              {row.field}
            </th>
            <td className="py-1 pr-2">
              {row.before === null ? (
                <span className="text-neutral-600">{t('empty')}</span>
              ) : (
                <del className="whitespace-pre-wrap break-words bg-danger-50 text-danger-700">{row.before}</del>
              )}
            </td>
            <td className="py-1">
              {row.after === null ? (
                <span className="text-neutral-600">{t('empty')}</span>
              ) : (
                <ins className="whitespace-pre-wrap break-words bg-success-50 text-success-700 no-underline">
                  {row.after}
                </ins>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

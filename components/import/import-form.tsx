'use client'

import { useTranslations } from 'next-intl'
import { useActionState, useState, type FormEvent } from 'react'
import { FormMessage } from '@/components/ui/form-message'
import { Badge, Button, TableHead, type BadgeVariant } from '@/components/ui'
import { controlClasses, FieldFrame } from '@/components/ui/input'
import { importAction, type ImportState } from '@/lib/import/actions'
import { importFormatOf, MAX_IMPORT_BYTES } from '@/lib/import/limits'
import type { ImportAction } from '@/lib/import/plan'
import { Section } from '@/components/ui/section'

const ACTION_BADGE: Record<ImportAction, BadgeVariant> = {
  create: 'success',
  update: 'primary',
  unchanged: 'neutral',
  invalid: 'danger',
}

export function ImportForm() {
  const t = useTranslations('Import')
  const tWarnings = useTranslations('ImportWarnings')
  const [state, action, pending] = useActionState<ImportState, FormData>(importAction, null)
  const [clientError, setClientError] = useState<string | null>(null)
  const result = state?.ok ? state.data : null
  const formError = clientError ?? (state && !state.ok ? (state.formError ?? null) : null)
  const changes = result ? result.counts.create + result.counts.update : 0

  // The server checks the same; this only spares an upload that would be refused.
  function checkFile(event: FormEvent<HTMLFormElement>) {
    const input = event.currentTarget.elements.namedItem('file')
    const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined
    const error = !file
      ? t('fileErrors.noFile')
      : !importFormatOf(file.name)
        ? t('fileErrors.wrongType')
        : file.size > MAX_IMPORT_BYTES
          ? t('fileErrors.tooLarge')
          : null
    setClientError(error)
    if (error) event.preventDefault()
  }

  return (
    <div className="space-y-6">
      <form action={action} onSubmit={checkFile} noValidate className="space-y-4">
        <input type="hidden" name="intent" value="check" />
        <FieldFrame id="import-file" label={t('fileLabel')} hint={t('fileHint')} required>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            required
            aria-describedby="import-file-hint"
            aria-invalid={formError ? true : undefined}
            className={controlClasses}
          />
        </FieldFrame>
        <FormMessage tone="error">{formError}</FormMessage>
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? t('checking') : t('check')}
        </Button>
      </form>

      {result ? (
        <Section
          id="import-result"
          heading={result.step === 'applied' ? t('appliedHeading') : t('resultHeading')}
          className="space-y-4"
        >
          <p className="text-neutral-700">{t('fileName', { name: result.fileName })}</p>
          {result.step === 'applied' ? (
            <FormMessage tone="success">
              {t('applied', { create: result.counts.create, update: result.counts.update })}
            </FormMessage>
          ) : (
            <FormMessage tone="success">{t('summary', result.counts)}</FormMessage>
          )}
          {result.step === 'checked' && result.counts.invalid > 0 ? (
            <p className="font-medium text-danger-700">{t('hasErrors')}</p>
          ) : null}
          {result.step === 'checked' && result.counts.invalid === 0 && changes === 0 ? <p>{t('nothingToDo')}</p> : null}
          {result.step === 'checked' && result.counts.invalid === 0 && changes > 0 ? (
            <form action={action}>
              <input type="hidden" name="intent" value="apply" />
              <input type="hidden" name="fileName" value={result.fileName} />
              <input type="hidden" name="hash" value={result.hash} />
              <input type="hidden" name="content" value={result.content} />
              <Button type="submit" disabled={pending} aria-disabled={pending}>
                {pending ? t('applying') : t('apply', { count: changes })}
              </Button>
            </form>
          ) : null}
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">{t('tableCaption')}</caption>
              <TableHead
                rowClassName="border-b border-neutral-300"
                cellClassName="px-2 py-2"
                columns={[t('columnRow'), t('columnSlug'), t('columnAction'), t('columnDetails')]}
              />
              <tbody>
                {result.rows.map((row) => (
                  <tr key={row.row} className="border-b border-neutral-200 align-top">
                    <td className="px-2 py-2 tabular-nums">{row.row}</td>
                    <td className="px-2 py-2 break-all">{row.slug ?? '—'}</td>
                    <td className="px-2 py-2">
                      <Badge variant={ACTION_BADGE[row.action]}>{t(`actions.${row.action}`)}</Badge>
                    </td>
                    <td className="px-2 py-2">
                      {row.errors.length ? (
                        <ul className="space-y-1">
                          {row.errors.map((error, index) => (
                            <li key={index} className="text-danger-700">
                              <code>{error.field}</code>
                              {error.value ? <> «{error.value}»</> : null} {t(`errors.${error.code}`)}
                            </li>
                          ))}
                        </ul>
                      ) : row.changes.length ? (
                        t('changes', { fields: row.changes.join(', ') })
                      ) : null}
                      {row.warnings.length ? (
                        <ul className="mt-1 space-y-1">
                          {row.warnings.map((warning) => (
                            <li key={warning.field}>
                              <code>{warning.field}</code> {tWarnings(warning.code)}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Section>
      ) : null}
    </div>
  )
}

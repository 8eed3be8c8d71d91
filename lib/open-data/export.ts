// The export files of a catalogue view: CSV (RFC 4180, BOM, one row per practice, lists as
// ";"-joined codes and names) and JSON, with the same columns. Both carry both languages of every
// text so that an export can be imported again without loss.
import { CSV_CONTENT_TYPE, toCsv } from './csv'
import type { ApiLocale, PracticeExportRow, PracticeFilterParams } from './schemas'
import type { PracticeRow } from './queries'
import { EXPORT_COLUMNS, exportRowToCsvCells, toExportRow } from './serializers'

export function exportRows(locale: ApiLocale, rows: PracticeRow[], origin: string): PracticeExportRow[] {
  return rows.map((row) => toExportRow(locale, row, origin))
}

export function practicesCsv(rows: PracticeExportRow[]): string {
  return toCsv(EXPORT_COLUMNS, rows.map(exportRowToCsvCells))
}

/** The filters as given (defaults left out), echoed in the JSON export. */
export function appliedFilters(params: PracticeFilterParams): Record<string, string | (string | number)[]> {
  const filters: Record<string, string | (string | number)[]> = { locale: params.locale }
  if (params.q) filters.q = params.q
  if (params.objective.length) filters.objective = params.objective
  if (params.actor.length) filters.actor = params.actor
  if (params.session.length) filters.session = params.session
  if (params.kind.length) filters.kind = params.kind
  if (params.source.length) filters.source = params.source
  if (params.sort) filters.sort = params.sort
  return filters
}

/** e.g. practicas-2026-11-28.csv / practices-2026-11-28.json */
export function exportFileName(locale: ApiLocale, extension: 'csv' | 'json', date: Date): string {
  return `${locale === 'es' ? 'practicas' : 'practices'}-${date.toISOString().slice(0, 10)}.${extension}`
}

export { CSV_CONTENT_TYPE }

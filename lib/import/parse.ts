// Reading an import file (issue 7): CSV (RFC 4180, optional BOM) or JSON in the export format of
// /api/v1/export/practices.{csv,json}. Pure: a file becomes raw rows with their row numbers, or one
// file-level error. Validation of each row is in plan.ts.
import { parseCsv, restoreFormulaCell, UTF8_BOM } from '../open-data/csv'
import { CSV_LIST_SEPARATOR, EXPORT_TEXT_COLUMNS } from '../open-data/serializers'
import { MAX_IMPORT_ROWS, type ImportFormat } from './limits'

export { importFormatOf, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type ImportFormat } from './limits'

/** The columns an import reads; the export's other columns (names, dates, url) are ignored. */
export const IMPORT_TEXT_COLUMNS = EXPORT_TEXT_COLUMNS
export const IMPORT_LIST_COLUMNS = ['objectives', 'actors', 'sessions'] as const
export const IMPORT_COLUMNS = [...IMPORT_TEXT_COLUMNS, ...IMPORT_LIST_COLUMNS] as const
/**
 * Provenance (issue 15): optional, so that files exported before it still import. Read for a new
 * practice only (plan.ts): an update keeps the practice's own provenance, which is history, not content.
 */
export const IMPORT_PROVENANCE_COLUMNS = ['source', 'proposedBy', 'proposedAt'] as const

export type ImportTextColumn = (typeof IMPORT_TEXT_COLUMNS)[number]
export type ImportListColumn = (typeof IMPORT_LIST_COLUMNS)[number]
export type ImportProvenanceColumn = (typeof IMPORT_PROVENANCE_COLUMNS)[number]
export type ImportColumn = (typeof IMPORT_COLUMNS)[number] | ImportProvenanceColumn

/** One row as read from the file: texts (null = empty) and lists of codes, or a type error per field. */
export type RawImportRow = {
  /** CSV: the record number (the header is row 1); JSON: the item's position, from 1. */
  row: number
  texts: Partial<Record<ImportTextColumn, string | null>>
  lists: Partial<Record<ImportListColumn, string[]>>
  /** The provenance cells (an absent column is null); none at all from a caller that builds rows itself. */
  provenance?: Partial<Record<ImportProvenanceColumn, string | null>>
  /** Fields whose value had the wrong type (JSON) or a record of the wrong length (CSV: field '*'). */
  typeErrors: string[]
}

export type FileErrorCode =
  | 'empty'
  | 'malformedCsv'
  | 'malformedJson'
  | 'notExportFormat'
  | 'missingColumns'
  | 'tooManyRows'
  | 'tooLarge'
  | 'wrongType'
  | 'encoding'

export type ParsedImportFile =
  { ok: true; format: ImportFormat; rows: RawImportRow[] } | { ok: false; error: FileErrorCode; detail?: string }

/** Decodes the uploaded bytes as UTF-8 (a BOM is dropped); null when they are not UTF-8. */
export function decodeImportBytes(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return text.startsWith(UTF8_BOM) ? text.slice(1) : text
  } catch {
    return null
  }
}

export function parseImportFile(content: string, format: ImportFormat): ParsedImportFile {
  const text = content.startsWith(UTF8_BOM) ? content.slice(1) : content
  if (text.trim() === '') return { ok: false, error: 'empty' }
  return format === 'csv' ? parseCsvRows(text) : parseJsonRows(text)
}

function splitList(cell: string): string[] {
  return cell
    .split(CSV_LIST_SEPARATOR)
    .map((value) => value.trim())
    .filter((value) => value !== '')
}

function parseCsvRows(text: string): ParsedImportFile {
  let records: string[][]
  try {
    records = parseCsv(text)
  } catch (error) {
    return { ok: false, error: 'malformedCsv', detail: error instanceof Error ? error.message : undefined }
  }
  const [header, ...body] = records
  if (!header) return { ok: false, error: 'empty' }
  const columns = header.map((name) => name.trim())
  const missing = IMPORT_COLUMNS.filter((column) => !columns.includes(column))
  if (missing.length) return { ok: false, error: 'missingColumns', detail: missing.join(', ') }
  // A trailing empty line is not a row.
  const data = body
    .map((cells, index) => ({ cells, row: index + 2 }))
    .filter(({ cells }) => !(cells.length === 1 && cells[0] === ''))
  if (data.length === 0) return { ok: false, error: 'empty' }
  if (data.length > MAX_IMPORT_ROWS) return { ok: false, error: 'tooManyRows', detail: String(MAX_IMPORT_ROWS) }
  const index = new Map(columns.map((name, position) => [name, position]))
  // The export neutralised formula-like cells with an apostrophe (lib/open-data/csv.ts): undo it.
  const cell = (cells: string[], column: ImportColumn) => restoreFormulaCell(cells[index.get(column) ?? -1] ?? '')
  const optionalCell = (cells: string[], column: ImportProvenanceColumn) =>
    cell(cells, column).trim() === '' ? null : cell(cells, column).trim()
  return {
    ok: true,
    format: 'csv',
    rows: data.map(({ cells, row }) => ({
      row,
      texts: Object.fromEntries(
        IMPORT_TEXT_COLUMNS.map((column) => [column, cell(cells, column) === '' ? null : cell(cells, column)]),
      ),
      lists: Object.fromEntries(IMPORT_LIST_COLUMNS.map((column) => [column, splitList(cell(cells, column))])),
      provenance: Object.fromEntries(IMPORT_PROVENANCE_COLUMNS.map((column) => [column, optionalCell(cells, column)])),
      typeErrors: cells.length === columns.length ? [] : ['*'],
    })),
  }
}

function parseJsonRows(text: string): ParsedImportFile {
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch (error) {
    return { ok: false, error: 'malformedJson', detail: error instanceof Error ? error.message : undefined }
  }
  // The export's document ({ items: [...] }) or a bare array of its items.
  const items = Array.isArray(document)
    ? document
    : document !== null && typeof document === 'object' && 'items' in document && Array.isArray(document.items)
      ? (document.items as unknown[])
      : null
  if (!items) return { ok: false, error: 'notExportFormat' }
  if (items.length === 0) return { ok: false, error: 'empty' }
  if (items.length > MAX_IMPORT_ROWS) return { ok: false, error: 'tooManyRows', detail: String(MAX_IMPORT_ROWS) }
  return { ok: true, format: 'json', rows: items.map((item, index) => jsonRow(item, index + 1)) }
}

function jsonRow(item: unknown, row: number): RawImportRow {
  const provenance: NonNullable<RawImportRow['provenance']> = {}
  const result: RawImportRow = { row, texts: {}, lists: {}, provenance, typeErrors: [] }
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    result.typeErrors.push('*')
    return result
  }
  const record = item as Record<string, unknown>
  for (const column of IMPORT_TEXT_COLUMNS) {
    const value = record[column]
    if (value === undefined || value === null) result.texts[column] = null
    else if (typeof value === 'string') result.texts[column] = value === '' ? null : value
    else result.typeErrors.push(column)
  }
  for (const column of IMPORT_PROVENANCE_COLUMNS) {
    const value = record[column]
    if (value === undefined || value === null) provenance[column] = null
    else if (typeof value === 'string') provenance[column] = value.trim() === '' ? null : value.trim()
    else result.typeErrors.push(column)
  }
  for (const column of IMPORT_LIST_COLUMNS) {
    const value = record[column]
    if (value === undefined || value === null) result.lists[column] = []
    else if (Array.isArray(value) && value.every((entry) => typeof entry === 'string' || typeof entry === 'number')) {
      result.lists[column] = value.map((entry) => String(entry).trim()).filter((entry) => entry !== '')
    } else result.typeErrors.push(column)
  }
  return result
}

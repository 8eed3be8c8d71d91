// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, a quote, CR or LF (quotes
// doubled), and a UTF-8 byte-order mark so spreadsheet programs read the accents correctly.

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8; header=present'
export const UTF8_BOM = '\uFEFF'

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/** What a spreadsheet would run as a formula (OWASP "CSV Injection"): = + - @, tab or CR first. */
const FORMULA_START = /^[=+\-@\t\r]/

export function looksLikeFormula(value: string): boolean {
  return FORMULA_START.test(value)
}

/**
 * OWASP's defence against CSV injection: a cell that starts like a formula gets a leading apostrophe
 * (the spreadsheet shows it as text) and is quoted. A cell that already starts with an apostrophe gets
 * one more, so that restoreFormulaCell can take exactly one off: export → import stays lossless.
 */
export function neutraliseFormulaCell(value: string): string {
  return looksLikeFormula(value) || value.startsWith("'") ? `'${value}` : value
}

/** The inverse of neutraliseFormulaCell, for the import. A lone leading apostrophe typed by hand stays. */
export function restoreFormulaCell(value: string): string {
  return value.startsWith("'") && (looksLikeFormula(value.slice(1)) || value[1] === "'") ? value.slice(1) : value
}

function exportField(value: string): string {
  const safe = neutraliseFormulaCell(value)
  return safe === value ? csvField(value) : `"${safe.replace(/"/g, '""')}"`
}

export function csvRecord(fields: readonly string[]): string {
  return fields.map(exportField).join(',')
}

/** A whole CSV document: BOM, header, records, each line ended by CRLF; formula cells neutralised. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return UTF8_BOM + [header, ...rows].map((fields) => `${csvRecord(fields)}\r\n`).join('')
}

/**
 * Parses RFC 4180 CSV (a leading BOM is ignored; CRLF or LF line ends). Throws on an unterminated
 * quoted field or a quote inside an unquoted one. Used by the tests and the import.
 */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith(UTF8_BOM) ? input.slice(1) : input
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let i = 0
  let quoted = false
  let fieldStarted = false
  while (i < text.length) {
    const char = text[i]!
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
        i += 1
        continue
      }
      field += char
      i += 1
      continue
    }
    if (char === '"') {
      if (field !== '') throw new Error(`CSV: quote inside an unquoted field (record ${records.length + 1})`)
      quoted = true
      fieldStarted = true
      i += 1
    } else if (char === ',') {
      record.push(field)
      field = ''
      fieldStarted = true
      i += 1
    } else if (char === '\r' || char === '\n') {
      record.push(field)
      records.push(record)
      record = []
      field = ''
      fieldStarted = false
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1
    } else {
      field += char
      fieldStarted = true
      i += 1
    }
  }
  if (quoted) throw new Error('CSV: unterminated quoted field')
  if (fieldStarted || field !== '' || record.length > 0) {
    record.push(field)
    records.push(record)
  }
  return records
}

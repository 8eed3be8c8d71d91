// The import's file limits, shared by the page (a quick check before uploading) and the server.

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024
export const MAX_IMPORT_ROWS = 5_000

export type ImportFormat = 'csv' | 'json'

/** The format by file name (the browser's MIME type for CSV varies too much to rely on). */
export function importFormatOf(fileName: string): ImportFormat | null {
  const lower = fileName.toLowerCase()
  if (lower.endsWith('.csv')) return 'csv'
  if (lower.endsWith('.json')) return 'json'
  return null
}

import { describe, expect, it } from 'vitest'
import { toCsv } from '../open-data/csv'
import { practiceSnapshot } from '@/tests/fixtures/practice-snapshot'
import { decodeImportBytes, IMPORT_COLUMNS, importFormatOf, parseImportFile } from './parse'
import { compareWithTarget, validateImportRow } from './plan'

const header = [...IMPORT_COLUMNS]
const cells = (values: Partial<Record<(typeof IMPORT_COLUMNS)[number], string>>) =>
  header.map((column) => values[column] ?? '')

describe('parseImportFile', () => {
  it('reads RFC 4180 CSV with a BOM, quoted commas, quotes and newlines, and ";" lists', () => {
    const content = toCsv(header, [
      cells({ slug: 'a', kind: 'tool', titleEs: 'Uno, "dos"\r\ntres', objectives: '1;7', actors: 'x; y' }),
    ])
    const parsed = parseImportFile(content, 'csv')
    expect(parsed).toMatchObject({ ok: true, format: 'csv' })
    if (!parsed.ok) return
    expect(parsed.rows).toHaveLength(1)
    expect(parsed.rows[0]).toMatchObject({
      row: 2,
      typeErrors: [],
      texts: { slug: 'a', kind: 'tool', titleEs: 'Uno, "dos"\r\ntres', titleEn: null },
      lists: { objectives: ['1', '7'], actors: ['x', 'y'], sessions: [] },
    })
  })

  it('reports malformed files and missing columns', () => {
    expect(parseImportFile('slug\r\n"open', 'csv')).toMatchObject({ ok: false, error: 'malformedCsv' })
    expect(parseImportFile('slug,kind\r\na,tool', 'csv')).toMatchObject({ ok: false, error: 'missingColumns' })
    expect(parseImportFile('\uFEFF  ', 'json')).toMatchObject({ ok: false, error: 'empty' })
    expect(parseImportFile('{"items": 3}', 'json')).toMatchObject({ ok: false, error: 'notExportFormat' })
  })

  it('reads JSON export documents and flags values of the wrong type', () => {
    const parsed = parseImportFile(
      JSON.stringify({ items: [{ slug: 'a', titleEs: 5, objectives: [1, '2'], actors: 'x' }] }),
      'json',
    )
    if (!parsed.ok) throw new Error('expected rows')
    expect(parsed.rows[0]).toMatchObject({
      row: 1,
      texts: { slug: 'a' },
      lists: { objectives: ['1', '2'] },
      typeErrors: ['titleEs', 'actors'],
    })
  })

  it('knows formats by name and refuses non-UTF-8 bytes', () => {
    expect(importFormatOf('Datos.CSV')).toBe('csv')
    expect(importFormatOf('a.json')).toBe('json')
    expect(importFormatOf('a.xlsx')).toBeNull()
    expect(decodeImportBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('a')
    expect(decodeImportBytes(new Uint8Array([0xff, 0xfe, 0x00]))).toBeNull()
  })
})

describe('validation and comparison', () => {
  const refs = { actorIdBySlug: new Map([['x', 1]]), sessionIdBySlug: new Map([['s', 9]]) }
  const raw = (texts: Record<string, string | null>, lists: Record<string, string[]> = {}) => ({
    row: 2,
    texts,
    lists,
    typeErrors: [],
  })

  it('validates with the editor schema and names the export column', () => {
    const result = validateImportRow(
      raw(
        { slug: 'Bad Slug', kind: 'policy', titleEs: 'T', summaryEs: 'S', externalUrl: 'javascript:x' },
        { objectives: ['0', '5'], actors: ['x', 'zz'] },
      ),
      refs,
    )
    expect(result.errors).toEqual([
      { field: 'actors', code: 'unknownReference', value: 'zz' },
      { field: 'slug', code: 'invalidSlug' },
      { field: 'externalUrl', code: 'invalidUrl' },
      { field: 'objectives', code: 'invalidChoice', value: '0' },
    ])
    const ok = validateImportRow(
      raw(
        { slug: 'ok', kind: 'policy', titleEs: ' T ', summaryEs: 'S', titleEn: 'E', summaryEn: 'F' },
        { objectives: ['5'], actors: ['x'], sessions: ['s'] },
      ),
      refs,
    )
    expect(ok.errors).toEqual([])
    expect(ok.input).toMatchObject({
      slug: 'ok',
      kind: 'POLICY',
      titleEs: 'T',
      actorIds: [1],
      sessionIds: [9],
      objectiveNumbers: [5],
      translationStatusEn: 'TRANSLATED',
    })
  })

  it('sees no change where only stored whitespace or list order differs, and keeps the stored text', () => {
    const before = practiceSnapshot({
      slug: 'ok',
      titleEs: 'T ',
      summaryEs: 'S\r\nS',
      actorIds: [2, 1],
      objectiveNumbers: [3, 5],
      sessions: [{ id: 9, listedKind: 'TOOL' }],
    })
    const row = validateImportRow(
      raw(
        { slug: 'ok', kind: 'policy', titleEs: 'T', summaryEs: 'S\nS' },
        { objectives: ['5', '3'], actors: ['x', 'y'], sessions: ['s'] },
      ),
      {
        ...refs,
        actorIdBySlug: new Map([
          ['x', 1],
          ['y', 2],
        ]),
      },
    )
    if (!row.input) throw new Error('expected input')
    expect(compareWithTarget(row.input, before).changes).toEqual([])
    const changed = compareWithTarget({ ...row.input, summaryEs: 'Nuevo', titleEn: 'E', summaryEn: 'F' }, before)
    expect(changed.changes).toEqual(['titleEn', 'summaryEs', 'summaryEn'])
    expect(changed.input).toMatchObject({ titleEs: 'T ', summaryEs: 'Nuevo', translationStatusEn: 'TRANSLATED' })
  })
})

import { describe, expect, it } from 'vitest'
import { csvField, neutraliseFormulaCell, parseCsv, restoreFormulaCell, toCsv, UTF8_BOM } from './csv'

describe('csv', () => {
  it('quotes only fields with commas, quotes or line breaks, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('line\nbreak')).toBe('"line\nbreak"')
    expect(csvField('cr\rhere')).toBe('"cr\rhere"')
    expect(csvField('')).toBe('')
  })

  it('writes a BOM, CRLF line ends and one record per row', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['1', 'x,y'],
        ['migración', 'dijo "sí"\nfin'],
      ],
    )
    expect(csv.startsWith(UTF8_BOM)).toBe(true)
    expect(csv).toBe(`${UTF8_BOM}a,b\r\n1,"x,y"\r\nmigración,"dijo ""sí""\nfin"\r\n`)
  })

  it('parses what it writes back to the same cells', () => {
    const rows = [
      ['', 'a,b', '"q"', 'l1\r\nl2', 'ñandú'],
      ['x', '', '', '', ''],
    ]
    expect(parseCsv(toCsv(['h1', 'h2', 'h3', 'h4', 'h5'], rows))).toEqual([['h1', 'h2', 'h3', 'h4', 'h5'], ...rows])
  })

  it('rejects malformed quoting', () => {
    expect(() => parseCsv('"open')).toThrow(/unterminated/)
    expect(() => parseCsv('ab"c"')).toThrow(/quote/)
  })

  const formulas = ['=HYPERLINK("http://evil.example","x")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(A1)', '\t=1', '\r=1']

  it.each(formulas)('neutralises the formula cell %j with an apostrophe, quoted (finding 9)', (value) => {
    const csv = toCsv(['a'], [[value]])
    const cell = parseCsv(csv)[1]![0]!
    expect(cell).toBe(`'${value}`)
    expect(csv).toContain(`"'`)
  })

  it('round-trips every cell exactly through neutralise and restore, apostrophes included', () => {
    for (const value of [...formulas, "'already quoted", "''two", "'=x", 'plain', '', "l'apostrophe", '5-3']) {
      expect(restoreFormulaCell(neutraliseFormulaCell(value))).toBe(value)
    }
    // An apostrophe typed by hand before ordinary text is kept.
    expect(restoreFormulaCell("'hola")).toBe("'hola")
  })
})

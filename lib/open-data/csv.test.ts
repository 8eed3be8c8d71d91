import { describe, expect, it } from 'vitest'
import { csvField, parseCsv, toCsv, UTF8_BOM } from './csv'

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
    const csv = toCsv(['a', 'b'], [['1', 'x,y'], ['migración', 'dijo "sí"\nfin']])
    expect(csv.startsWith(UTF8_BOM)).toBe(true)
    expect(csv).toBe(`${UTF8_BOM}a,b\r\n1,"x,y"\r\nmigración,"dijo ""sí""\nfin"\r\n`)
  })

  it('parses what it writes back to the same cells', () => {
    const rows = [['', 'a,b', '"q"', 'l1\r\nl2', 'ñandú'], ['x', '', '', '', '']]
    expect(parseCsv(toCsv(['h1', 'h2', 'h3', 'h4', 'h5'], rows))).toEqual([['h1', 'h2', 'h3', 'h4', 'h5'], ...rows])
  })

  it('rejects malformed quoting', () => {
    expect(() => parseCsv('"open')).toThrow(/unterminated/)
    expect(() => parseCsv('ab"c"')).toThrow(/quote/)
  })
})

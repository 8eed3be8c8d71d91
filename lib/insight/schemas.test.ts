import { describe, expect, it } from 'vitest'
import { parseCompareActors } from './schemas'

describe('parseCompareActors', () => {
  it('reads comma-separated and repeated values in any casing, without blanks or duplicates', () => {
    expect(parseCompareActors('MX,cr')).toEqual({ slugs: ['mx', 'cr'], tooMany: false, malformed: [] })
    expect(parseCompareActors(['mx', '', 'CR', 'mx'])).toEqual({ slugs: ['mx', 'cr'], tooMany: false, malformed: [] })
  })

  it('keeps at most four and reports malformed values', () => {
    expect(parseCompareActors('a,b,c,d,e')).toEqual({ slugs: ['a', 'b', 'c', 'd'], tooMany: true, malformed: [] })
    expect(parseCompareActors('mx,<script>')).toEqual({ slugs: ['mx'], tooMany: false, malformed: ['<script>'] })
    expect(parseCompareActors(undefined)).toEqual({ slugs: [], tooMany: false, malformed: [] })
    expect(parseCompareActors({ nested: true })).toEqual({ slugs: [], tooMany: false, malformed: [] })
  })
})

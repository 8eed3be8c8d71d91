import { describe, expect, it } from 'vitest'
import { parseGlanceParams, pictureFromFileName } from './params'

const parse = (query: string) => parseGlanceParams(new URLSearchParams(query))

describe('picture download parameters', () => {
  it('reads known values', () => {
    expect(parse('locale=en&objective=7&session=sesion-1&kind=tool,policy&actor=mx')).toEqual({
      locale: 'en',
      objective: 7,
      session: 'sesion-1',
      kind: ['TOOL', 'POLICY'],
      actor: 'mx',
    })
  })

  it('falls back to the defaults on anything unknown or malformed', () => {
    expect(parse('locale=fr&objective=99&session=%3Cscript%3E&kind=poem&actor=MEX&other=1')).toEqual({
      locale: 'es',
      objective: undefined,
      session: undefined,
      kind: [],
      actor: undefined,
    })
    expect(parse('')).toEqual({ locale: 'es', objective: undefined, session: undefined, kind: [], actor: undefined })
  })

  it('knows its four pictures', () => {
    expect(pictureFromFileName('map.svg')).toBe('map')
    expect(pictureFromFileName('kinds.svg')).toBe('kinds')
    expect(pictureFromFileName('map.png')).toBeNull()
    expect(pictureFromFileName('../map.svg')).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { parseHighlight, queryWords, trigramQuery, usesWebSearchSyntax } from './search'
import {
  CatalogueSearchParamsSchema,
  catalogueQueryString,
  effectiveSort,
  normalizeQuery,
  parseCatalogueSearchParams,
} from './schemas'

describe('queryWords', () => {
  it('keeps letters and digits only, accents included', () => {
    expect(queryWords('búsqueda & rescate | !(RUEX):* <126>')).toEqual(['búsqueda', 'rescate', 'RUEX', '126'])
    expect(queryWords("'; DROP TABLE x; --")).toEqual(['DROP', 'TABLE', 'x'])
    expect(queryWords('🙂🚀')).toEqual([])
  })
  it('caps the number and length of words', () => {
    expect(queryWords('a '.repeat(50))).toHaveLength(12)
    expect(queryWords('x'.repeat(500))[0]).toHaveLength(60)
  })
})

describe('usesWebSearchSyntax', () => {
  it('detects quotes, exclusions and OR', () => {
    expect(usesWebSearchSyntax('"search and rescue"')).toBe(true)
    expect(usesWebSearchSyntax('trata -trafico')).toBe(true)
    expect(usesWebSearchSyntax('beta or usar')).toBe(true)
    expect(usesWebSearchSyntax('grupo beta')).toBe(false)
    expect(usesWebSearchSyntax('inter-agency')).toBe(false)
  })
})

describe('trigramQuery', () => {
  it('needs four letters or digits', () => {
    expect(trigramQuery('ab')).toBeNull()
    expect(trigramQuery('grupo  veta!')).toBe('grupo veta')
  })
})

describe('parseHighlight', () => {
  it('splits ts_headline output into segments', () => {
    expect(parseHighlight('La \u0001búsqueda\u0002 y \u0001rescate\u0002.')).toEqual([
      { text: 'La ', match: false },
      { text: 'búsqueda', match: true },
      { text: ' y ', match: false },
      { text: 'rescate', match: true },
      { text: '.', match: false },
    ])
    expect(parseHighlight('plain <b>text</b>')).toEqual([{ text: 'plain <b>text</b>', match: false }])
  })
})

describe('catalogue search params', () => {
  it('parse tolerantly, dropping bad values', () => {
    expect(
      parseCatalogueSearchParams({
        q: ['  grupo   beta ', 'ignored'],
        objective: ['7', '7', '0', '24', 'x', '23'],
        actor: ['MX', 'oim', '../etc', ''],
        session: 'sesion-1',
        kind: ['tool', 'nonsense'],
        source: ['proposal', 'hearsay', 'proposal'],
        sort: 'sideways',
        page: '-3',
      }),
    ).toEqual({
      q: 'grupo beta',
      objective: [7, 23],
      actor: ['mx', 'oim'],
      session: ['sesion-1'],
      kind: ['tool'],
      source: ['proposal'],
      sort: undefined,
      page: 1,
    })
    expect(CatalogueSearchParamsSchema.parse({})).toEqual({
      q: '',
      objective: [],
      actor: [],
      session: [],
      kind: [],
      source: [],
      sort: undefined,
      page: 1,
    })
  })
  it('cut long queries to 200 characters without breaking emoji', () => {
    expect(normalizeQuery('x'.repeat(10_000))).toHaveLength(200)
    expect(Array.from(normalizeQuery('🙂'.repeat(300)))).toHaveLength(200)
  })
  it('default the sort to relevance with a query and title without', () => {
    expect(effectiveSort({ q: 'x' })).toBe('relevance')
    expect(effectiveSort({ q: '' })).toBe('title')
    expect(effectiveSort({ q: '', sort: 'relevance' })).toBe('title')
    expect(effectiveSort({ q: 'x', sort: 'updated' })).toBe('updated')
  })
  it('write canonical query strings', () => {
    expect(catalogueQueryString({ q: 'beta', objective: [7, 8], actor: ['mx'], sort: 'relevance', page: 1 })).toBe(
      'q=beta&objective=7&objective=8&actor=mx',
    )
    expect(catalogueQueryString({ kind: ['tool'], sort: 'updated', page: 2 })).toBe('kind=tool&sort=updated&page=2')
    expect(catalogueQueryString({ kind: ['policy'], source: ['forum-report', 'proposal'] })).toBe(
      'kind=policy&source=forum-report&source=proposal',
    )
  })
})

import { describe, expect, it } from 'vitest'
import { catalogueViewKey, catalogueViewQuery, normalisedCatalogueQuery } from './catalogue-view-key'

describe('catalogue view keys', () => {
  it('gives equal views one key, whatever the order, defaults or invalid parameters', () => {
    const a = normalisedCatalogueQuery(new URLSearchParams('q=asilo&objective=7&page=1&sort=relevance&_rsc=x'))
    const b = normalisedCatalogueQuery(new URLSearchParams('objective=7&q=asilo'))
    expect(a).toBe('q=asilo&objective=7')
    expect(catalogueViewKey(a)).toBe(catalogueViewKey(b))
    expect(normalisedCatalogueQuery(new URLSearchParams('objective=abc'))).toBe('')
    expect(catalogueViewKey('')).toBe('all')
  })

  it('turns a key back into its view, accents and all', () => {
    for (const query of ['', 'q=regularizaci%C3%B3n+migratoria&kind=good-practice', 'objective=7&objective=8&page=3']) {
      const normalised = normalisedCatalogueQuery(new URLSearchParams(query))
      const key = catalogueViewKey(normalised)
      expect(key).toMatch(/^[A-Za-z0-9_-]+$/)
      expect(catalogueViewQuery(key)).toBe(normalised)
    }
  })

  it('refuses keys that no catalogue URL produces', () => {
    // Not base64url; padding; a query that is not normalised; parameters the catalogue does not read.
    for (const query of ['objective=7&q=asilo', 'page=1', 'utm_source=x'])
      expect(catalogueViewQuery(Buffer.from(query).toString('base64url'))).toBeNull()
    expect(catalogueViewQuery('a/b')).toBeNull()
    expect(catalogueViewQuery('cT1hc2lsbw==')).toBeNull()
    expect(catalogueViewQuery('')).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { cachedResponse, etagOf, ifNoneMatchMatches } from './http'

describe('conditional responses', () => {
  const options = { contentType: 'application/json', lastModified: new Date('2026-01-01T10:00:00.500Z') }

  it('sends ETag, Last-Modified, Cache-Control and CORS', async () => {
    const response = cachedResponse(new Request('http://x/'), '{"a":1}', options)
    expect(response.status).toBe(200)
    expect(response.headers.get('etag')).toBe(etagOf('{"a":1}', 'application/json'))
    expect(response.headers.get('last-modified')).toBe('Thu, 01 Jan 2026 10:00:00 GMT')
    expect(response.headers.get('cache-control')).toMatch(/public/)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(await response.text()).toBe('{"a":1}')
  })

  it('answers 304 to a matching If-None-Match (weak or in a list) and 200 otherwise', () => {
    const etag = etagOf('{"a":1}', 'application/json')
    const get = (headers: Record<string, string>) =>
      cachedResponse(new Request('http://x/', { headers }), '{"a":1}', options).status
    expect(get({ 'If-None-Match': etag })).toBe(304)
    expect(get({ 'If-None-Match': `"other", W/${etag}` })).toBe(304)
    expect(get({ 'If-None-Match': '"other"' })).toBe(200)
    // If-None-Match wins over If-Modified-Since.
    expect(get({ 'If-None-Match': '"other"', 'If-Modified-Since': 'Thu, 01 Jan 2026 10:00:00 GMT' })).toBe(200)
    expect(get({ 'If-Modified-Since': 'Thu, 01 Jan 2026 10:00:00 GMT' })).toBe(304)
    expect(get({ 'If-Modified-Since': 'Thu, 01 Jan 2026 09:59:59 GMT' })).toBe(200)
    expect(get({ 'If-Modified-Since': 'garbage' })).toBe(200)
  })

  it('compares entity tags weakly', () => {
    expect(ifNoneMatchMatches('*', '"x"')).toBe(true)
    expect(ifNoneMatchMatches(null, '"x"')).toBe(false)
    expect(ifNoneMatchMatches('W/"x"', '"x"')).toBe(true)
  })
})

import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { holdResponse } from './hold-response.mjs'
import { completeNotFound } from './not-found-body.mjs'
import { unavailableResponse } from './plain-page.mjs'

let server: http.Server | undefined
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

/** A real server with the serving process's policy, whose handler answers like Next would. */
async function serve(databaseReachable: boolean, respond: (res: http.ServerResponse) => void): Promise<string> {
  server = http.createServer((req, res) => {
    holdResponse(res, {
      hold: (status) => status >= 500 || status === 404,
      settle: async ({ status, headers, body }) => {
        if (status === 404) {
          return completeNotFound(
            { url: req.url, contentType: headers['content-type'], contentEncoding: headers['content-encoding'] },
            body,
          )
        }
        return databaseReachable ? null : unavailableResponse(req.url, { reason: 'database', retryAfterSeconds: 30 })
      },
    })
    respond(res)
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/** Status, headers, flushHeaders, then a body in two chunks, as Next streams a page. */
function streamed(status: number, chunks = ['<p>first</p>', '<p>last</p>'], headers: Record<string, string> = {}) {
  return (res: http.ServerResponse) => {
    res.statusCode = status
    res.setHeader('content-type', 'text/html; charset=utf-8')
    res.setHeader('x-from', 'next')
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    res.flushHeaders()
    res.write(chunks[0])
    setTimeout(() => res.end(chunks[1]), 5)
  }
}

const EMPTY_404 =
  '<!DOCTYPE html><html id="__next_error__"><head><meta charSet="utf-8"/><title>Portal de buenas prácticas de la CRM</title></head>' +
  '<body><script>self.__next_f=[]</script></body></html>'

describe('holdResponse in the serving process', () => {
  it('replaces a streamed 500 by the localised 503 page with Retry-After when the database is unreachable', async () => {
    const origin = await serve(false, streamed(500))
    for (const [path, lang, title] of [
      ['/es/practicas?q=x', 'es', 'Portal no disponible temporalmente'],
      ['/en/practices', 'en', 'Portal temporarily unavailable'],
    ]) {
      const response = await fetch(origin + path)
      expect(response.status).toBe(503)
      expect(response.headers.get('retry-after')).toBe('30')
      expect(response.headers.get('cache-control')).toBe('no-store')
      const body = await response.text()
      expect(body).toContain(`<html lang="${lang}">`)
      expect(body).toContain(`<title>${title}</title>`)
      expect(body).not.toContain('first')
    }
  })

  it('answers the API with problem JSON in English', async () => {
    const origin = await serve(false, streamed(500))
    const response = await fetch(`${origin}/api/v1/practices?q=x`)
    expect(response.status).toBe(503)
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(await response.json()).toMatchObject({ status: 503, title: 'Portal temporarily unavailable' })
  })

  it('lets a 500 through unchanged when the database is reachable (a bug is a 500)', async () => {
    const origin = await serve(true, streamed(500))
    const response = await fetch(origin + '/es')
    expect(response.status).toBe(500)
    expect(response.headers.get('x-from')).toBe('next')
    expect(await response.text()).toBe('<p>first</p><p>last</p>')
  })

  it('never holds a successful response', async () => {
    const origin = await serve(false, (res) => {
      res.writeHead(200, { 'content-type': 'text/plain' })
      res.end('fine')
    })
    expect(await (await fetch(origin + '/es')).text()).toBe('fine')
    const streamedOk = await serve(false, streamed(200))
    const response = await fetch(streamedOk + '/en')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('<p>first</p><p>last</p>')
  })

  it('fills in the empty 404 document in the path’s language, also when it was compressed', async () => {
    const half = EMPTY_404.length >> 1
    const publicHeaders = { 'cache-control': 'public, max-age=0, s-maxage=60', 'x-frame-options': 'DENY' }
    const plain = await serve(true, streamed(404, [EMPTY_404.slice(0, half), EMPTY_404.slice(half)], publicHeaders))
    const english = await fetch(plain + '/en/nope')
    expect(english.status).toBe(404)
    // Only the body is filled in: the app's caching and security headers stay.
    expect(english.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60')
    expect(english.headers.get('x-frame-options')).toBe('DENY')
    const body = await english.text()
    expect(body).toContain('<html id="__next_error__" lang="en">')
    expect(body).toContain('<title>Page not found · RCM Good Practice Portal</title>')
    expect(body).toMatch(/<body><main id="main">.*<h1>We couldn’t find this page<\/h1>.*href="\/en\/practices"/)
    expect(body).toContain('<script>self.__next_f=[]</script>') // the app still takes over with JavaScript

    const zipped = gzipSync(EMPTY_404)
    const compressed = await serve(true, (res) => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' })
      res.end(zipped)
    })
    const spanish = await fetch(compressed + '/es/practicas/no-existe')
    expect(spanish.headers.get('content-encoding')).toBeNull()
    expect(await spanish.text()).toContain('<h1>No encontramos esta página</h1>')
  })

  it('leaves a 404 alone when Next did render it, or when it is not HTML', async () => {
    const rendered = await serve(true, streamed(404, ['<html lang="es"><body><h1>', 'Ya</h1></body></html>']))
    expect(await (await fetch(rendered + '/es/x')).text()).toBe('<html lang="es"><body><h1>Ya</h1></body></html>')
    const api = await serve(true, (res) => {
      res.writeHead(404, { 'content-type': 'application/problem+json' })
      res.end('{"status":404}')
    })
    expect(await (await fetch(api + '/api/v1/practices/x')).json()).toEqual({ status: 404 })
  })
})

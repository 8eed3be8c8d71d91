import { describe, expect, it } from 'vitest'
import { badPathResponse } from './request-error-page'

describe('badPathResponse', () => {
  it('is a 400 page in the language of the path, linking home, never echoing the path', async () => {
    const spanish = badPathResponse('/es/practicas/%C3%28<script>')
    expect(spanish.status).toBe(400)
    const html = await spanish.text()
    expect(html).toContain('<html lang="es">')
    expect(html).toContain('Dirección no válida')
    expect(html).toContain('href="/es"')
    expect(html).not.toContain('<script>')
    const english = await badPathResponse('/en/practices/%25').text()
    expect(english).toContain('Invalid address')
  })
})

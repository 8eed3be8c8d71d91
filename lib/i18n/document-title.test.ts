import { describe, expect, it } from 'vitest'
import { documentTitle, TITLE_MAX_LENGTH } from './document-title'

const SITE = 'Portal de buenas prácticas de la CRM'

describe('documentTitle', () => {
  it('keeps a short title with the site name (the layout’s template adds it)', () => {
    expect(documentTitle('Comunicado conjunto', SITE)).toBe('Comunicado conjunto')
    expect(documentTitle(undefined, SITE)).toEqual({ absolute: SITE })
  })

  it('cuts a long title at a word to about 70 characters, without the site name', () => {
    const long =
      'Protocolo para la detección, atención y protección integral de las personas menores de edad que requieren protección internacional, sean solicitantes de la condición de refugiados, refugiadas o apátridas'
    const title = documentTitle(long, SITE) as { absolute: string }
    expect(title.absolute.length).toBeLessThanOrEqual(TITLE_MAX_LENGTH)
    expect(title.absolute).toBe('Protocolo para la detección, atención y protección integral de las…')
  })
})

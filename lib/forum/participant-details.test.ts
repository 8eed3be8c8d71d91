import { describe, expect, it } from 'vitest'
import { participantDetails } from './participant-details'

describe('participantDetails', () => {
  it('says a role once when the institution repeats it (Türkiye in annex 1)', () => {
    expect(
      participantDetails(
        'Director General of Consular Affairs',
        'Director General of Consular Affairs, Ministry of Foreign Affairs of the Republic of Türkiye',
      ),
    ).toBe('Director General of Consular Affairs, Ministry of Foreign Affairs of the Republic of Türkiye')
    expect(participantDetails('Consultora', 'Consultora')).toBe('Consultora')
  })

  it('joins a different role and institution, and keeps a lone one', () => {
    expect(participantDetails('Embajadora', 'Embajada de El Salvador en Panamá')).toBe(
      'Embajadora · Embajada de El Salvador en Panamá',
    )
    expect(participantDetails(null, 'CICR')).toBe('CICR')
    expect(participantDetails('Director', null)).toBe('Director')
    expect(participantDetails(null, null)).toBe('')
  })
})

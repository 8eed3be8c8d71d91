// Claims the report does not make must not come back (issue 13). Each expectation cites the report line
// (shared/seeds/000_3ea1459b529c2a9a.txt) it follows.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadContent } from './load'

const content = loadContent()
const messages = (locale: string) => readFileSync(path.join(process.cwd(), 'messages', `${locale}.json`), 'utf8')
const practice = (slug: string) => {
  const found = content.practices.find((p) => p.slug === slug)
  if (!found) throw new Error(`no practice ${slug}`)
  return found
}

describe('content says only what the report says', () => {
  it('gives the communiqué no signatories and both of its dates (l.669: "27 y 28 de septiembre de 2023")', () => {
    expect(content.communique).not.toHaveProperty('signatories')
    expect(content.communique.startDate).toBe('2023-09-27')
    expect(content.communique.endDate).toBe('2023-09-28')
    for (const locale of ['es', 'en']) expect(messages(locale)).not.toMatch(/firmante|signator/i)
  })

  it('never says the communiqué was adopted at the close of the forum', () => {
    expect(messages('es')).not.toMatch(/adoptado al cierre/i)
    expect(messages('en')).not.toMatch(/adopted at the close/i)
  })

  it('keeps the RROCM and the CRM Executive Secretariat out of the observers (l.108)', () => {
    const group = (slug: string) => content.actors.find((a) => a.slug === slug)?.group
    expect(group('rrocm')).toBe('civil-society')
    expect(group('se-crm')).toBe('crm-secretariat')
    expect(content.actors.some((a) => (a.group as string) === 'observer')).toBe(false)
  })

  it('attributes the IOM regional study to IOM alone (l.351) and TRICAMEX to Mexico alone (l.240)', () => {
    expect(practice('estudio-regional-programas-regularizacion-migratoria').actors).toEqual(['oim'])
    expect(practice('tricamex-mecanismo-concertacion-consular').actors).toEqual(['mx'])
    // The Dominican Republic did not attend and presented nothing: not an actor.
    expect(content.actors.some((a) => a.slug === 'do')).toBe(false)
    expect(content.practices.some((p) => p.actors.includes('do'))).toBe(false)
  })

  it('gives every objective outside a practice’s sessions a reason (the tagging rule of ADR 003)', () => {
    const sessionObjectives = new Map(content.sessions.map((s) => [s.slug, s.objectives]))
    const unexplained = content.practices
      .filter((p) => {
        const allowed = new Set(p.listedIn.flatMap((l) => sessionObjectives.get(l.session) ?? []))
        return p.objectives.some((n) => !allowed.has(n)) && !p.objectivesReason
      })
      .map((p) => p.slug)
    expect(unexplained).toEqual([])
    // The weakest tags were corrected, not justified.
    expect(practice('grupo-trabajo-interagencial').objectives).toEqual([7])
    expect(practice('pacto-mundial-sobre-refugiados').objectives).toEqual([7])
    expect(practice('visados-permisos-trabajo').objectives).toEqual([5])
  })

  it('explains the 17 countries of the communiqué (l.672) against the 18 of annex 1', () => {
    const figure = content.keyFigures.find((k) => k.key === 'forum-countries')!
    expect(figure.value.es).toBe('17')
    expect(figure.label.es).toMatch(/18/)
    expect(figure.label.en).toMatch(/18/)
    expect(JSON.parse(messages('es')).Delegations.countriesNote).toMatch(/17.*18/)
  })

  it('keeps the actors file free of the stale Chile comment', () => {
    const actors = readFileSync(path.join(process.cwd(), 'content', 'actors.yaml'), 'utf8')
    expect(actors).not.toMatch(/Chile is NOT a champion country: it is\s*#?\s*here only/)
  })
})

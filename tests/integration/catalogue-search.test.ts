// The catalogue search (issue 4) against the seeded forum content, on whichever engine this run uses
// (PostgreSQL by default, PGlite with TEST_DB_ENGINE=pglite): accentless, typo, acronym,
// cross-language and phrase queries; facet counts; OR within and AND across facets; published
// practices only; hostile input; search columns kept fresh by the database's triggers.
import { afterAll, describe, expect, it } from 'vitest'
import { loadContent } from '@/lib/content/load'
import { db } from '@/lib/db'
import { searchPractices, type CatalogueResult, type SearchPracticesInput } from '@/lib/practices/queries'

const content = loadContent()
const ALL = 500

async function slugs(input: Omit<SearchPracticesInput, 'pageSize'>): Promise<string[]> {
  const result = await searchPractices({ pageSize: 100, ...input })
  expect(result.total).toBeLessThanOrEqual(100)
  return result.items.map((item) => item.slug)
}

function count(result: CatalogueResult, facet: keyof CatalogueResult['facets'], value: string): number {
  return result.facets[facet].find((f) => f.value === value)?.count ?? 0
}

describe('catalogue search: queries find the expected practices', () => {
  it('lists every published practice when there is no query, sorted by title', async () => {
    const result = await searchPractices({ locale: 'es', pageSize: 100 })
    expect(result.total).toBe(content.practices.length)
    expect(result.sort).toBe('title')
    const titles = result.items.map((i) => i.title.text)
    const collator = new Intl.Collator('es', { sensitivity: 'base' })
    const sorted = [...titles].sort((a, b) => collator.compare(a, b))
    // The database sorts unaccented lower-case titles: the same order as the Spanish collation here.
    expect(titles.map((t) => t.charAt(0).toLowerCase())).toEqual(sorted.map((t) => t.charAt(0).toLowerCase()))
  })

  it('ignores accents: "regularizacion" finds the regularisation practices', async () => {
    const found = await slugs({ locale: 'es', q: 'regularizacion' })
    expect(found).toEqual(
      expect.arrayContaining([
        'protocolo-regularizacion-menores-patronato-nacional-infancia',
        'estudio-regional-programas-regularizacion-migratoria',
        'programa-regularizacion-ciudadanos-colombianos',
        'brigadas-moviles-regularizacion',
      ]),
    )
    expect(await slugs({ locale: 'es', q: 'REGULARIZACIÓN' })).toEqual(found)
    // "busqueda" (no accent) matches "búsqueda" in the Grupo Beta and USAR texts.
    expect(await slugs({ locale: 'es', q: 'busqueda rescate' })).toEqual(
      expect.arrayContaining(['grupo-beta-proteccion-migrantes', 'equipo-usar-panama']),
    )
  })

  it('tolerates typos: "grupo veta" finds Grupo Beta first', async () => {
    const result = await searchPractices({ locale: 'es', q: 'grupo veta' })
    expect(result.items[0]?.slug).toBe('grupo-beta-proteccion-migrantes')
    expect(result.q).toBe('grupo veta')
    expect(result.correctedQuery).toBe('grupo beta')
    const en = await searchPractices({ locale: 'en', q: 'grupo veta' })
    expect(en.items.map((i) => i.slug)).toContain('grupo-beta-proteccion-migrantes')
    // Stop words are never "corrected" into other words.
    expect((await searchPractices({ locale: 'es', q: 'grupo veta les' })).correctedQuery).toBe('grupo beta les')
    expect((await searchPractices({ locale: 'en', q: 'was grupo veta' })).correctedQuery).toBe('was grupo beta')
    // Words that find something are never "corrected".
    expect((await searchPractices({ locale: 'es', q: 'grupo beta' })).correctedQuery).toBeNull()
    // Run-together words are no edit away from a known word: the trigram fallback finds them.
    const joined = await searchPractices({ locale: 'es', q: 'grupobeta' })
    expect(joined.correctedQuery).toBeNull()
    expect(joined.items.map((i) => i.slug)).toContain('grupo-beta-proteccion-migrantes')
  })

  it('matches acronyms and prefixes: "fonat" → FONATT, "RUEX" and "ruex" → RUEX', async () => {
    expect((await slugs({ locale: 'es', q: 'fonat' }))[0]).toBe('fonatt-fondo-nacional-contra-trata-trafico')
    expect((await slugs({ locale: 'en', q: 'fonat' }))[0]).toBe('fonatt-fondo-nacional-contra-trata-trafico')
    expect((await slugs({ locale: 'es', q: 'RUEX' }))[0]).toBe('ruex-registro-unico-extranjeria')
    expect((await slugs({ locale: 'en', q: 'ruex' }))[0]).toBe('ruex-registro-unico-extranjeria')
  })

  it('finds a practice through either language, UI language first', async () => {
    // English words from the Spanish UI.
    const fromSpanishUi = await slugs({ locale: 'es', q: 'search and rescue' })
    expect(fromSpanishUi).toEqual(expect.arrayContaining(['equipo-usar-panama', 'grupo-beta-proteccion-migrantes']))
    // Spanish words from the English UI.
    const fromEnglishUi = await slugs({ locale: 'en', q: 'búsqueda y rescate' })
    expect(fromEnglishUi).toEqual(expect.arrayContaining(['equipo-usar-panama', 'grupo-beta-proteccion-migrantes']))
    // "Fondo" is Spanish: from the English UI the FONATT record (whose English title says "Fund") is
    // still found, through its Spanish text.
    expect(await slugs({ locale: 'en', q: 'fondo nacional trata' })).toContain(
      'fonatt-fondo-nacional-contra-trata-trafico',
    )
  })

  it('ranks matches in the UI language first', async () => {
    // Two practices alike but for the language their title carries the query word in: the one that
    // has it in English ranks first from the English UI, the one that has it in Spanish from the
    // Spanish UI. (The earlier version accepted a Spanish match ranked first in English.)
    const word = 'Zorblaxian'
    const base = {
      kind: 'TOOL' as const,
      status: 'PUBLISHED' as const,
      summaryEs: 'Resumen de prueba.',
      summaryEn: 'Test summary.',
    }
    const inEnglish = await db().practice.create({
      data: {
        ...base,
        slug: 'test-rank-english',
        titleEs: 'Herramienta de prueba uno',
        titleEn: `${word} test tool one`,
      },
      select: { id: true },
    })
    const inSpanish = await db().practice.create({
      data: {
        ...base,
        slug: 'test-rank-spanish',
        titleEs: `Herramienta ${word} de prueba dos`,
        titleEn: 'Test tool two',
      },
      select: { id: true },
    })
    try {
      const en = await slugs({ locale: 'en', q: word.toLowerCase() })
      const es = await slugs({ locale: 'es', q: word.toLowerCase() })
      // Both languages are searched from either UI…
      expect([...en].sort()).toEqual(['test-rank-english', 'test-rank-spanish'])
      expect([...es].sort()).toEqual(['test-rank-english', 'test-rank-spanish'])
      // …and the UI language's match comes first.
      expect(en[0]).toBe('test-rank-english')
      expect(es[0]).toBe('test-rank-spanish')
    } finally {
      await db().practice.deleteMany({ where: { id: { in: [inEnglish.id, inSpanish.id] } } })
    }
  })

  it('honours quoted phrases', async () => {
    const loose = await slugs({ locale: 'en', q: 'search and rescue' })
    const phrase = await slugs({ locale: 'en', q: '"search and rescue"' })
    expect(phrase).toContain('equipo-usar-panama')
    // The Grupo Beta texts say "search for and rescue": a match for the words, not the phrase.
    expect(loose).toContain('grupo-beta-proteccion-migrantes')
    expect(phrase).not.toContain('grupo-beta-proteccion-migrantes')
  })

  it('highlights matched words in the snippet as segments, not HTML', async () => {
    const result = await searchPractices({ locale: 'es', q: 'rescate' })
    const beta = result.items.find((i) => i.slug === 'grupo-beta-proteccion-migrantes')
    expect(beta).toBeDefined()
    const matched = beta!.snippet.filter((s) => s.match).map((s) => s.text.toLowerCase())
    expect(matched).toContain('rescate')
    expect(beta!.snippet.map((s) => s.text).join('')).not.toMatch(/[<>\u0001\u0002]/)
  })

  it('shows close matches when nothing matches', async () => {
    const result = await searchPractices({ locale: 'es', q: 'regularisasion xyzzq', kind: ['policy'] })
    expect(result.total).toBe(0)
    expect(result.items).toEqual([])
    expect(result.closeMatches.length).toBeGreaterThan(0)
  })
})

describe('catalogue search: facets', () => {
  it('shows all 23 objectives, with zero counts too', async () => {
    const result = await searchPractices({ locale: 'en', q: 'fonatt' })
    expect(result.facets.objective.map((f) => f.value)).toEqual(Array.from({ length: 23 }, (_, i) => String(i + 1)))
    expect(result.facets.objective.filter((f) => f.count === 0).length).toBeGreaterThan(0)
    expect(result.facets.objective.every((f) => f.label.length > 0)).toBe(true)
  })

  it('counts equal the totals of the filtered result sets', async () => {
    const base = { locale: 'es' as const, q: 'migrantes', kind: ['good-practice' as const] }
    const result = await searchPractices(base)
    expect(result.total).toBeGreaterThan(0)
    for (const facet of ['objective', 'actor', 'session'] as const) {
      for (const value of result.facets[facet].filter((f) => f.count > 0).slice(0, 6)) {
        const filtered = await searchPractices({
          ...base,
          [facet]: facet === 'objective' ? [Number(value.value)] : [value.value],
        })
        expect(filtered.total, `${facet}=${value.value}`).toBe(value.count)
      }
    }
    // Kind counts ignore the kind filter itself (a facet's counts apply the other facets' filters).
    for (const kind of result.facets.kind) {
      const filtered = await searchPractices({ ...base, kind: [kind.value as 'good-practice'] })
      expect(filtered.total, kind.value).toBe(kind.count)
    }
    // Source counts likewise, with the kind filter applied (the seed's practices all come from the report).
    for (const source of result.facets.source) {
      const filtered = await searchPractices({ ...base, source: [source.value as 'proposal'] })
      expect(filtered.total, source.value).toBe(source.count)
    }
    expect(result.facets.source.map((s) => s.value)).toEqual(['forum-report', 'proposal', 'secretariat'])
    // Without filters the kind counts, and the source counts, add up to the total.
    const unfiltered = await searchPractices({ locale: 'es', q: 'migrantes' })
    expect(unfiltered.facets.kind.reduce((sum, k) => sum + k.count, 0)).toBe(unfiltered.total)
    expect(unfiltered.facets.source.reduce((sum, k) => sum + k.count, 0)).toBe(unfiltered.total)
  })

  it('combines values of one facet with OR and different facets with AND', async () => {
    const seven = await slugs({ locale: 'es', objective: [7] })
    const eight = await slugs({ locale: 'es', objective: [8] })
    const either = await slugs({ locale: 'es', objective: [7, 8] })
    expect(new Set(either)).toEqual(new Set([...seven, ...eight]))
    expect(either.length).toBeGreaterThan(Math.max(seven.length, eight.length) - 1)

    const mexico = await slugs({ locale: 'es', actor: ['mx'] })
    const sevenAndMexico = await slugs({ locale: 'es', objective: [7], actor: ['mx'] })
    expect(new Set(sevenAndMexico)).toEqual(new Set(seven.filter((s) => mexico.includes(s))))
    expect(sevenAndMexico).toContain('oficiales-proteccion-infancia-atencion-grupos-vulnerables')

    const tools = await slugs({ locale: 'es', kind: ['tool'] })
    const toolsOrPolicies = await slugs({ locale: 'es', kind: ['tool', 'policy'] })
    const policies = await slugs({ locale: 'es', kind: ['policy'] })
    expect(new Set(toolsOrPolicies)).toEqual(new Set([...tools, ...policies]))

    const result = await searchPractices({ locale: 'es', objective: [7], actor: ['mx'] })
    // The actor facet's count for Mexico is the AND of the objective filter and Mexico.
    expect(count(result, 'actor', 'mx')).toBe(sevenAndMexico.length)
    // The objective facet's count for 7 is computed with the actor filter only.
    expect(count(result, 'objective', '7')).toBe(sevenAndMexico.length)
  })

  it('sorts by title, most recently updated and relevance; pages through the results', async () => {
    const all = await searchPractices({ locale: 'en', pageSize: ALL > 100 ? 100 : ALL })
    const page1 = await searchPractices({ locale: 'en', pageSize: 10, page: 1 })
    const page2 = await searchPractices({ locale: 'en', pageSize: 10, page: 2 })
    expect(page1.pageCount).toBe(Math.ceil(all.total / 10))
    expect([...page1.items, ...page2.items].map((i) => i.slug)).toEqual(all.items.slice(0, 20).map((i) => i.slug))
    const updated = await searchPractices({ locale: 'en', sort: 'updated', pageSize: 100 })
    const times = updated.items.map((i) => i.updatedAt.getTime())
    expect(times).toEqual([...times].sort((a, b) => b - a))
    const beyond = await searchPractices({ locale: 'en', page: 999 })
    expect(beyond.items).toEqual([])
    expect(beyond.total).toBe(all.total)
  })
})

describe('catalogue search: safety and freshness', () => {
  const hostile = [
    '"',
    "'",
    '"unbalanced',
    '& | ! ( ) : * < >',
    'a & b | !c',
    '\'; DROP TABLE "Practice"; --',
    "1' OR '1'='1",
    'rescue:* & !',
    '<script>alert(1)</script>',
    '🙂🚀 migrantes 👩🏽‍🌾',
    '\u0000\u0001\u0002 null bytes',
    '-',
    ' or or or ',
    '"" -"" or',
    '½ ² ℃',
    '日本語テキスト',
    'x'.repeat(10_000),
    'migrantes '.repeat(2_000),
    '\\',
    '%_%',
  ]

  it.each(hostile.map((q) => [q.length > 40 ? `${q.slice(0, 20)}… (${q.length} chars)` : q, q]))(
    'returns a normal result for %s',
    async (_label, q) => {
      for (const locale of ['es', 'en'] as const) {
        const result = await searchPractices({ locale, q, objective: [7], actor: ['mx', "x'y"], kind: ['tool'] })
        expect(result.q.length).toBeLessThanOrEqual(200)
        expect(Array.isArray(result.items)).toBe(true)
        expect(result.facets.objective).toHaveLength(23)
        const plain = await searchPractices({ locale, q })
        expect(plain.total).toBeGreaterThanOrEqual(0)
      }
    },
  )

  const created: number[] = []
  afterAll(async () => {
    if (created.length) await db().practice.deleteMany({ where: { id: { in: created } } })
  })

  it('never returns unpublished or deleted practices, and keeps the search columns fresh', async () => {
    const prisma = db()
    const marker = 'Quetzalcoatlus'
    const base = { kind: 'TOOL' as const, summaryEs: `Resumen ${marker}`, summaryEn: `Summary ${marker}` }
    const draft = await prisma.practice.create({
      data: { ...base, slug: 'test-draft-practice', titleEs: `Borrador ${marker}`, status: 'DRAFT' },
    })
    const review = await prisma.practice.create({
      data: { ...base, slug: 'test-review-practice', titleEs: `Revisión ${marker}`, status: 'IN_REVIEW' },
    })
    const archived = await prisma.practice.create({
      data: { ...base, slug: 'test-archived-practice', titleEs: `Archivo ${marker}`, status: 'ARCHIVED' },
    })
    const deleted = await prisma.practice.create({
      data: {
        ...base,
        slug: 'test-deleted-practice',
        titleEs: `Borrada ${marker}`,
        status: 'PUBLISHED',
        deletedAt: new Date(),
      },
    })
    const published = await prisma.practice.create({
      data: { ...base, slug: 'test-published-practice', titleEs: `Publicada ${marker}`, status: 'PUBLISHED' },
    })
    created.push(draft.id, review.id, archived.id, deleted.id, published.id)

    expect(await slugs({ locale: 'es', q: marker })).toEqual(['test-published-practice'])
    expect(await slugs({ locale: 'en', q: marker.toLowerCase() })).toEqual(['test-published-practice'])
    const everything = await searchPractices({ locale: 'es', pageSize: 100 })
    expect(everything.total).toBe(content.practices.length + 1)
    expect(everything.items.map((i) => i.slug)).not.toEqual(expect.arrayContaining(['test-draft-practice']))

    // Title edits, new actor and objective links, and actor renames reach the search columns.
    await prisma.practice.update({ where: { id: published.id }, data: { titleEs: 'Publicada Archaeopteryx' } })
    expect(await slugs({ locale: 'es', q: 'archaeopteryx' })).toEqual(['test-published-practice'])
    expect(await slugs({ locale: 'es', q: marker })).toEqual(['test-published-practice']) // still in the summary

    const actor = await prisma.actor.create({
      data: {
        slug: 'test-actor',
        type: 'ORGANIZATION',
        nameEs: 'Organización Zapotecanómica',
        nameEn: 'Zapotecanomic Organisation',
        acronymEs: 'OZQX',
        acronymEn: 'ZOQX',
        group: 'INTERNATIONAL_ORGANIZATION',
      },
    })
    try {
      await prisma.practiceActor.create({ data: { practiceId: published.id, actorId: actor.id } })
      expect(await slugs({ locale: 'en', q: 'zoqx' })).toEqual(['test-published-practice'])
      expect(await slugs({ locale: 'es', q: 'zapotecanomica' })).toEqual(['test-published-practice'])
      await prisma.actor.update({ where: { id: actor.id }, data: { acronymEn: 'ZWQX' } })
      expect(await slugs({ locale: 'en', q: 'zwqx' })).toEqual(['test-published-practice'])
      // The old acronym is gone from the index: only the spelling correction (one edit away) finds it.
      const renamed = await searchPractices({ locale: 'en', q: 'zoqx' })
      expect(renamed.correctedQuery).toBe('zwqx')
      await prisma.practiceActor.deleteMany({ where: { actorId: actor.id } })
      expect(await slugs({ locale: 'en', q: 'zwqx' })).toEqual([])

      await prisma.practiceObjective.create({ data: { practiceId: published.id, objectiveNumber: 21 } })
      const withObjective = await searchPractices({ locale: 'es', q: 'archaeopteryx' })
      expect(count(withObjective, 'objective', '21')).toBe(1)

      // English missing: the English UI falls back to Spanish and says so.
      const en = await searchPractices({ locale: 'en', q: 'archaeopteryx' })
      expect(en.items[0]?.title).toEqual({ text: 'Publicada Archaeopteryx', untranslated: true })
    } finally {
      await prisma.actor.delete({ where: { id: actor.id } })
    }
  })
})

describe('catalogue index: bounded ranking and exact stored counts', () => {
  const prefix = 'test-window-'
  afterAll(async () => {
    await db().practice.deleteMany({ where: { slug: { startsWith: prefix } } })
  })

  /** The stored whole-catalogue counts must equal the counts recomputed from the entries. */
  async function expectStoredCountsExact() {
    const mismatches = await db().$queryRaw<{ facet: string; value: string; stored: number; actual: number }[]>`
      WITH actual AS (
        SELECT k.facet, k.value, count(*)::int AS n FROM "CatalogueEntry" e
         CROSS JOIN LATERAL crm_catalogue_facet_keys(e.kind, e.source, e."objectiveNumbers", e."actorIds", e."sessionIds") k
         GROUP BY k.facet, k.value)
      SELECT coalesce(a.facet, s.facet) AS facet, coalesce(a.value, s.value) AS value,
             coalesce(s.count, 0) AS stored, coalesce(a.n, 0) AS actual
        FROM actual a FULL JOIN "CatalogueFacetCount" s ON s.facet = a.facet AND s.value = a.value
       WHERE coalesce(s.count, 0) <> coalesce(a.n, 0)`
    expect(mismatches).toEqual([])
    const wrongTerms = await db().$queryRaw<{ term: string }[]>`
      WITH actual AS (
        SELECT w AS term, count(*)::int AS n FROM "CatalogueEntry" e CROSS JOIN LATERAL crm_catalogue_terms_of(e."searchTrgm") AS w GROUP BY w)
      SELECT coalesce(a.term, t.term) AS term FROM actual a FULL JOIN "CatalogueTerm" t ON t.term = a.term
       WHERE coalesce(t.entries, 0) <> coalesce(a.n, 0)`
    expect(wrongTerms).toEqual([])
    const [entries] = await db().$queryRaw<{ missing: number; extra: number }[]>`
      SELECT (SELECT count(*)::int FROM "Practice" p WHERE p.status = 'PUBLISHED' AND p."deletedAt" IS NULL
                 AND NOT EXISTS (SELECT 1 FROM "CatalogueEntry" e WHERE e."practiceId" = p.id)) AS missing,
             (SELECT count(*)::int FROM "CatalogueEntry" e JOIN "Practice" p ON p.id = e."practiceId"
               WHERE p.status <> 'PUBLISHED' OR p."deletedAt" IS NOT NULL) AS extra`
    expect(entries).toEqual({ missing: 0, extra: 0 })
  }

  // 2,103 matches: more than the ranking window, and a "broad" query (at least 2,000 matches and a
  // fifth of the catalogue), whose candidates are probed for among the most recent entries.
  it('pages through a broad query beyond the ranking window without gaps or repeats; title matches first', async () => {
    const prisma = db()
    const marker = 'Ornithomimus'
    const now = Date.now()
    // 3 old practices name the marker in their titles; 2,100 newer ones only in their summaries.
    await prisma.practice.createMany({
      data: [
        ...Array.from({ length: 3 }, (_, i) => ({
          slug: `${prefix}title-${i}`,
          kind: 'TOOL' as const,
          status: 'PUBLISHED' as const,
          titleEs: `${marker} herramienta ${i}`,
          summaryEs: 'Resumen sin la palabra.',
          updatedAt: new Date(now - 86_400_000 * (30 + i)),
        })),
        ...Array.from({ length: 2_100 }, (_, i) => ({
          slug: `${prefix}summary-${i}`,
          kind: 'GOOD_PRACTICE' as const,
          status: 'PUBLISHED' as const,
          titleEs: `Práctica de prueba ${i}`,
          summaryEs: `Un resumen que menciona ${marker} de pasada.`,
          updatedAt: new Date(now - 1000 * i),
        })),
      ],
    })
    const ids = (await prisma.practice.findMany({ where: { slug: { startsWith: prefix } }, select: { id: true } })).map(
      (p) => p.id,
    )
    await prisma.practiceObjective.createMany({
      data: ids.map((practiceId, i) => ({ practiceId, objectiveNumber: 1 + (i % 3) })),
    })

    const first = await searchPractices({ locale: 'es', q: marker.toLowerCase(), pageSize: 100 })
    expect(first.total).toBe(2_103)
    expect(
      first.items
        .slice(0, 3)
        .map((i) => i.slug)
        .sort(),
    ).toEqual([0, 1, 2].map((i) => `${prefix}title-${i}`))
    expect(count(first, 'objective', '1') + count(first, 'objective', '2') + count(first, 'objective', '3')).toBe(2_103)
    expect(count(first, 'kind', 'tool')).toBe(3)

    const seen: string[] = []
    for (let page = 1; page <= 22; page++) {
      const result = await searchPractices({ locale: 'es', q: marker.toLowerCase(), pageSize: 100, page })
      seen.push(...result.items.map((i) => i.slug))
    }
    expect(seen).toHaveLength(2_103)
    expect(new Set(seen).size).toBe(2_103)
    await expectStoredCountsExact()
  })

  it('keeps the stored whole-catalogue counts exact through publishing, relinking and deleting', async () => {
    const prisma = db()
    await expectStoredCountsExact()
    const some = await prisma.practice.findMany({
      where: { slug: { startsWith: `${prefix}summary-1` } },
      select: { id: true, slug: true },
      orderBy: { id: 'asc' },
    })
    expect(some.length).toBeGreaterThan(10)
    const [a, b, c, d] = some.map((p) => p.id)
    await prisma.practice.update({ where: { id: a! }, data: { status: 'DRAFT' } })
    await prisma.practice.update({ where: { id: b! }, data: { deletedAt: new Date() } })
    await prisma.practice.update({ where: { id: c! }, data: { kind: 'POLICY' } })
    // A practice whose provenance changes moves between the "source" facet's values.
    await prisma.practice.update({ where: { id: d! }, data: { source: 'PROPOSAL' } })
    await prisma.practiceObjective.deleteMany({ where: { practiceId: d! } })
    await prisma.practiceObjective.createMany({
      data: [
        { practiceId: d!, objectiveNumber: 20 },
        { practiceId: d!, objectiveNumber: 21 },
      ],
    })
    const mexico = await prisma.actor.findUniqueOrThrow({ where: { slug: 'mx' } })
    await prisma.practiceActor.create({ data: { practiceId: d!, actorId: mexico.id } })
    await expectStoredCountsExact()

    // Unfiltered browsing reads the stored counts: they agree with the filtered totals.
    const browse = await searchPractices({ locale: 'es' })
    const policies = await searchPractices({ locale: 'es', kind: ['policy'] })
    expect(count(browse, 'kind', 'policy')).toBe(policies.total)
    const objective20 = await searchPractices({ locale: 'es', objective: [20] })
    expect(count(browse, 'objective', '20')).toBe(objective20.total)
    const proposed = await searchPractices({ locale: 'es', source: ['proposal'] })
    expect(proposed.items.map((item) => item.slug)).toContain(some[3]!.slug)
    expect(count(browse, 'source', 'proposal')).toBe(proposed.total)
    const fromReport = await searchPractices({ locale: 'es', source: ['forum-report'] })
    expect(count(browse, 'source', 'forum-report')).toBe(fromReport.total)
    expect(fromReport.total + proposed.total + count(browse, 'source', 'secretariat')).toBe(browse.total)

    await prisma.practice.update({ where: { id: a! }, data: { status: 'PUBLISHED' } })
    await prisma.practice.deleteMany({ where: { id: { in: [b!, c!] } } })
    await expectStoredCountsExact()
  })
})

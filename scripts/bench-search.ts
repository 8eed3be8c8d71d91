// `npm run bench:search`: the catalogue's data function (searchPractices: a page of results plus every
// facet's counts) on a throwaway database holding the real content plus N synthetic practices
// (1,000, 10,000, 100,000), built from the real content's bilingual text. Prints p50/p95 per query,
// the 100k/10k growth ratio, and EXPLAIN ANALYZE excerpts. Not a test: figures go to docs/benchmarks.md.
//
//   npm run bench:search                               PostgreSQL throwaway cluster (PGlite without the binaries)
//   npm run bench:search -- --engine=pglite --sizes=1000,10000
//   npm run bench:search -- --runs=50 --no-explain
//   npm run bench:search -- --sizes=100000 --keep     leave the cluster running to study plans in psql
//
// Run with `tsx --conditions=react-server` (the npm script does) so lib/practices/queries.ts's
// `import 'server-only'` resolves to its empty server build.
import os from 'node:os'
import type { ThrowawayDatabase } from '../tests/setup/throwaway-database'

type Args = { engine: 'postgresql' | 'pglite'; sizes: number[]; runs: number; explain: boolean; keep: boolean }

function parseArgs(argv: string[]): Args {
  const get = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1]
  const engine = get('engine') === 'pglite' ? 'pglite' : 'postgresql'
  const sizes = (get('sizes') ?? '1000,10000,100000')
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0)
  return {
    engine,
    sizes: sizes.sort((a, b) => a - b),
    runs: Number(get('runs') ?? 30),
    explain: !argv.includes('--no-explain'),
    keep: argv.includes('--keep'),
  }
}

type Query = { name: string; input: Record<string, unknown> }

/** The fixed query set (issue 4): single word, phrase, accentless, typo, acronym, facet-only, query + 3 facets. */
const QUERIES: Query[] = [
  { name: 'single word', input: { locale: 'es', q: 'migrantes' } },
  { name: 'phrase', input: { locale: 'es', q: '"búsqueda y rescate"' } },
  { name: 'accentless', input: { locale: 'es', q: 'regularizacion migratoria' } },
  { name: 'typo', input: { locale: 'es', q: 'grupo veta' } },
  { name: 'acronym', input: { locale: 'es', q: 'RUEX' } },
  { name: 'cross-language', input: { locale: 'es', q: 'search and rescue' } },
  { name: 'facet only', input: { locale: 'en', objective: [7] } },
  { name: 'no filter (browse)', input: { locale: 'en' } },
  {
    name: 'query + 3 facets',
    input: { locale: 'es', q: 'proteccion', objective: [7, 8], actor: ['mx'], kind: ['good-practice'] },
  },
]

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index] ?? NaN
}

async function main() {
  const args = parseArgs(process.argv.slice(2))
  const { startThrowawayCluster, startThrowawayDatabase } = await import('../tests/setup/throwaway-database')
  let database: ThrowawayDatabase | undefined
  if (args.engine === 'postgresql') database = await startThrowawayCluster()
  if (!database) {
    process.env.TEST_DB_ENGINE = 'pglite'
    database = await startThrowawayDatabase()
  }
  process.env.DATABASE_URL = database.env.DATABASE_URL
  if (database.env.PGLITE_DATA_DIR) process.env.PGLITE_DATA_DIR = database.env.PGLITE_DATA_DIR

  try {
    console.info(`engine: ${database.engine} (${database.description})`)
    console.info(
      `machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}`,
    )
    const { prepareDatabase } = await import('../lib/migrations/prepare')
    await prepareDatabase({ databaseUrl: database.env.DATABASE_URL, pgliteDataDir: database.env.PGLITE_DATA_DIR })
    const { db } = await import('../lib/db')
    const { searchPractices, searchStatements } = await import('../lib/practices/queries')
    const { loadContent } = await import('../lib/content/load')
    const prisma = db()

    // The real content's vocabulary, per language.
    const content = loadContent()
    const vocabulary = (texts: string[]) =>
      [...new Set(texts.join(' ').match(/[\p{L}]{4,}/gu) ?? [])].filter((word) => !/^\p{Lu}{2,}$/u.test(word)).join(' ')
    const wordsEs = vocabulary(content.practices.flatMap((p) => [p.title.es, p.summary.es, p.body?.es ?? '']))
    const wordsEn = vocabulary(content.practices.flatMap((p) => [p.title.en, p.summary.en, p.body?.en ?? '']))
    const realCount = content.practices.length

    const results: Record<number, Record<string, { p50: number; p95: number; total: number }>> = {}
    let loaded = 0
    for (const size of args.sizes) {
      const started = Date.now()
      await addSynthetic(prisma, loaded + 1, size, { wordsEs, wordsEn, realCount })
      loaded = size
      await prisma.$executeRawUnsafe('VACUUM ANALYZE')
      console.info(
        `\n== ${size.toLocaleString('en')} synthetic practices (+${realCount} real): loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      )

      results[size] = {}
      for (const query of QUERIES) {
        const input = query.input as Parameters<typeof searchPractices>[0]
        for (let i = 0; i < 3; i++) await searchPractices(input) // warm-up
        const times: number[] = []
        let total = 0
        for (let i = 0; i < args.runs; i++) {
          const t0 = performance.now()
          const result = await searchPractices(input)
          times.push(performance.now() - t0)
          total = result.total
        }
        times.sort((a, b) => a - b)
        const row = { p50: percentile(times, 50), p95: percentile(times, 95), total }
        results[size]![query.name] = row
        console.info(
          `${query.name.padEnd(20)} p50 ${row.p50.toFixed(1).padStart(7)} ms   p95 ${row.p95.toFixed(1).padStart(7)} ms   (${total} results)`,
        )
      }

      if (args.explain && size === args.sizes[args.sizes.length - 1]) {
        for (const name of ['single word', 'typo', 'query + 3 facets']) {
          const query = QUERIES.find((q) => q.name === name)!
          const statements = searchStatements(query.input as Parameters<typeof searchStatements>[0])
          for (const [label, statement] of Object.entries(statements)) {
            const plan = await prisma.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
              `EXPLAIN (ANALYZE, COSTS OFF) ${statement.text}`,
              ...statement.values,
            )
            const lines = plan.map((row) => Object.values(row)[0] as string)
            const interesting = process.env.BENCH_FULL_PLAN
              ? lines
              : lines.filter((line) => /Index|Bitmap|Seq Scan|Function Scan|Execution Time|Planning Time/.test(line))
            console.info(`\n-- EXPLAIN ANALYZE ${name} / ${label} (excerpt)\n${interesting.slice(0, 14).join('\n')}`)
          }
        }
      }
    }

    const sizes = args.sizes
    const big = sizes[sizes.length - 1]
    const mid = sizes.find((s) => s === 10_000)
    if (big && mid && big !== mid) {
      console.info(`\n== growth ratio p95 ${big.toLocaleString('en')} / ${mid.toLocaleString('en')}`)
      for (const query of QUERIES) {
        const a = results[big]?.[query.name]
        const b = results[mid]?.[query.name]
        if (a && b) console.info(`${query.name.padEnd(20)} ${(a.p95 / b.p95).toFixed(2)}×`)
      }
    }
    await prisma.$disconnect()
  } finally {
    if (args.keep)
      console.info(`\nkept: ${database.env.DATABASE_URL || database.env.PGLITE_DATA_DIR} (${database.description})`)
    else await database.stop()
  }
}

/**
 * Synthetic practices `from`…`to`: each copies a real practice's text and adds words of the real
 * vocabulary (so queries hit realistic, varied rows), 1 in 20 unpublished; 1–2 objectives, 1–2
 * actors and one session each. The database's triggers write the catalogue index, as for any write.
 */
async function addSynthetic(
  prisma: Awaited<ReturnType<(typeof import('../lib/db'))['db']>>,
  from: number,
  to: number,
  text: { wordsEs: string; wordsEn: string; realCount: number },
) {
  const batch = 10_000
  for (let start = from; start <= to; start += batch) {
    const end = Math.min(to, start + batch - 1)
    await prisma.$executeRawUnsafe(
      `WITH vocab AS (SELECT string_to_array($3, ' ') AS es, string_to_array($4, ' ') AS en),
            src AS (SELECT row_number() OVER (ORDER BY id) - 1 AS k, * FROM "Practice" WHERE slug NOT LIKE 'synthetic-%')
       INSERT INTO "Practice" (slug, kind, "titleEs", "titleEn", "summaryEs", "summaryEn", "bodyEs", "bodyEn",
                               status, "translationStatusEn", "publishedAt", "updatedAt")
       SELECT 'synthetic-' || g, src.kind,
              src."titleEs" || ' ' || v.es[1 + (g * 31) % cardinality(v.es)] || ' ' || v.es[1 + (g * 17 + 5) % cardinality(v.es)],
              src."titleEn" || ' ' || v.en[1 + (g * 31) % cardinality(v.en)] || ' ' || v.en[1 + (g * 17 + 5) % cardinality(v.en)],
              src."summaryEs" || ' ' || array_to_string(v.es[1 + (g * 7) % (cardinality(v.es) - 12) : 12 + (g * 7) % (cardinality(v.es) - 12)], ' '),
              src."summaryEn" || ' ' || array_to_string(v.en[1 + (g * 7) % (cardinality(v.en) - 12) : 12 + (g * 7) % (cardinality(v.en) - 12)], ' '),
              src."bodyEs", src."bodyEn",
              'DRAFT', 'TRANSLATED',
              now(), now() - make_interval(mins => g)
         FROM generate_series($1::int, $2::int) AS g
         CROSS JOIN vocab v
         JOIN src ON src.k = g % $5`,
      start,
      end,
      text.wordsEs,
      text.wordsEn,
      text.realCount,
    )
    await addLinksAndPublish(prisma, start, end)
  }
}

/**
 * Links, then publication, as the workspace does it: the catalogue entry is written once, when the
 * practice is published (1 in 20 stays a draft). VACUUM after each batch stands for autovacuum.
 */
async function addLinksAndPublish(
  prisma: Awaited<ReturnType<(typeof import('../lib/db'))['db']>>,
  from: number,
  to: number,
) {
  const range = `p.slug LIKE 'synthetic-%' AND substr(p.slug, 11)::int BETWEEN ${from} AND ${to}`
  await prisma.$executeRawUnsafe(`
    INSERT INTO "PracticeObjective" ("practiceId", "objectiveNumber")
    SELECT p.id, 1 + p.id % 23 FROM "Practice" p WHERE ${range}
    UNION
    SELECT p.id, 1 + (p.id * 7 + 3) % 23 FROM "Practice" p WHERE ${range} AND p.id % 2 = 0
    ON CONFLICT DO NOTHING`)
  await prisma.$executeRawUnsafe(`
    WITH actors AS (SELECT array_agg(id ORDER BY id) AS ids FROM "Actor")
    INSERT INTO "PracticeActor" ("practiceId", "actorId", position)
    SELECT p.id, a.ids[1 + p.id % cardinality(a.ids)], 0 FROM "Practice" p, actors a WHERE ${range}
    UNION
    SELECT p.id, a.ids[1 + (p.id * 13 + 1) % cardinality(a.ids)], 1 FROM "Practice" p, actors a WHERE ${range} AND p.id % 3 = 0
    ON CONFLICT DO NOTHING`)
  await prisma.$executeRawUnsafe(`
    WITH sessions AS (SELECT array_agg(id ORDER BY position) AS ids FROM "Session" WHERE code <> 'INTRO')
    INSERT INTO "PracticeSession" ("practiceId", "sessionId", "listedKind")
    SELECT p.id, s.ids[1 + p.id % cardinality(s.ids)], p.kind FROM "Practice" p, sessions s WHERE ${range}
    ON CONFLICT DO NOTHING`)
  await prisma.$executeRawUnsafe(`
    UPDATE "Practice" p SET status = 'PUBLISHED' WHERE ${range} AND substr(p.slug, 11)::int % 20 <> 0`)
  await prisma.$executeRawUnsafe('VACUUM "CatalogueEntry", "CatalogueFacetCount"')
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

import 'server-only'
// The forum at a glance (issue 16): the counts behind the map and the charts. Every count is of
// published, non-deleted practices, distinct per bar or country; a country "presents" a practice through
// the practice's actors (PracticeActor), the same rule as the coverage page and the country pages.
// The page and the SVG download of a picture call the same function here, so they cannot disagree.
import type { Locale } from 'next-intl'
import { cachedData, tagRead } from '../cache/read'
import { CACHE_TAGS } from '../cache/tags'
import { db } from '../db'
import { Prisma } from '../generated/prisma/client'
import type { ActorGroup, PracticeKind } from '../generated/prisma/enums'
import { PRACTICE_KIND_ORDER } from '@/lib/forum/refs'
import { PUBLISHED_PRACTICE_SQL as PUBLISHED } from '@/lib/practices/published-queries'

/** Which practices a picture counts: all published ones, or those of one objective, session or kinds. */
export type GlanceFilter = { objective?: number; session?: string; kinds?: PracticeKind[] }

function scope(filter: GlanceFilter & { actor?: string }): Prisma.Sql {
  const conditions = [PUBLISHED]
  if (filter.actor !== undefined) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "PracticeActor" pa JOIN "Actor" a ON a.id = pa."actorId" WHERE pa."practiceId" = p.id AND a.slug = ${filter.actor})`,
    )
  }
  if (filter.objective !== undefined) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "PracticeObjective" po WHERE po."practiceId" = p.id AND po."objectiveNumber" = ${filter.objective})`,
    )
  }
  if (filter.session !== undefined) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "PracticeSession" ps JOIN "Session" s ON s.id = ps."sessionId"
                                WHERE ps."practiceId" = p.id AND s.slug = ${filter.session})`)
  }
  if (filter.kinds?.length) conditions.push(Prisma.sql`p.kind::text IN (${Prisma.join(filter.kinds)})`)
  return Prisma.join(conditions, ' AND ')
}

export type CountryCount = { slug: string; isoCode: string | null; name: string; group: ActorGroup; count: number }
export type CountryCounts = { countries: CountryCount[]; total: number }

/** Every country actor with the number of practices it presents among those the filter selects. */
export async function findCountryPracticeCounts(locale: Locale, filter: GlanceFilter): Promise<CountryCounts> {
  // Also called by pages rendered per request (the coverage page's filters): cached by its arguments.
  return cachedData(
    ['glance-countries', locale, JSON.stringify(filter)],
    [CACHE_TAGS.forum, CACHE_TAGS.practices],
    async () => {
      const where = scope(filter)
      const prisma = db()
      const [rows, totals] = await Promise.all([
        prisma.$queryRaw<
          { slug: string; isoCode: string | null; nameEs: string; nameEn: string; group: ActorGroup; n: number }[]
        >`
        SELECT a.slug, a."isoCode", a."nameEs", a."nameEn", a."group"::text AS "group",
               (SELECT count(DISTINCT p.id)::int FROM "PracticeActor" pa JOIN "Practice" p ON p.id = pa."practiceId"
                 WHERE pa."actorId" = a.id AND ${where}) AS n
          FROM "Actor" a
         WHERE a.type = 'COUNTRY'`,
        prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Practice" p WHERE ${where}`,
      ])
      const en = locale === 'en'
      return {
        countries: rows.map((row) => ({
          slug: row.slug,
          isoCode: row.isoCode,
          name: en ? row.nameEn : row.nameEs,
          group: row.group,
          count: Number(row.n),
        })),
        total: Number(totals[0]?.n ?? 0),
      }
    },
  )
}

export type ObjectiveCount = { number: number; title: string; shortLabel: string | null; count: number }

/**
 * All 23 objectives in order (zero counts included), optionally only the practices one actor presents
 * or of one session or kinds (the coverage page's filters: then these are its row totals).
 */
export async function findObjectivePracticeCounts(
  locale: Locale,
  filter: { actor?: string; session?: string; kinds?: PracticeKind[] } = {},
): Promise<ObjectiveCount[]> {
  // Also called by pages rendered per request (the coverage page's filters): cached by its arguments.
  return cachedData(
    ['glance-objectives', locale, JSON.stringify(filter)],
    [CACHE_TAGS.forum, CACHE_TAGS.practices],
    async () => {
      const where = scope(filter)
      const rows = await db().$queryRaw<
        {
          number: number
          titleEs: string
          titleEn: string
          shortLabelEs: string | null
          shortLabelEn: string | null
          n: number
        }[]
      >`
      SELECT o.number, o."titleEs", o."titleEn", o."shortLabelEs", o."shortLabelEn",
             (SELECT count(DISTINCT p.id)::int FROM "PracticeObjective" po JOIN "Practice" p ON p.id = po."practiceId"
               WHERE po."objectiveNumber" = o.number AND ${where}) AS n
        FROM "Objective" o
       ORDER BY o.number`
      const en = locale === 'en'
      return rows.map((row) => ({
        number: Number(row.number),
        title: en ? row.titleEn : row.titleEs,
        shortLabel: (en ? row.shortLabelEn : row.shortLabelEs) ?? null,
        count: Number(row.n),
      }))
    },
  )
}

export type SessionCount = { slug: string; code: string; title: string; count: number }

/** Every session in forum order with the number of published practices listed in it. */
export async function findSessionPracticeCounts(locale: Locale): Promise<SessionCount[]> {
  await tagRead(CACHE_TAGS.forum, CACHE_TAGS.practices)
  const rows = await db().$queryRaw<{ slug: string; code: string; titleEs: string; titleEn: string; n: number }[]>`
    SELECT s.slug, s.code, s."titleEs", s."titleEn",
           (SELECT count(DISTINCT p.id)::int FROM "PracticeSession" ps JOIN "Practice" p ON p.id = ps."practiceId"
             WHERE ps."sessionId" = s.id AND ${PUBLISHED}) AS n
      FROM "Session" s
     ORDER BY s.position`
  return rows.map((row) => ({
    slug: row.slug,
    code: row.code,
    title: locale === 'en' ? row.titleEn : row.titleEs,
    count: Number(row.n),
  }))
}

export type KindCount = { kind: PracticeKind; count: number }

/** The three kinds in their usual order, each with its number of published practices (zero included). */
export async function findKindPracticeCounts(
  filter: { session?: string; kinds?: PracticeKind[] } = {},
): Promise<KindCount[]> {
  // Also called by pages rendered per request (the coverage page's filters): cached by its arguments.
  return cachedData(['glance-kinds', JSON.stringify(filter)], [CACHE_TAGS.forum, CACHE_TAGS.practices], async () => {
    const rows = await db().$queryRaw<{ kind: PracticeKind; n: number }[]>`
      SELECT p.kind::text AS kind, count(*)::int AS n FROM "Practice" p WHERE ${scope(filter)} GROUP BY p.kind`
    const byKind = new Map(rows.map((row) => [row.kind, Number(row.n)]))
    return PRACTICE_KIND_ORDER.map((kind) => ({ kind, count: byKind.get(kind) ?? 0 }))
  })
}

/** The session's title when the slug names one (so an unknown slug can fall back to no filter). */
export async function getSessionTitle(locale: Locale, slug: string): Promise<string | null> {
  await tagRead(CACHE_TAGS.forum)
  const row = await db().session.findUnique({ where: { slug }, select: { titleEs: true, titleEn: true, code: true } })
  return row ? (locale === 'en' ? row.titleEn : row.titleEs) : null
}

/** The country's name when the slug names a country actor. */
export async function getCountryName(locale: Locale, slug: string): Promise<string | null> {
  await tagRead(CACHE_TAGS.forum)
  const row = await db().actor.findFirst({ where: { slug, type: 'COUNTRY' }, select: { nameEs: true, nameEn: true } })
  return row ? (locale === 'en' ? row.nameEn : row.nameEs) : null
}

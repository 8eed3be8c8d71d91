import 'server-only'
import { cachedData, tagRead } from '../cache/read'
import { CACHE_TAGS } from '../cache/tags'
// Insight (issue 7): the objectives × actors coverage matrix and the side-by-side comparison of
// actors. Counts are of published, non-deleted practices, distinct per cell and per total (a
// practice with two actors counts once in its objective's row total).
import type { Locale } from 'next-intl'
import { db } from '../db'
import { Prisma } from '../generated/prisma/client'
import type { ActorGroup, ActorType, PracticeKind } from '../generated/prisma/enums'
import { ACTOR_GROUP_ORDER } from '@/lib/forum/refs'
import { PUBLISHED_PRACTICE } from '@/lib/practices/fields'
import { PUBLISHED_PRACTICE_SQL as PUBLISHED } from '@/lib/practices/published-queries'
import { byText, pickOptional, type Localized } from '@/lib/i18n/localize'
import { KIND_BY_SLUG, type PracticeKindSlug } from '../practices/schemas'

export type CoverageFilters = { kind: PracticeKindSlug[]; session: string[] }

export type CoverageObjective = { number: number; title: string; shortLabel: string | null }
export type CoverageActor = { slug: string; type: ActorType; name: string; acronym: string | null; group: ActorGroup }

export type CoverageMatrix = {
  objectives: CoverageObjective[]
  actors: CoverageActor[]
  /** counts[objective number][actor slug]; absent = 0. */
  counts: Record<number, Record<string, number>>
  rowTotals: Record<number, number>
  columnTotals: Record<string, number>
  total: number
  max: number
  /** Objectives with no practice at all in the filtered set. */
  gaps: number[]
}

/** The SQL condition of the matrix filters on practice p. */
function scope(filters: CoverageFilters): Prisma.Sql {
  const kinds = filters.kind.map((slug) => KIND_BY_SLUG[slug])
  const kindCondition = kinds.length ? Prisma.sql`AND p.kind::text IN (${Prisma.join(kinds)})` : Prisma.empty
  const sessionCondition = filters.session.length
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "PracticeSession" ps JOIN "Session" s ON s.id = ps."sessionId"
                  WHERE ps."practiceId" = p.id AND s.slug IN (${Prisma.join(filters.session)}))`
    : Prisma.empty
  return Prisma.sql`${PUBLISHED} ${kindCondition} ${sessionCondition}`
}

type CountRow = { objective: number | null; actor: string | null; n: number }

/**
 * The matrix for the filters: every objective (rows) × the actors that have published practices
 * or are CRM members (columns), with distinct-practice counts per cell, row, column and overall.
 */
export async function getCoverageMatrix(locale: Locale, filters: CoverageFilters): Promise<CoverageMatrix> {
  // Cached by its arguments: the page depends on its search parameters (docs/decisions/010-public-cache.md).
  return cachedData(['coverage', locale, JSON.stringify(filters)], [CACHE_TAGS.forum, CACHE_TAGS.practices], () =>
    loadCoverageMatrix(locale, filters),
  )
}

async function loadCoverageMatrix(locale: Locale, filters: CoverageFilters): Promise<CoverageMatrix> {
  const where = scope(filters)
  const prisma = db()
  const [objectiveRows, actorRows, cells, rows, columns, totals] = await Promise.all([
    prisma.objective.findMany({
      orderBy: { number: 'asc' },
      select: { number: true, titleEs: true, titleEn: true, shortLabelEs: true, shortLabelEn: true },
    }),
    prisma.actor.findMany({
      where: { OR: [{ group: 'CRM_MEMBER' }, { practices: { some: { practice: PUBLISHED_PRACTICE } } }] },
      select: { slug: true, type: true, nameEs: true, nameEn: true, acronymEs: true, acronymEn: true, group: true },
    }),
    prisma.$queryRaw<CountRow[]>`
      SELECT po."objectiveNumber" AS objective, a.slug AS actor, count(DISTINCT p.id)::int AS n
        FROM "Practice" p
        JOIN "PracticeObjective" po ON po."practiceId" = p.id
        JOIN "PracticeActor" pa ON pa."practiceId" = p.id
        JOIN "Actor" a ON a.id = pa."actorId"
       WHERE ${where}
       GROUP BY po."objectiveNumber", a.slug`,
    prisma.$queryRaw<CountRow[]>`
      SELECT po."objectiveNumber" AS objective, NULL AS actor, count(DISTINCT p.id)::int AS n
        FROM "Practice" p JOIN "PracticeObjective" po ON po."practiceId" = p.id
       WHERE ${where}
       GROUP BY po."objectiveNumber"`,
    prisma.$queryRaw<CountRow[]>`
      SELECT NULL AS objective, a.slug AS actor, count(DISTINCT p.id)::int AS n
        FROM "Practice" p JOIN "PracticeActor" pa ON pa."practiceId" = p.id JOIN "Actor" a ON a.id = pa."actorId"
       WHERE ${where}
       GROUP BY a.slug`,
    prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Practice" p WHERE ${where}`,
  ])

  const en = locale === 'en'
  const objectives = objectiveRows.map((o) => ({
    number: o.number,
    title: en ? o.titleEn : o.titleEs,
    shortLabel: (en ? o.shortLabelEn : o.shortLabelEs) ?? null,
  }))
  const byName = byText<CoverageActor>(locale, (a) => a.name)
  const actors = actorRows
    .map((a) => ({
      slug: a.slug,
      type: a.type,
      name: en ? a.nameEn : a.nameEs,
      acronym: (en ? a.acronymEn : a.acronymEs) ?? null,
      group: a.group,
    }))
    .sort((a, b) => ACTOR_GROUP_ORDER.indexOf(a.group) - ACTOR_GROUP_ORDER.indexOf(b.group) || byName(a, b))

  const counts: Record<number, Record<string, number>> = {}
  let max = 0
  for (const cell of cells) {
    const n = Number(cell.n)
    ;(counts[Number(cell.objective)] ??= {})[String(cell.actor)] = n
    max = Math.max(max, n)
  }
  const rowTotals = Object.fromEntries(rows.map((r) => [Number(r.objective), Number(r.n)]))
  const columnTotals = Object.fromEntries(columns.map((c) => [String(c.actor), Number(c.n)]))
  return {
    objectives,
    actors,
    counts,
    rowTotals,
    columnTotals,
    total: Number(totals[0]?.n ?? 0),
    max,
    gaps: objectives.filter((o) => !rowTotals[o.number]).map((o) => o.number),
  }
}

// ---------------------------------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------------------------------

export type ActorOption = { slug: string; name: string; type: ActorType; group: ActorGroup }

/** Every actor, for the comparison form, by group then name. */
export async function findActorOptions(locale: Locale): Promise<ActorOption[]> {
  await tagRead(CACHE_TAGS.forum)
  const rows = await db().actor.findMany({
    select: { slug: true, type: true, nameEs: true, nameEn: true, group: true },
  })
  const byName = byText<ActorOption>(locale, (a) => a.name)
  return rows
    .map((a) => ({ slug: a.slug, type: a.type, group: a.group, name: locale === 'en' ? a.nameEn : a.nameEs }))
    .sort((a, b) => ACTOR_GROUP_ORDER.indexOf(a.group) - ACTOR_GROUP_ORDER.indexOf(b.group) || byName(a, b))
}

export type ComparedPractice = { slug: string; kind: PracticeKind; title: Localized }

export type Comparison = {
  actors: ActorOption[]
  objectives: CoverageObjective[]
  /** practices[objective number][actor slug] */
  practices: Record<number, Record<string, ComparedPractice[]>>
  totals: Record<string, number>
}

/** The published practices of these actors (known slugs, in the given order) by objective. */
export async function getComparison(locale: Locale, actorSlugs: string[]): Promise<Comparison> {
  return cachedData(['comparison', locale, ...actorSlugs], [CACHE_TAGS.forum, CACHE_TAGS.practices], () =>
    loadComparison(locale, actorSlugs),
  )
}

async function loadComparison(locale: Locale, actorSlugs: string[]): Promise<Comparison> {
  const prisma = db()
  const [actorRows, objectiveRows, practiceRows] = await Promise.all([
    prisma.actor.findMany({
      where: { slug: { in: actorSlugs } },
      select: { slug: true, type: true, nameEs: true, nameEn: true, group: true },
    }),
    prisma.objective.findMany({
      orderBy: { number: 'asc' },
      select: { number: true, titleEs: true, titleEn: true, shortLabelEs: true, shortLabelEn: true },
    }),
    prisma.practice.findMany({
      where: { ...PUBLISHED_PRACTICE, actors: { some: { actor: { slug: { in: actorSlugs } } } } },
      select: {
        slug: true,
        kind: true,
        titleEs: true,
        titleEn: true,
        actors: { where: { actor: { slug: { in: actorSlugs } } }, select: { actor: { select: { slug: true } } } },
        objectives: { select: { objectiveNumber: true } },
      },
    }),
  ])
  const en = locale === 'en'
  const bySlug = new Map(
    actorRows.map((a) => [a.slug, { slug: a.slug, type: a.type, group: a.group, name: en ? a.nameEn : a.nameEs }]),
  )
  const actors = actorSlugs.flatMap((slug) => bySlug.get(slug) ?? [])
  const practices: Comparison['practices'] = {}
  const totals: Record<string, number> = Object.fromEntries(actors.map((a) => [a.slug, 0]))
  const byTitle = byText<ComparedPractice>(locale, (p) => p.title.text)
  for (const row of practiceRows) {
    const item = { slug: row.slug, kind: row.kind, title: pickOptional(locale, row.titleEs, row.titleEn) }
    for (const { actor } of row.actors) {
      totals[actor.slug] = (totals[actor.slug] ?? 0) + 1
      for (const { objectiveNumber } of row.objectives)
        ((practices[objectiveNumber] ??= {})[actor.slug] ??= []).push(item)
    }
  }
  for (const row of Object.values(practices)) for (const list of Object.values(row)) list.sort(byTitle)
  return {
    actors,
    objectives: objectiveRows.map((o) => ({
      number: o.number,
      title: en ? o.titleEn : o.titleEs,
      shortLabel: (en ? o.shortLabelEn : o.shortLabelEs) ?? null,
    })),
    practices,
    totals,
  }
}

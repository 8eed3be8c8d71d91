import 'server-only'
// The catalogue search's facet statement: every facet value's count with the other facets' filters
// applied, and the total; its rows are checked with zod (FacetRowSchema) and mapped to the facets.
import type { Locale } from 'next-intl'
import { z } from 'zod'
import { Prisma } from '../generated/prisma/client'
import type { CatalogueFacets } from './catalogue-types'
import { KIND_BY_SLUG, PRACTICE_KIND_SLUGS, PRACTICE_SOURCE_SLUGS, SOURCE_BY_SLUG } from './schemas'
import { activeFacets, FACET_NAMES, whereClause, type FacetName, type SearchPlan } from './search-plan-queries'

/** A row of facetStatement, checked at the boundary (counts may come as bigint from one driver). */
export const FacetRowSchema = z.object({
  facet: z.enum(['objective', 'actor', 'session', 'kind', 'source', 'total'] as const satisfies readonly (
    FacetName | 'total'
  )[]),
  value: z.string(),
  labelEs: z.string().nullable(),
  labelEn: z.string().nullable(),
  detail: z.string().nullable(),
  position: z.coerce.number(),
  count: z.coerce.number(),
})
export type FacetRow = z.infer<typeof FacetRowSchema>

/**
 * Every facet value's count with the query and the *other* facets' filters applied, and the total
 * (all filters). Facets whose conditions coincide share one pass over the matching entries, which
 * counts them per value set (integers on each entry), expanded to facet values afterwards; without a
 * query, a facet no other filter narrows is read from "CatalogueFacetCount", the whole catalogue's counts.
 */
export function facetStatement(plan: SearchPlan): Prisma.Sql {
  const active = activeFacets(plan)
  type Group = { filters: FacetName[]; facets: FacetName[]; total: boolean }
  const groups = new Map<string, Group>()
  const groupFor = (filters: FacetName[]) => {
    const key = filters.join(',')
    let group = groups.get(key)
    if (!group) groups.set(key, (group = { filters, facets: [], total: false }))
    return group
  }
  for (const facet of FACET_NAMES) groupFor(active.filter((other) => other !== facet)).facets.push(facet)
  groupFor(active).total = true

  // One pass per group: GROUPING SETS over integers (each facet's value-set id) and the two enums
  // (kind, source), then the value sets (a few hundred rows, not one per match) are expanded to facet values.
  const setColumn = {
    objective: 'e."objectiveSetId"',
    actor: 'e."actorSetId"',
    session: 'e."sessionSetId"',
    kind: 'e.kind',
    source: 'e.source',
  } as const satisfies Record<FacetName, string>
  const isEnum = (facet: FacetName) => facet === 'kind' || facet === 'source'
  const stored: string[] = []
  const passes: Prisma.Sql[] = []
  const computed = new Set<FacetName | 'total'>()
  for (const group of groups.values()) {
    const members: (FacetName | 'total')[] = [...group.facets, ...(group.total ? ['total' as const] : [])]
    if (plan.q === '' && group.filters.length === 0) {
      stored.push(...members)
      continue
    }
    for (const member of members) computed.add(member)
    const sets = [...group.facets.map((facet) => `(${setColumn[facet]})`), ...(group.total ? ['()'] : [])]
    const which = group.facets.length
      ? `CASE ${group.facets.map((facet) => `WHEN GROUPING(${setColumn[facet]}) = 0 THEN '${facet}'`).join(' ')} ELSE 'total' END`
      : `'total'`
    const column = (facet: FacetName, type: 'integer' | 'text') =>
      group.facets.includes(facet) ? `${setColumn[facet]}${isEnum(facet) ? '::text' : ''}` : `NULL::${type}`
    passes.push(Prisma.sql`SELECT ${Prisma.raw(which)} AS facet, ${Prisma.raw(column('objective', 'integer'))} AS objective_set,
        ${Prisma.raw(column('actor', 'integer'))} AS actor_set, ${Prisma.raw(column('session', 'integer'))} AS session_set,
        ${Prisma.raw(column('kind', 'text'))} AS kind, ${Prisma.raw(column('source', 'text'))} AS source, count(*)::integer AS c
        FROM "CatalogueEntry" e WHERE ${whereClause(plan, group.filters)}
       GROUP BY GROUPING SETS (${Prisma.raw(sets.join(', '))})`)
  }
  const grouped = passes.length
    ? Prisma.join(passes, ' UNION ALL ')
    : Prisma.sql`SELECT NULL::text AS facet, NULL::integer AS objective_set, NULL::integer AS actor_set,
        NULL::integer AS session_set, NULL::text AS kind, NULL::text AS source, 0 AS c WHERE false`
  const expand = (facet: 'objective' | 'actor' | 'session') =>
    computed.has(facet)
      ? Prisma.sql`SELECT ${facet} AS facet, x::text AS value, sum(g.c)::integer AS count
          FROM grouped g JOIN "CatalogueValueSet" v ON v.id = g.${Prisma.raw(`${facet}_set`)} CROSS JOIN unnest(v."values") AS x
         WHERE g.facet = ${facet} GROUP BY x`
      : null
  const sum = (facet: 'kind' | 'source') =>
    computed.has(facet)
      ? Prisma.sql`SELECT ${facet}, g.${Prisma.raw(facet)}, sum(g.c)::integer FROM grouped g WHERE g.facet = ${facet} GROUP BY g.${Prisma.raw(facet)}`
      : null
  const counted = [
    expand('objective'),
    expand('actor'),
    expand('session'),
    sum('kind'),
    sum('source'),
    computed.has('total')
      ? Prisma.sql`SELECT 'total', '', coalesce(sum(g.c), 0)::integer FROM grouped g WHERE g.facet = 'total'`
      : null,
    stored.length
      ? Prisma.sql`SELECT facet, value, count FROM "CatalogueFacetCount" WHERE facet IN (${Prisma.join(stored)})`
      : null,
  ].filter((part): part is Prisma.Sql => part !== null)

  const selectedActors = plan.filters.actor.length ? plan.filters.actor : ['']
  const selectedSessions = plan.filters.session.length ? plan.filters.session : ['']
  const published = (facet: 'actor' | 'session', id: 'a.id' | 'se.id') =>
    Prisma.sql`EXISTS (SELECT 1 FROM "CatalogueFacetCount" t WHERE t.facet = ${facet} AND t.value = ${Prisma.raw(id)}::text AND t.count > 0)`
  return Prisma.sql`${plan.prelude},
    grouped (facet, objective_set, actor_set, session_set, kind, source, c) AS (${grouped}),
    counted (facet, value, count) AS (${Prisma.join(counted, ' UNION ALL ')})
    SELECT 'objective' AS facet, o.number::text AS value, o."titleEs" AS "labelEs", o."titleEn" AS "labelEn",
           NULL::text AS detail, o.number AS position, coalesce(c.count, 0) AS count
      FROM "Objective" o LEFT JOIN counted c ON c.facet = 'objective' AND c.value = o.number::text
    UNION ALL
    SELECT 'actor' AS facet, a.slug AS value, a."nameEs" AS "labelEs", a."nameEn" AS "labelEn", a.type::text AS detail, 0 AS position,
           coalesce(c.count, 0) AS count
      FROM "Actor" a LEFT JOIN counted c ON c.facet = 'actor' AND c.value = a.id::text
     WHERE c.count > 0 OR a.slug IN (${Prisma.join(selectedActors)}) OR ${published('actor', 'a.id')}
    UNION ALL
    SELECT 'session' AS facet, se.slug AS value, se."titleEs" AS "labelEs", se."titleEn" AS "labelEn", se.code AS detail,
           se.position AS position, coalesce(c.count, 0) AS count
      FROM "Session" se LEFT JOIN counted c ON c.facet = 'session' AND c.value = se.id::text
     WHERE c.count > 0 OR se.slug IN (${Prisma.join(selectedSessions)}) OR ${published('session', 'se.id')}
    UNION ALL
    SELECT c.facet, c.value AS value, NULL AS "labelEs", NULL AS "labelEn", NULL AS detail, 0 AS position, c.count AS count
      FROM counted c WHERE c.facet IN ('kind', 'source')
    UNION ALL
    SELECT 'total' AS facet, '' AS value, NULL AS "labelEs", NULL AS "labelEn", NULL AS detail, 0 AS position,
           coalesce((SELECT max(c.count) FROM counted c WHERE c.facet = 'total'), 0) AS count`
}

export function toFacets(
  locale: Locale,
  rows: FacetRow[],
  plan: SearchPlan,
): { facets: CatalogueFacets; total: number } {
  const selected = {
    objective: new Set(plan.filters.objective.map(String)),
    actor: new Set(plan.filters.actor),
    session: new Set(plan.filters.session),
    kind: new Set<string>(plan.filters.kind),
    source: new Set<string>(plan.filters.source),
  }
  const facets: CatalogueFacets = { objective: [], actor: [], session: [], kind: [], source: [] }
  let total = 0
  const enumCounts = { kind: new Map<string, number>(), source: new Map<string, number>() }
  for (const row of rows) {
    if (row.facet === 'total') {
      total = Number(row.count)
      continue
    }
    if (row.facet === 'kind' || row.facet === 'source') {
      enumCounts[row.facet].set(row.value, Number(row.count))
      continue
    }
    const label = (locale === 'en' ? row.labelEn : row.labelEs) ?? row.value
    facets[row.facet].push({
      value: row.value,
      label,
      detail: row.detail,
      count: Number(row.count),
      selected: selected[row.facet].has(row.value),
    })
  }
  facets.objective.sort((a, b) => Number(a.value) - Number(b.value))
  const sessionPosition = new Map(rows.filter((r) => r.facet === 'session').map((r) => [r.value, Number(r.position)]))
  facets.session.sort((a, b) => (sessionPosition.get(a.value) ?? 0) - (sessionPosition.get(b.value) ?? 0))
  const collator = new Intl.Collator(locale, { sensitivity: 'base' })
  facets.actor.sort((a, b) => (a.detail ?? '').localeCompare(b.detail ?? '') || collator.compare(a.label, b.label))
  // The enum facets list every value, zero counts included, in their fixed order; the label is the slug
  // (the page translates it).
  const enumFacet = <Slug extends string>(
    facet: 'kind' | 'source',
    slugs: readonly Slug[],
    stored: Record<Slug, string>,
  ) =>
    slugs.map((slug) => ({
      value: slug,
      label: slug,
      detail: null,
      count: enumCounts[facet].get(stored[slug]) ?? 0,
      selected: selected[facet].has(slug),
    }))
  facets.kind = enumFacet('kind', PRACTICE_KIND_SLUGS, KIND_BY_SLUG)
  facets.source = enumFacet('source', PRACTICE_SOURCE_SLUGS, SOURCE_BY_SLUG)
  return { facets, total }
}

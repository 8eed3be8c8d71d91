// The seed's building blocks: upsert-if-changed by a stable key, link tables replaced only when
// their set changes, and the counts the seed reports (lib/content/seed.ts).
import { createHash } from 'node:crypto'
import type { PrismaClient } from '../generated/prisma/client'
import type { ActorGroup, PracticeKind, RecommendationKind } from '../generated/prisma/enums'
import type { Content } from './schemas'

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]

export type SeedReport = {
  created: number
  updated: number
  unchanged: number
  /** Practices skipped because the secretariat edited them in the database. */
  keptEdited: string[]
}

export const KIND: Record<Content['practices'][number]['kind'], PracticeKind> = {
  'good-practice': 'GOOD_PRACTICE',
  policy: 'POLICY',
  tool: 'TOOL',
}
export const GROUP: Record<Content['actors'][number]['group'], ActorGroup> = {
  'crm-member': 'CRM_MEMBER',
  'south-american-champion': 'SOUTH_AMERICAN_CHAMPION',
  'extra-regional-champion': 'EXTRA_REGIONAL_CHAMPION',
  'civil-society': 'CIVIL_SOCIETY',
  'crm-secretariat': 'CRM_SECRETARIAT',
  'international-organization': 'INTERNATIONAL_ORGANIZATION',
  'other-country': 'OTHER_COUNTRY',
}
export const RECOMMENDATION_KIND: Record<Content['recommendations'][number]['kind'], RecommendationKind> = {
  final: 'FINAL',
  'post-test': 'POST_TEST',
  conclusion: 'CONCLUSION',
}

export function contentHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32)
}

/** JSON with object keys sorted: jsonb does not keep key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  )
}

/** Compares a row's current fields with the wanted ones (only the wanted keys). */
export function differs(current: Record<string, unknown>, wanted: Record<string, unknown>): boolean {
  return Object.entries(wanted).some(([key, value]) => {
    const now = current[key]
    if (now instanceof Date && value instanceof Date) return now.getTime() !== value.getTime()
    if (typeof value === 'object' && value !== null) return canonical(now) !== canonical(value)
    return (now ?? null) !== (value ?? null)
  })
}

/** Same members, ignoring order: the join rows already match. */
export function sameSet<T>(a: T[], b: T[]): boolean {
  const key = (v: T) => JSON.stringify(v)
  const left = new Set(a.map(key))
  return a.length === b.length && left.size === new Set(b.map(key)).size && b.every((v) => left.has(key(v)))
}

export class Counter {
  report: SeedReport = { created: 0, updated: 0, unchanged: 0, keptEdited: [] }
  count(kind: 'created' | 'updated' | 'unchanged') {
    this.report[kind] += 1
  }
}

/**
 * Generic upsert-if-changed by a unique key. Returns the row's id (or key value).
 */
export async function sync<Row extends Record<string, unknown>>(
  counter: Counter,
  find: () => Promise<Row | null>,
  create: () => Promise<Row>,
  update: () => Promise<Row>,
  wanted: Record<string, unknown>,
): Promise<Row> {
  const current = await find()
  if (!current) {
    counter.count('created')
    return create()
  }
  if (differs(current, wanted)) {
    counter.count('updated')
    return update()
  }
  counter.count('unchanged')
  return current
}

export function lookup(map: Map<string, number>, key: string, what: string): number {
  const id = map.get(key)
  if (id === undefined) throw new Error(`seed: unknown ${what} "${key}"`)
  return id
}

export async function replaceLinks<T>(
  current: T[],
  wanted: T[],
  remove: () => Promise<unknown>,
  create: (rows: T[]) => Promise<unknown>,
) {
  if (sameSet(current, wanted)) return
  await remove()
  if (wanted.length > 0) await create(wanted)
}

/** A table as syncByKey uses it: found, created and updated by one unique key. */
type KeyedTable<Key, Data, Row> = {
  findUnique(args: { where: Key }): PromiseLike<Row | null>
  create(args: { data: Key & Data }): PromiseLike<Row>
  update(args: { where: Key; data: Data }): PromiseLike<Row>
}

/** sync for a row found by one unique key (e.g. `{ key }`): the key is part of what is created. */
export function syncByKey<Key extends Record<string, unknown>, Data extends Record<string, unknown>, Row extends Record<string, unknown>>(
  counter: Counter,
  table: KeyedTable<NoInfer<Key>, NoInfer<Data>, Row>,
  where: Key,
  data: Data,
): Promise<Row> {
  return sync(
    counter,
    async () => table.findUnique({ where }),
    async () => table.create({ data: { ...where, ...data } }),
    async () => table.update({ where, data }),
    data,
  )
}

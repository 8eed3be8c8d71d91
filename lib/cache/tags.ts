// The names of what the public cache holds (docs/decisions/010-public-cache.md). A cached page or
// response is tagged by the query functions it reads through (lib/cache/read.ts); a write names the
// tags whose public view it changed (lib/cache/invalidate.ts). Nothing here depends on a user.

export const CACHE_TAGS = {
  /** Published practices: lists, counts, facets, a practice's page and record, feeds, exports, sitemap. */
  practices: 'practices',
  /** The forum's content: objectives, sessions, actors, the communiqué, recommendations, key figures. */
  forum: 'forum',
  /** The follow-up of recommendations and cooperation ideas. */
  followUp: 'follow-up',
} as const

export type CacheTag = (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS]

export const ALL_CACHE_TAGS: readonly CacheTag[] = Object.values(CACHE_TAGS)

/** The PostgreSQL channel that carries invalidations to every instance (LISTEN/NOTIFY). */
export const CACHE_CHANNEL = 'crm_cache_invalidation'

export type InvalidationMessage = { tags: CacheTag[]; origin: string }

/** A NOTIFY payload back to tags; anything malformed is ignored (it cannot come from our writes). */
export function parseInvalidation(payload: string | undefined): InvalidationMessage | null {
  if (!payload) return null
  try {
    const value = JSON.parse(payload) as Partial<InvalidationMessage>
    if (!Array.isArray(value.tags) || typeof value.origin !== 'string') return null
    const tags = value.tags.filter((tag): tag is CacheTag => (ALL_CACHE_TAGS as readonly string[]).includes(tag))
    return { tags, origin: value.origin }
  } catch {
    return null
  }
}

// Reads through the public cache. Every public query function calls `tagRead` with what it shows, so
// the page or response being rendered is stored with those tags and expires when one of them is
// invalidated (lib/cache/invalidate.ts). Nothing that depends on the signed-in user may come here.
import 'server-only'
import { unstable_cache } from 'next/cache'
import type { CacheTag } from './tags'

/** How long a cached entry is served before Next refreshes it in the background, as a backstop. */
export const CACHE_REVALIDATE_SECONDS = 3600

function outsideNext(error: unknown): boolean {
  // Scripts and integration tests call the query functions without Next's request context.
  return error instanceof Error && /incrementalCache missing|static generation store missing/.test(error.message)
}

/**
 * Tags the page or response being rendered with what it reads. Pages are stored whole (ISR), so their
 * data needs no cache of its own; this only attaches the tags (unstable_cache is Next's way to add a
 * tag to the render in progress without a 'use cache' function).
 */
export async function tagRead(...tags: CacheTag[]): Promise<void> {
  try {
    await unstable_cache(async () => true, ['crm-tag', ...tags], { tags, revalidate: false })()
  } catch (error) {
    if (!outsideNext(error)) throw error
  }
}

/**
 * A data call cached by its arguments (for pages that cannot be stored whole, e.g. the catalogue with
 * its search parameters, and for the API's bodies). The value must survive JSON: no Date, no Map.
 */
export async function cachedData<T>(
  key: readonly string[],
  tags: readonly CacheTag[],
  load: () => Promise<T>,
): Promise<T> {
  try {
    return await unstable_cache(load, ['crm-data', ...key], { tags: [...tags], revalidate: CACHE_REVALIDATE_SECONDS })()
  } catch (error) {
    if (outsideNext(error)) return load()
    throw error
  }
}

// Expires cache tags in THIS process, from anywhere: a request, a server action, or the listener that
// receives other instances' invalidations (lib/cache/fan-out.ts), which runs outside any request.
//
// Next's revalidateTag() only works inside a request (it needs the request's work store), so the
// listener cannot use it. Both it and this function end in the same place: the process's tags
// manifest, which Next consults before serving any cached page, response or unstable_cache entry
// (next/dist/server/lib/incremental-cache). That module is shared between Next's server and the app's
// bundles (files named *.external are never bundled). Pinned Next version: 16.4.6; the two-instance
// test (tests/e2e/cache-instances.spec.ts) fails if this stops working.
import { tagsManifest } from 'next/dist/server/lib/incremental-cache/tags-manifest.external'
import type { CacheTag } from './tags'

/** Every cached entry carrying one of these tags is expired now: the next request renders afresh. */
export function expireTagsHere(tags: readonly CacheTag[]): void {
  const now = Date.now()
  for (const tag of tags) tagsManifest.set(tag, { ...tagsManifest.get(tag), stale: now, expired: now })
}

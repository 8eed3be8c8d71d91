// Carries invalidations to every instance on the same database: each `next start` process LISTENs on
// one channel (started from instrumentation.ts) and expires the tags other instances announce. No
// server besides the database; PGlite, one process, listens to itself the same way.
import { listenToChannel } from '../db'
import { expireTagsHere } from './expire'
import { ALL_CACHE_TAGS, CACHE_CHANNEL, parseInvalidation } from './tags'

const globalForFanOut = globalThis as { __crmCacheFanOut?: Promise<unknown> }

export function startCacheFanOut(): Promise<unknown> {
  globalForFanOut.__crmCacheFanOut ??= listenToChannel(
    CACHE_CHANNEL,
    (payload) => {
      const message = parseInvalidation(payload)
      // Our own announcements too: the writer expired them already (writeTransaction), but a write
      // made outside it (a script, a transaction of another module) is then still seen here.
      if (message) expireTagsHere(message.tags)
    },
    // Announcements made while the listener was down are lost: forget everything once.
    () => expireTagsHere(ALL_CACHE_TAGS),
  ).catch((error: unknown) => {
    console.error(`[cache] cannot listen for invalidations: ${error instanceof Error ? error.message : String(error)}`)
  })
  return globalForFanOut.__crmCacheFanOut
}

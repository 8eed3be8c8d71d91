// Where a published practice comes from (issue 15): the forum's report (with its sessions), a proposal
// (the institution that proposed it and when, and when the secretariat first published it), or the
// secretariat's own addition. Every date is a database date or the report's own (lib/practices/dates.ts).
import 'server-only'
import { tagRead } from '../cache/read'
import { CACHE_TAGS } from '../cache/tags'
import { db } from '../db'
import { PUBLISHED_PRACTICE } from '../practices/fields'
import { provenanceOf, provenanceSelect, type Provenance } from './provenance-of'

/** The first publication dates of these practices (their first PUBLISHED revision). */
export async function findFirstPublishedDates(practiceIds: number[]): Promise<Map<number, Date>> {
  if (practiceIds.length === 0) return new Map()
  const rows = await db().practiceRevision.groupBy({
    by: ['practiceId'],
    where: { practiceId: { in: practiceIds }, status: 'PUBLISHED' },
    _min: { createdAt: true },
  })
  return new Map(rows.flatMap((row) => (row._min.createdAt ? [[row.practiceId, row._min.createdAt] as const] : [])))
}

/** A published practice's provenance, for its public page. */
export async function getPracticeProvenance(
  slug: string,
): Promise<(Provenance & { sessions: { id: number; slug: string; titleEs: string; titleEn: string }[] }) | null> {
  await tagRead(CACHE_TAGS.practices, CACHE_TAGS.forum)
  const row = await db().practice.findFirst({
    where: { slug, ...PUBLISHED_PRACTICE },
    select: {
      id: true,
      ...provenanceSelect,
      sessions: {
        select: { session: { select: { id: true, slug: true, position: true, titleEs: true, titleEn: true } } },
      },
    },
  })
  if (!row) return null
  const sessions = row.sessions.map(({ session }) => session).sort((a, b) => a.position - b.position)
  const firstPublished = await findFirstPublishedDates([row.id])
  const provenance = provenanceOf(row, {
    sessionIds: sessions.map((session) => session.id),
    firstPublishedAt: firstPublished.get(row.id) ?? null,
  })
  return { ...provenance, sessions: provenance.source === 'FORUM_REPORT' ? sessions : [] }
}

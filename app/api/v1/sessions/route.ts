import { findSessions } from '@/lib/forum/sessions-queries'
import { preflightResponse } from '@/lib/open-data/http'
import { localeJsonHandler } from '@/lib/open-data/locale-endpoint'
import type { SessionList } from '@/lib/open-data/schemas'

export const dynamic = 'force-dynamic'

export const GET = localeJsonHandler('GET /api/v1/sessions', async (locale): Promise<SessionList> => ({
  items: (await findSessions(locale)).map((s) => ({
    slug: s.slug,
    code: s.code,
    title: s.title,
    position: s.position,
    workingTable: s.workingTable,
    objectives: s.objectives.map((o) => o.number),
    practiceCount: s.practiceCount,
  })),
}))

export function OPTIONS() {
  return preflightResponse()
}

import { findObjectivesWithCounts } from '@/lib/forum/objectives-queries'
import { preflightResponse } from '@/lib/open-data/http'
import { localeJsonHandler } from '@/lib/open-data/locale-endpoint'
import type { ObjectiveList } from '@/lib/open-data/schemas'

export const dynamic = 'force-dynamic'

export const GET = localeJsonHandler('GET /api/v1/objectives', async (locale): Promise<ObjectiveList> => ({
  items: (await findObjectivesWithCounts(locale)).map((o) => ({
    number: o.number,
    title: o.title,
    shortLabel: o.shortLabel,
    practiceCount: o.practiceCount,
    sessionCount: o.sessionCount,
  })),
}))

export function OPTIONS() {
  return preflightResponse()
}

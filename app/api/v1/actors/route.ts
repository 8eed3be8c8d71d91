import { findActorsWithCounts } from '@/lib/forum/actors-queries'
import { preflightResponse } from '@/lib/open-data/http'
import { localeJsonHandler } from '@/lib/open-data/locale-endpoint'
import type { ActorList } from '@/lib/open-data/schemas'

export const dynamic = 'force-dynamic'

export const GET = localeJsonHandler('GET /api/v1/actors', async (locale): Promise<ActorList> => ({
  items: (await findActorsWithCounts(locale)).flatMap(({ actors }) =>
    actors.map((a) => ({
      slug: a.slug,
      type: a.type,
      name: a.name,
      acronym: a.acronym,
      group: a.group,
      practiceCount: a.practiceCount,
    })),
  ),
}))

export function OPTIONS() {
  return preflightResponse()
}

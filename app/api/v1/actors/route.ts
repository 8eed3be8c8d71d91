import { findActorsWithCounts } from '@/lib/forum/actors-queries'
import { jsonResponse, preflightResponse } from '@/lib/open-data/http'
import { apiHandler } from '@/lib/open-data/problem'
import { LocaleParamsSchema, parseQuery, type ActorListSchema } from '@/lib/open-data/schemas'
import type { z } from 'zod'

export const dynamic = 'force-dynamic'

export const GET = apiHandler('GET /api/v1/actors', async (request) => {
  const { locale } = parseQuery(LocaleParamsSchema, new URL(request.url).searchParams)
  const groups = await findActorsWithCounts(locale)
  const body: z.infer<typeof ActorListSchema> = {
    items: groups.flatMap(({ actors }) =>
      actors.map((a) => ({
        slug: a.slug,
        type: a.type,
        name: a.name,
        acronym: a.acronym,
        group: a.group,
        practiceCount: a.practiceCount,
      })),
    ),
  }
  return jsonResponse(request, body)
})

export function OPTIONS() {
  return preflightResponse()
}

import { findObjectivesWithCounts } from '@/lib/forum/objectives-queries'
import { jsonResponse, preflightResponse } from '@/lib/open-data/http'
import { apiHandler } from '@/lib/open-data/problem'
import { LocaleParamsSchema, parseQuery, type ObjectiveListSchema } from '@/lib/open-data/schemas'
import type { z } from 'zod'

export const dynamic = 'force-dynamic'

export const GET = apiHandler('GET /api/v1/objectives', async (request) => {
  const { locale } = parseQuery(LocaleParamsSchema, new URL(request.url).searchParams)
  const objectives = await findObjectivesWithCounts(locale)
  const body: z.infer<typeof ObjectiveListSchema> = {
    items: objectives.map((o) => ({
      number: o.number,
      title: o.title,
      shortLabel: o.shortLabel,
      practiceCount: o.practiceCount,
      sessionCount: o.sessionCount,
    })),
  }
  return jsonResponse(request, body)
})

export function OPTIONS() {
  return preflightResponse()
}

import { findSessions } from '@/lib/forum/sessions-queries'
import { jsonResponse, preflightResponse } from '@/lib/open-data/http'
import { apiHandler } from '@/lib/open-data/problem'
import { LocaleParamsSchema, parseQuery, type SessionListSchema } from '@/lib/open-data/schemas'
import type { z } from 'zod'

export const dynamic = 'force-dynamic'

export const GET = apiHandler('GET /api/v1/sessions', async (request) => {
  const { locale } = parseQuery(LocaleParamsSchema, new URL(request.url).searchParams)
  const sessions = await findSessions(locale)
  const body: z.infer<typeof SessionListSchema> = {
    items: sessions.map((s) => ({
      slug: s.slug,
      code: s.code,
      title: s.title,
      position: s.position,
      workingTable: s.workingTable,
      objectives: s.objectives.map((o) => o.number),
      practiceCount: s.practiceCount,
    })),
  }
  return jsonResponse(request, body)
})

export function OPTIONS() {
  return preflightResponse()
}

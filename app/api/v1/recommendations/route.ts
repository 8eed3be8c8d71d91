import { findRecommendationsAndIdeas } from '@/lib/forum/recommendations-queries'
import type { PracticeRef } from '@/lib/forum/refs'
import { jsonResponse, preflightResponse } from '@/lib/open-data/http'
import { apiHandler } from '@/lib/open-data/problem'
import { LocaleParamsSchema, parseQuery, type RecommendationListSchema } from '@/lib/open-data/schemas'
import type { z } from 'zod'

export const dynamic = 'force-dynamic'

const practiceLink = (p: PracticeRef) => ({ slug: p.slug, title: p.title.text, untranslated: p.title.untranslated })

export const GET = apiHandler('GET /api/v1/recommendations', async (request) => {
  const { locale } = parseQuery(LocaleParamsSchema, new URL(request.url).searchParams)
  const { recommendations, cooperationIdeas } = await findRecommendationsAndIdeas(locale)
  const body: z.infer<typeof RecommendationListSchema> = {
    items: recommendations.map((r) => ({
      key: r.key,
      kind: r.kind,
      position: r.position,
      text: r.text,
      objectives: r.objectiveNumbers,
      sessions: r.sessions.map((s) => s.slug),
      practices: r.practices.map(practiceLink),
    })),
    cooperationIdeas: cooperationIdeas.map((idea) => ({
      key: idea.key,
      table: idea.table,
      position: idea.position,
      text: idea.text,
      session: idea.session.slug,
      objectives: idea.objectiveNumbers,
      practices: idea.practices.map(practiceLink),
    })),
  }
  return jsonResponse(request, body)
})

export function OPTIONS() {
  return preflightResponse()
}

import { findRecommendationsAndIdeas } from '@/lib/forum/recommendations-queries'
import type { PracticeRef } from '@/lib/forum/refs'
import { preflightResponse } from '@/lib/open-data/http'
import { localeJsonHandler } from '@/lib/open-data/locale-endpoint'
import type { RecommendationList } from '@/lib/open-data/schemas'

export const dynamic = 'force-dynamic'

const practiceLink = (p: PracticeRef) => ({ slug: p.slug, title: p.title.text, untranslated: p.title.untranslated })

export const GET = localeJsonHandler('GET /api/v1/recommendations', async (locale): Promise<RecommendationList> => {
  const { recommendations, cooperationIdeas } = await findRecommendationsAndIdeas(locale)
  return {
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
})

export function OPTIONS() {
  return preflightResponse()
}

import { env } from '@/lib/env'
import { AppError } from '@/lib/errors'
import { jsonResponse, preflightResponse } from '@/lib/open-data/http'
import { apiHandler } from '@/lib/open-data/problem'
import { getPracticeRow } from '@/lib/open-data/queries'
import { LocaleParamsSchema, parseQuery, PracticeSlugParamSchema } from '@/lib/open-data/schemas'
import { toPracticeDetail } from '@/lib/open-data/serializers'

export const dynamic = 'force-dynamic'

export const GET = apiHandler(
  'GET /api/v1/practices/{slug}',
  async (request, context: { params: Promise<{ slug: string }> }) => {
    const { locale } = parseQuery(LocaleParamsSchema, new URL(request.url).searchParams)
    const slug = PracticeSlugParamSchema.safeParse((await context.params).slug)
    const row = slug.success ? await getPracticeRow(slug.data) : null
    if (!row) throw new AppError('NOT_FOUND', 'No published practice has this slug.')
    return jsonResponse(request, toPracticeDetail(locale, row, env().SITE_URL), { lastModified: row.updatedAt })
  },
)

export function OPTIONS() {
  return preflightResponse()
}

import { env } from '@/lib/env'
import { jsonResponse, preflightResponse } from '@/lib/open-data/http'
import { apiHandler } from '@/lib/open-data/problem'
import { practicesLastModified, searchPracticeRows } from '@/lib/open-data/queries'
import { parseQuery, PracticeListParamsSchema, type PracticeList } from '@/lib/open-data/schemas'
import { toApiFacets, toPracticeSummary } from '@/lib/open-data/serializers'

export const dynamic = 'force-dynamic'

export const GET = apiHandler('GET /api/v1/practices', async (request) => {
  const params = parseQuery(PracticeListParamsSchema, new URL(request.url).searchParams)
  const [{ result, rows }, lastModified] = await Promise.all([searchPracticeRows(params), practicesLastModified()])
  const origin = env().SITE_URL
  const body: PracticeList = {
    items: rows.map((row) => toPracticeSummary(params.locale, row, origin)),
    total: result.total,
    page: result.page,
    pageSize: result.pageSize,
    pageCount: result.pageCount,
    facets: toApiFacets(result.facets),
  }
  return jsonResponse(request, body, { lastModified })
})

export function OPTIONS() {
  return preflightResponse()
}

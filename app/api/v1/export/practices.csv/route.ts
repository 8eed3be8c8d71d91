import { env } from '@/lib/env'
import { CSV_CONTENT_TYPE, exportFileName, exportRows, practicesCsv } from '@/lib/open-data/export'
import { cachedResponse, preflightResponse } from '@/lib/open-data/http'
import { apiHandler } from '@/lib/open-data/problem'
import { findAllMatchingPracticeRows, practicesLastModified } from '@/lib/open-data/queries'
import { parseQuery, PracticeFilterParamsSchema } from '@/lib/open-data/schemas'

export const dynamic = 'force-dynamic'

export const GET = apiHandler('GET /api/v1/export/practices.csv', async (request) => {
  const params = parseQuery(PracticeFilterParamsSchema, new URL(request.url).searchParams)
  const [{ rows }, lastModified] = await Promise.all([findAllMatchingPracticeRows(params), practicesLastModified()])
  const body = practicesCsv(exportRows(params.locale, rows, env().SITE_URL))
  return cachedResponse(request, body, {
    contentType: CSV_CONTENT_TYPE,
    lastModified,
    headers: {
      'Content-Disposition': `attachment; filename="${exportFileName(params.locale, 'csv', lastModified ?? new Date())}"`,
    },
  })
})

export function OPTIONS() {
  return preflightResponse()
}

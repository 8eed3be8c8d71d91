import { env } from '@/lib/env'
import { appliedFilters, exportFileName, exportRows } from '@/lib/open-data/export'
import { jsonResponse, preflightResponse } from '@/lib/open-data/http'
import { apiHandler } from '@/lib/open-data/problem'
import { findAllMatchingPracticeRows, practicesLastModified } from '@/lib/open-data/queries'
import { parseQuery, PracticeFilterParamsSchema, type PracticeExportSchema } from '@/lib/open-data/schemas'
import type { z } from 'zod'

export const dynamic = 'force-dynamic'

export const GET = apiHandler('GET /api/v1/export/practices.json', async (request) => {
  const params = parseQuery(PracticeFilterParamsSchema, new URL(request.url).searchParams)
  const [{ rows }, lastModified] = await Promise.all([findAllMatchingPracticeRows(params), practicesLastModified()])
  const items = exportRows(params.locale, rows, env().SITE_URL)
  const body: z.infer<typeof PracticeExportSchema> = {
    // The data's date, not the request's: the same data gives the same bytes (and ETag).
    lastModified: (lastModified ?? new Date(0)).toISOString(),
    filters: appliedFilters(params),
    total: items.length,
    items,
  }
  return jsonResponse(request, body, {
    lastModified,
    headers: { 'Content-Disposition': `attachment; filename="${exportFileName(params.locale, 'json', lastModified ?? new Date())}"` },
  })
})

export function OPTIONS() {
  return preflightResponse()
}

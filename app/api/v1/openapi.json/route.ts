import { env } from '@/lib/env'
import { jsonResponse, preflightResponse } from '@/lib/open-data/http'
import { buildOpenApiDocument } from '@/lib/open-data/openapi'
import { apiHandler } from '@/lib/open-data/problem'
import { LocaleParamsSchema, parseQuery } from '@/lib/open-data/schemas'

export const dynamic = 'force-dynamic'

export const GET = apiHandler('GET /api/v1/openapi.json', async (request) => {
  parseQuery(LocaleParamsSchema.omit({ locale: true }), new URL(request.url).searchParams)
  return jsonResponse(request, buildOpenApiDocument(env().SITE_URL))
})

export function OPTIONS() {
  return preflightResponse()
}

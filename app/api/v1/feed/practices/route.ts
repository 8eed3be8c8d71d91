import { env } from '@/lib/env'
import { ATOM_CONTENT_TYPE } from '@/lib/open-data/atom'
import { describeFilters, FEED_SIZE, practiceFeed } from '@/lib/open-data/feed'
import { cachedResponse, preflightResponse } from '@/lib/open-data/http'
import { apiHandler } from '@/lib/open-data/problem'
import { practicesLastModified, searchPracticeRows } from '@/lib/open-data/queries'
import { FeedParamsSchema, parseQuery } from '@/lib/open-data/schemas'
import { sitePath, siteUrl } from '@/lib/open-data/serializers'
import { catalogueQueryString } from '@/lib/practices/schemas'

export const dynamic = 'force-dynamic'

export const GET = apiHandler('GET /api/v1/feed/practices', async (request) => {
  const url = new URL(request.url)
  const params = parseQuery(FeedParamsSchema, url.searchParams)
  const [{ result, rows }, lastModified] = await Promise.all([
    searchPracticeRows({ ...params, sort: 'updated', page: 1, pageSize: FEED_SIZE }),
    practicesLastModified(),
  ])
  const origin = env().SITE_URL
  const selected = (values: { label: string; selected: boolean }[]) =>
    values.filter((v) => v.selected).map((v) => v.label)
  const filterLabel = describeFilters(params.locale, {
    q: params.q,
    objectives: params.objective,
    actors: selected(result.facets.actor),
    sessions: selected(result.facets.session),
    kinds: params.kind,
    sources: params.source,
  })
  const query = catalogueQueryString(params)
  const body = practiceFeed({
    locale: params.locale,
    rows,
    origin,
    selfUrl: siteUrl(origin, `/api/v1/feed/practices${url.search}`),
    catalogueUrl: siteUrl(origin, `${sitePath(params.locale, '/practices')}${query ? `?${query}` : ''}`),
    filterLabel,
    lastModified,
  })
  return cachedResponse(request, body, { contentType: ATOM_CONTENT_TYPE, lastModified })
})

export function OPTIONS() {
  return preflightResponse()
}

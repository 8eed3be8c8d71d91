import { env } from '@/lib/env'
import { AppError } from '@/lib/errors'
import { pictureLinks } from '@/lib/glance/links'
import { parseGlanceParams, pictureFromFileName } from '@/lib/glance/params'
import { getKindsChart, getMapPicture, getObjectivesChart, getSessionsChart } from '@/lib/glance/pictures'
import { cachedResponse, preflightResponse } from '@/lib/open-data/http'
import { apiHandler } from '@/lib/open-data/problem'

export const dynamic = 'force-dynamic'

const SVG_CONTENT_TYPE = 'image/svg+xml; charset=utf-8'

/** A picture of "the forum at a glance" as a standalone SVG file, drawn from the same query as the page. */
export const GET = apiHandler(
  'GET /api/v1/glance/{picture}',
  async (request, context: { params: Promise<{ picture: string }> }) => {
    const picture = pictureFromFileName((await context.params).picture)
    if (!picture) throw new AppError('NOT_FOUND', 'Pictures: map.svg, objectives.svg, sessions.svg, kinds.svg.')
    const params = parseGlanceParams(new URL(request.url).searchParams)
    const options = { idPrefix: picture, link: pictureLinks(params.locale, env().SITE_URL), download: true }
    const drawn =
      picture === 'map'
        ? await getMapPicture(
            params.locale,
            { objective: params.objective, session: params.session, kinds: params.kind },
            options,
          )
        : picture === 'objectives'
          ? await getObjectivesChart(
              params.locale,
              { actor: params.actor, session: params.session, kinds: params.kind },
              options,
            )
          : picture === 'sessions'
            ? await getSessionsChart(params.locale, options)
            : await getKindsChart(params.locale, { session: params.session, kinds: params.kind }, options)
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n${drawn.svg}\n`
    return cachedResponse(request, body, {
      contentType: SVG_CONTENT_TYPE,
      headers: { 'Content-Disposition': `attachment; filename="${picture}-${params.locale}.svg"` },
    })
  },
)

export function OPTIONS() {
  return preflightResponse()
}

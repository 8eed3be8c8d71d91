// The forum's read-only endpoints (objectives, actors, sessions, recommendations, the communiqué) take
// only the language: one GET handler parses it, asks the route for the body and answers it as JSON
// with the public API's cache headers (http.ts) and problem details for every failure (problem.ts).
import { jsonResponse } from './http'
import { apiHandler } from './problem'
import { LocaleParamsSchema, parseQuery, type ApiLocale } from './schemas'

/** A GET handler whose only query parameter is `locale`; `context` names the endpoint in the server log. */
export function localeJsonHandler<Body>(
  context: string,
  bodyFor: (locale: ApiLocale) => Promise<Body>,
): (request: Request) => Promise<Response> {
  return apiHandler(context, async (request) => {
    const { locale } = parseQuery(LocaleParamsSchema, new URL(request.url).searchParams)
    return jsonResponse(request, await bodyFor(locale))
  })
}

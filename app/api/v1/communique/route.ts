import { AppError } from '@/lib/errors'
import { getCommunique } from '@/lib/forum/communique-queries'
import { jsonResponse, preflightResponse } from '@/lib/open-data/http'
import { apiHandler } from '@/lib/open-data/problem'
import { LocaleParamsSchema, parseQuery, type CommuniqueSchema } from '@/lib/open-data/schemas'
import type { z } from 'zod'

export const dynamic = 'force-dynamic'

export const GET = apiHandler('GET /api/v1/communique', async (request) => {
  const { locale } = parseQuery(LocaleParamsSchema, new URL(request.url).searchParams)
  const communique = await getCommunique(locale)
  if (!communique) throw new AppError('NOT_FOUND', 'The joint communiqué is not in the database.')
  const body: z.infer<typeof CommuniqueSchema> = {
    key: communique.key,
    title: communique.title,
    startDate: communique.startDate.toISOString().slice(0, 10),
    endDate: communique.endDate.toISOString().slice(0, 10),
    place: communique.place,
    paragraphs: communique.paragraphs,
  }
  return jsonResponse(request, body)
})

export function OPTIONS() {
  return preflightResponse()
}

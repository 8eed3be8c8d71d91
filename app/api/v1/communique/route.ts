import { AppError } from '@/lib/errors'
import { getCommunique } from '@/lib/forum/communique-queries'
import { preflightResponse } from '@/lib/open-data/http'
import { localeJsonHandler } from '@/lib/open-data/locale-endpoint'
import type { Communique } from '@/lib/open-data/schemas'

export const dynamic = 'force-dynamic'

export const GET = localeJsonHandler('GET /api/v1/communique', async (locale): Promise<Communique> => {
  const communique = await getCommunique(locale)
  if (!communique) throw new AppError('NOT_FOUND', 'The joint communiqué is not in the database.')
  return {
    key: communique.key,
    title: communique.title,
    startDate: communique.startDate.toISOString().slice(0, 10),
    endDate: communique.endDate.toISOString().slice(0, 10),
    place: communique.place,
    paragraphs: communique.paragraphs,
  }
})

export function OPTIONS() {
  return preflightResponse()
}

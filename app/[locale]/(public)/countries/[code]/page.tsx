import type { Metadata } from 'next'
import { pageLocale } from '@/lib/i18n/page-locale'
import { ActorPage, actorMetadata, loadActor } from '@/components/forum/actor-page'

type Props = { params: Promise<{ locale: string; code: string }> }

// Rendered on its first request, then served from the cache (docs/decisions/010-public-cache.md).
export function generateStaticParams() {
  return []
}

// One URL per country: /es/paises/mx, never /es/paises/MX (loadActor redirects).
async function load(params: Props['params']) {
  const locale = await pageLocale(params)
  return { locale, actor: await loadActor('COUNTRY', locale, (await params).code) }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, actor } = await load(params)
  return actorMetadata(locale, actor)
}

export default async function CountryPage({ params }: Props) {
  const { actor } = await load(params)
  return <ActorPage actor={actor} />
}

import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { ActorProfile } from '@/components/forum/actor-profile'
import { getPathname } from '@/i18n/navigation'
import { getActor } from '@/lib/forum/actors-queries'
import { pageLocale } from '@/lib/i18n/page-locale'
import { OrganizationSlugParamSchema, parseParam } from '@/lib/forum/schemas'
import { pageMetadata } from '@/lib/i18n/metadata'

type Props = { params: Promise<{ locale: string; slug: string }> }

// Rendered on its first request, then served from the cache (docs/decisions/010-public-cache.md).
export function generateStaticParams() {
  return []
}

async function load(params: Props['params']) {
  const locale = await pageLocale(params)
  const slug = parseParam(OrganizationSlugParamSchema, (await params).slug)
  if (!slug) notFound()
  const actor = await getActor('ORGANIZATION', slug.canonical, locale)
  if (!actor) notFound()
  if (!slug.isCanonical) {
    permanentRedirect(getPathname({ locale, href: { pathname: '/organizations/[slug]', params: { slug: slug.canonical } } }))
  }
  return { locale, actor }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, actor } = await load(params)
  const t = await getTranslations({ locale, namespace: 'Actors' })
  return pageMetadata({
    locale,
    pathname: { pathname: '/organizations/[slug]', params: { slug: actor.slug } },
    title: actor.acronym && actor.acronym !== actor.name ? `${actor.name} (${actor.acronym})` : actor.name,
    description: t('detailDescription', { name: actor.name }),
  })
}

export default async function OrganizationPage({ params }: Props) {
  const { actor } = await load(params)
  return <ActorProfile actor={actor} />
}

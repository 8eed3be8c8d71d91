import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { ActorProfile } from '@/components/forum/actor-profile'
import { getPathname } from '@/i18n/navigation'
import { getActor } from '@/lib/forum/actors-queries'
import { pageLocale } from '@/lib/i18n/page-locale'
import { CountryCodeParamSchema, parseParam } from '@/lib/forum/schemas'
import { pageMetadata } from '@/lib/i18n/metadata'
import { GlanceSection } from '@/components/glance/glance-section'
import { GlanceChart } from '@/components/glance/glance-chart'

type Props = { params: Promise<{ locale: string; code: string }> }

// Rendered on its first request, then served from the cache (docs/decisions/010-public-cache.md).
export function generateStaticParams() {
  return []
}

async function load(params: Props['params']) {
  const locale = await pageLocale(params)
  const code = parseParam(CountryCodeParamSchema, (await params).code)
  if (!code) notFound()
  const actor = await getActor('COUNTRY', code.canonical, locale)
  if (!actor) notFound()
  // One URL per country: /es/paises/mx, never /es/paises/MX.
  if (!code.isCanonical) {
    permanentRedirect(getPathname({ locale, href: { pathname: '/countries/[code]', params: { code: code.canonical } } }))
  }
  return { locale, actor }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, actor } = await load(params)
  const t = await getTranslations({ locale, namespace: 'Actors' })
  return pageMetadata({
    locale,
    pathname: { pathname: '/countries/[code]', params: { code: actor.slug } },
    title: actor.name,
    description: t('detailDescription', { name: actor.name }),
  })
}

export default async function CountryPage({ params }: Props) {
  const { actor } = await load(params)
  return (
    <>
      <ActorProfile actor={actor} />
      <div className="mt-10">
        <GlanceSection id="country-objectives" heading="objectivesHeading">
          <GlanceChart chart="objectives" filter={{ actor: actor.slug }} idPrefix="country-objectives-chart" />
        </GlanceSection>
      </div>
    </>
  )
}

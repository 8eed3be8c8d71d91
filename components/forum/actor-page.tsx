import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import type { Locale } from 'next-intl'
import { getTranslations } from 'next-intl/server'
import { GlanceChart } from '@/components/glance/glance-chart'
import { GlanceSection } from '@/components/glance/glance-section'
import { getPathname } from '@/i18n/navigation'
import { getActor, type ActorDetail } from '@/lib/forum/actors-queries'
import { CountryCodeParamSchema, OrganizationSlugParamSchema, parseParam } from '@/lib/forum/schemas'
import { pageMetadata } from '@/lib/i18n/metadata'
import { pageLocale } from '@/lib/i18n/page-locale'
import { ActorProfile, actorDisplayName } from './actor-profile'

// A country's page (/es/paises/mx) and an organisation's (/es/organizaciones/oim) are one page with
// two URL shapes: what differs is the parameter's schema, the pathname and the country's chart.

type ActorType = ActorDetail['type']

const PARAM_SCHEMAS = { COUNTRY: CountryCodeParamSchema, ORGANIZATION: OrganizationSlugParamSchema } as const
const PARAM_NAMES = { COUNTRY: 'code', ORGANIZATION: 'slug' } as const

function actorPathname(type: ActorType, slug: string) {
  return type === 'COUNTRY'
    ? ({ pathname: '/countries/[code]', params: { code: slug } } as const)
    : ({ pathname: '/organizations/[slug]', params: { slug } } as const)
}

/**
 * The actor of a URL parameter, or the 404 page. A parameter in another casing ("MX", "OIM")
 * redirects permanently to the one URL the portal uses.
 */
export async function loadActor(type: ActorType, locale: Locale, param: string): Promise<ActorDetail> {
  const parsed = parseParam<{ canonical: string; isCanonical: boolean }>(PARAM_SCHEMAS[type], param)
  if (!parsed) notFound()
  const actor = await getActor(type, parsed.canonical, locale)
  if (!actor) notFound()
  if (!parsed.isCanonical) permanentRedirect(getPathname({ locale, href: actorPathname(type, parsed.canonical) }))
  return actor
}

export async function actorMetadata(locale: Locale, actor: ActorDetail): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Actors' })
  return pageMetadata({
    locale,
    pathname: actorPathname(actor.type, actor.slug),
    title: actor.type === 'COUNTRY' ? actor.name : actorDisplayName(actor),
    description: t('detailDescription', { name: actor.name }),
  })
}

/** The page: the actor's profile and, for a country, its practices by objective as a chart. */
export function ActorPage({ actor }: { actor: ActorDetail }) {
  if (actor.type !== 'COUNTRY') return <ActorProfile actor={actor} />
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

/** The route of a country's or an organisation's page: its metadata and the page, from the URL parameter. */
export function actorRoute<Type extends ActorType>(type: Type) {
  type Props = { params: Promise<{ locale: string } & Record<(typeof PARAM_NAMES)[Type], string>> }
  async function load(params: Props['params']) {
    const locale = await pageLocale(params)
    return { locale, actor: await loadActor(type, locale, (await params)[PARAM_NAMES[type]]) }
  }
  return {
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const { locale, actor } = await load(params)
      return actorMetadata(locale, actor)
    },
    async Page({ params }: Props) {
      const { actor } = await load(params)
      return <ActorPage actor={actor} />
    },
  }
}

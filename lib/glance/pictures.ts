import 'server-only'
// The pictures of "the forum at a glance": each one is the query's rows, their labels in the user's
// language and the SVG drawn from them. The page and the download (app/api/v1/glance/…) both call these
// functions, so the figures in the file are the figures on the page.
import { createTranslator, type Locale } from 'next-intl'
import en from '@/messages/en.json'
import es from '@/messages/es.json'
import { actorHref, objectiveHref, sessionHref, type Href } from '@/components/forum/hrefs'
import type { ActorGroup } from '../generated/prisma/enums'
import { ACTOR_GROUP_ORDER } from '@/lib/forum/refs'
import { byText } from '@/lib/i18n/localize'
import {
  findCountryPracticeCounts,
  findKindPracticeCounts,
  findObjectivePracticeCounts,
  findSessionPracticeCounts,
  getCountryName,
  getSessionTitle,
  type GlanceFilter,
} from '../insight/glance-queries'
import { SLUG_BY_KIND } from '../practices/schemas'
import { drawBarChart, type BarDatum, type BarTexts } from './draw-bars'
import { drawAmericasMap, type MapGroup } from './draw-map'
import { americasNumericId } from './iso-3166'
import { colourClasses } from './svg'

// The core translator rather than next-intl/server's getTranslations: the same messages, but usable
// from a route handler, a server component and a plain test process alike.
function glanceTranslator(locale: Locale) {
  return createTranslator({ locale, messages: locale === 'en' ? en : es, namespace: 'Glance' })
}
function forumTranslator(locale: Locale) {
  return createTranslator({ locale, messages: locale === 'en' ? en : es, namespace: 'Forum' })
}
type Translator = ReturnType<typeof glanceTranslator>

/**
 * How the picture is used: `link` turns an internal href into the URL written in the SVG (a path for the
 * page, an absolute URL for a download: lib/glance/links.ts); `download` adds the visible heading and
 * source line a file needs on its own.
 */
export type PictureOptions = { idPrefix: string; link: (href: Href) => string; download?: boolean }

const MAP_GROUP: Partial<Record<ActorGroup, MapGroup>> = {
  CRM_MEMBER: 'member',
  SOUTH_AMERICAN_CHAMPION: 'champion',
  EXTRA_REGIONAL_CHAMPION: 'champion',
  OTHER_COUNTRY: 'other',
}

function legendTexts(t: Translator) {
  return {
    legendHeading: t('legendHeading'),
    legendNone: t('legendNone'),
    classLabels: colourClasses().map(({ from, to }) =>
      to === null
        ? t('legendFrom', { from })
        : to === from
          ? t('legendExactly', { from })
          : t('legendRange', { from, to }),
    ),
  }
}

function standalone(t: Translator, title: string, options: PictureOptions) {
  return options.download ? { heading: title, source: t('source') } : {}
}

// ---------------------------------------------------------------------------------------------
// The map
// ---------------------------------------------------------------------------------------------

export type MapRow = { slug: string; name: string; group: ActorGroup; count: number; href: Href; onMap: boolean }

export type MapPicture = {
  svg: string
  title: string
  /** Practices the filter selects (a practice of two countries counts once). */
  total: number
  /** Country actors by group, then name: drawn ones and the ones outside the map's extent. */
  rows: MapRow[]
  offMap: MapRow[]
  /** The filter actually applied (an unknown session is dropped). */
  filter: GlanceFilter
}

export async function getMapPicture(
  locale: Locale,
  requested: GlanceFilter,
  options: PictureOptions,
): Promise<MapPicture> {
  const sessionTitle = requested.session ? await getSessionTitle(locale, requested.session) : null
  const filter: GlanceFilter = { ...requested, session: sessionTitle ? requested.session : undefined }
  const t = glanceTranslator(locale)
  const counts = await findCountryPracticeCounts(locale, filter)

  const title =
    filter.objective !== undefined
      ? t('mapTitleObjective', { number: filter.objective })
      : sessionTitle
        ? t('mapTitleSession', { session: sessionTitle })
        : filter.kinds?.length
          ? t('mapTitleFiltered')
          : t('mapTitle')
  const byName = byText<MapRow>(locale, (row) => row.name)
  const rows = counts.countries
    .map((country) => ({
      slug: country.slug,
      name: country.name,
      group: country.group,
      count: country.count,
      href: actorHref({ type: 'COUNTRY', slug: country.slug }),
      onMap: americasNumericId(country.isoCode) !== null,
    }))
    .sort((a, b) => ACTOR_GROUP_ORDER.indexOf(a.group) - ACTOR_GROUP_ORDER.indexOf(b.group) || byName(a, b))

  const drawn = counts.countries.flatMap((country) => {
    const id = americasNumericId(country.isoCode)
    if (!id) return []
    return [
      {
        id,
        group: MAP_GROUP[country.group] ?? 'other',
        count: country.count,
        label: t('countryLabel', { name: country.name, count: country.count }),
        href: country.count > 0 ? options.link(actorHref({ type: 'COUNTRY', slug: country.slug })) : null,
      },
    ]
  })
  const svg = drawAmericasMap({
    idPrefix: options.idPrefix,
    countries: drawn,
    texts: {
      title,
      description: t('mapDescription', { countries: drawn.filter((c) => c.count > 0).length, total: counts.total }),
      ...legendTexts(t),
      groups: { member: t('groupMember'), champion: t('groupChampion'), other: t('groupOther') },
      inset: t('inset'),
      ...standalone(t, title, options),
    },
  })
  return {
    svg,
    title,
    total: counts.total,
    rows: rows.filter((r) => r.onMap),
    offMap: rows.filter((r) => !r.onMap),
    filter,
  }
}

// ---------------------------------------------------------------------------------------------
// The charts
// ---------------------------------------------------------------------------------------------

export type ChartRow = BarDatum & { href: Href }
export type ChartPicture = { svg: string; title: string; rows: ChartRow[] }

function chart(t: Translator, title: string, rows: ChartRow[], options: PictureOptions): ChartPicture {
  const texts: BarTexts = {
    title,
    description: t('chartDescription', {
      bars: rows.length,
      empty: rows.filter((r) => r.value === 0).length,
      max: Math.max(0, ...rows.map((r) => r.value)),
    }),
    ...legendTexts(t),
    ...standalone(t, title, options),
  }
  return { svg: drawBarChart({ idPrefix: options.idPrefix, bars: rows, texts }), title, rows }
}

/** The filter of a chart, with an unknown session or country dropped (the defaults, as in the catalogue). */
async function knownFilter(
  locale: Locale,
  filter: ChartFilter,
): Promise<{ filter: ChartFilter; countryName: string | null }> {
  const [sessionTitle, countryName] = await Promise.all([
    filter.session ? getSessionTitle(locale, filter.session) : null,
    filter.actor ? getCountryName(locale, filter.actor) : null,
  ])
  return {
    filter: {
      session: sessionTitle ? filter.session : undefined,
      kinds: filter.kinds ?? [],
      actor: countryName ? filter.actor : undefined,
    },
    countryName,
  }
}

/** Which practices a chart counts: one country's, or one session's or kinds' (the coverage page's filters). */
export type ChartFilter = { actor?: string; session?: string; kinds?: GlanceFilter['kinds'] }

/** Practices per GCM objective (all 23), for all published practices or the filter's. */
export async function getObjectivesChart(
  locale: Locale,
  requested: ChartFilter,
  options: PictureOptions,
): Promise<ChartPicture> {
  const { filter, countryName } = await knownFilter(locale, requested)
  const t = glanceTranslator(locale)
  const counts = await findObjectivePracticeCounts(locale, filter)
  const actor = filter.actor
  const rows = counts.map((objective) => ({
    key: String(objective.number),
    label: t('objectiveBar', { number: objective.number, title: objective.shortLabel ?? objective.title }),
    value: objective.count,
    href: actor ? catalogueObjectiveActorHref(objective.number, actor) : objectiveHref(objective.number),
  }))
  const title = countryName
    ? t('objectivesTitleCountry', { name: countryName })
    : filter.session || filter.kinds?.length
      ? t('objectivesTitleFiltered')
      : t('objectivesTitle')
  return chart(t, title, rows, options)
}

function catalogueObjectiveActorHref(objective: number, actor: string): Href {
  return { pathname: '/practices', query: { objective: String(objective), actor } }
}

export async function getSessionsChart(locale: Locale, options: PictureOptions): Promise<ChartPicture> {
  const [t, tForum] = [glanceTranslator(locale), forumTranslator(locale)]
  const counts = await findSessionPracticeCounts(locale)
  const rows = counts.map((session) => ({
    key: session.slug,
    label: `${tForum('sessionCode', { code: session.code })}: ${session.title}`,
    value: session.count,
    href: sessionHref(session.slug),
  }))
  return chart(t, t('sessionsTitle'), rows, options)
}

export async function getKindsChart(
  locale: Locale,
  requested: ChartFilter,
  options: PictureOptions,
): Promise<ChartPicture> {
  const { filter } = await knownFilter(locale, { session: requested.session, kinds: requested.kinds })
  const [t, tForum] = [glanceTranslator(locale), forumTranslator(locale)]
  const counts = await findKindPracticeCounts(filter)
  const rows = counts.map(({ kind, count }) => ({
    key: SLUG_BY_KIND[kind],
    label: tForum(`kindPlural.${kind}`),
    value: count,
    href: { pathname: '/practices', query: { kind: SLUG_BY_KIND[kind] } } as Href,
  }))
  return chart(t, filter.session || filter.kinds?.length ? t('kindsTitleFiltered') : t('kindsTitle'), rows, options)
}

// ---------------------------------------------------------------------------------------------
// Downloads
// ---------------------------------------------------------------------------------------------

export const GLANCE_PICTURES = ['map', 'objectives', 'sessions', 'kinds'] as const
export type GlancePictureName = (typeof GLANCE_PICTURES)[number]

/** The download URL of a picture with the filters the page shows (read back by the route handler). */
export function glanceDownloadHref(
  locale: Locale,
  picture: GlancePictureName,
  params: { objective?: number; session?: string; kinds?: string[]; actor?: string } = {},
): string {
  const query = new URLSearchParams({ locale })
  if (params.objective !== undefined) query.set('objective', String(params.objective))
  if (params.session) query.set('session', params.session)
  for (const kind of params.kinds ?? []) query.append('kind', kind)
  if (params.actor) query.set('actor', params.actor)
  return `/api/v1/glance/${picture}.svg?${query.toString()}`
}

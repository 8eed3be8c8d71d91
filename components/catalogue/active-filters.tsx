import { useTranslations } from 'next-intl'
import { Link } from '@/components/ui'
import type { CatalogueFacets } from '@/lib/practices/catalogue-types'
import { catalogueQuery, type CatalogueSearchParams } from '@/lib/practices/schemas'
import { Section } from '@/components/ui/section'

type Chip = { key: string; label: string; without: Partial<CatalogueSearchParams> }

/** The filters in force as removable chips (links to the same view without one), and "clear all". */
export function activeFilterChips(
  params: CatalogueSearchParams,
  facets: CatalogueFacets,
  labels: {
    query: (q: string) => string
    kind: (kind: string) => string
    source: (source: string) => string
    objective: (n: number, title: string) => string
  },
): Chip[] {
  const label = (facet: keyof CatalogueFacets, value: string) =>
    facets[facet].find((f) => f.value === value)?.label ?? value
  const chips: Chip[] = []
  if (params.q) chips.push({ key: 'q', label: labels.query(params.q), without: { ...params, q: '', page: 1 } })
  for (const n of params.objective)
    chips.push({
      key: `objective-${n}`,
      label: labels.objective(n, label('objective', String(n))),
      without: { ...params, objective: params.objective.filter((v) => v !== n), page: 1 },
    })
  for (const slug of params.actor)
    chips.push({
      key: `actor-${slug}`,
      label: label('actor', slug),
      without: { ...params, actor: params.actor.filter((v) => v !== slug), page: 1 },
    })
  for (const slug of params.session)
    chips.push({
      key: `session-${slug}`,
      label: label('session', slug),
      without: { ...params, session: params.session.filter((v) => v !== slug), page: 1 },
    })
  for (const kind of params.kind)
    chips.push({
      key: `kind-${kind}`,
      label: labels.kind(kind),
      without: { ...params, kind: params.kind.filter((v) => v !== kind), page: 1 },
    })
  for (const source of params.source)
    chips.push({
      key: `source-${source}`,
      label: labels.source(source),
      without: { ...params, source: params.source.filter((v) => v !== source), page: 1 },
    })
  return chips
}

export function ActiveFilters({ chips }: { chips: Chip[] }) {
  const t = useTranslations('Catalogue')
  if (chips.length === 0) return null
  return (
    <Section
      id="active-filters"
      heading={t('activeFilters')}
      level={3}
      headingClassName="text-sm font-semibold text-neutral-800"
      className="space-y-2"
      data-print="hide"
    >
      <ul className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link
              href={{ pathname: '/practices', query: catalogueQuery(chip.without) }}
              variant="plain"
              aria-label={t('removeFilter', { label: chip.label })}
              className="inline-flex min-h-11 max-w-full items-center gap-2 rounded-full border border-primary-700 bg-primary-50 px-3 py-1 text-sm text-primary-900 hover:bg-primary-100 [overflow-wrap:anywhere]"
            >
              <span>{chip.label}</span>
              <span aria-hidden="true" className="text-base font-bold">
                ×
              </span>
            </Link>
          </li>
        ))}
        {chips.length > 1 ? (
          <li>
            <Link href="/practices" className="inline-flex min-h-11 items-center px-2 text-sm font-semibold">
              {t('clearAll')}
            </Link>
          </li>
        ) : null}
      </ul>
    </Section>
  )
}

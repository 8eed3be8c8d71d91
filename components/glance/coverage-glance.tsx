import type { CoverageFilters } from '@/lib/insight/queries'
import { KIND_BY_SLUG } from '@/lib/practices/schemas'
import { GlanceChart } from './glance-chart'
import { GlanceMap } from './glance-map'
import { GlanceSection } from './glance-section'

/**
 * The coverage page's pictures, with the page's own filters: the map, and the per-objective chart whose
 * bars are the matrix's row totals, and the per-kind chart.
 */
export function CoverageGlance({ filters }: { filters: CoverageFilters }) {
  const filter = { session: filters.session[0], kinds: filters.kind.map((kind) => KIND_BY_SLUG[kind]) }
  return (
    <GlanceSection id="coverage-glance" heading="sectionHeading">
      <GlanceMap idPrefix="coverage-map" filter={filter} />
      <div className="space-y-8">
        <GlanceChart chart="objectives" filter={filter} idPrefix="coverage-objectives-chart" />
        <GlanceChart chart="kinds" filter={filter} idPrefix="coverage-kinds-chart" />
      </div>
    </GlanceSection>
  )
}

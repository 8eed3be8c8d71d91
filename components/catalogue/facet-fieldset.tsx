import { useTranslations } from 'next-intl'
import { Checkbox, cx } from '@/components/ui'
import type { FacetValue } from '@/lib/practices/catalogue-types'

/** One facet: a fieldset of checkboxes named after the URL param, each with its count. */
export function FacetFieldset({
  legend,
  name,
  values,
  label = (value) => value.label,
}: {
  legend: string
  name: 'objective' | 'actor' | 'session' | 'kind' | 'source'
  values: FacetValue[]
  label?: (value: FacetValue) => string
}) {
  const t = useTranslations('Catalogue')
  if (values.length === 0) return null
  return (
    <fieldset className="space-y-1 border-t border-neutral-200 pt-3">
      <legend className="pt-3 text-base font-semibold text-neutral-900">{legend}</legend>
      {values.map((value) => (
        <Checkbox
          key={value.value}
          name={name}
          value={value.value}
          defaultChecked={value.selected}
          className={cx(value.count === 0 && !value.selected && 'text-neutral-600')}
          label={
            <span className="[overflow-wrap:anywhere]">
              {label(value)}{' '}
              <span className="whitespace-nowrap text-sm text-neutral-700">
                <span aria-hidden="true">({value.count})</span>
                <span className="sr-only">{t('facetCount', { count: value.count })}</span>
              </span>
            </span>
          }
        />
      ))}
    </fieldset>
  )
}

import { getTranslations } from 'next-intl/server'
import { cx } from '@/components/ui/button'
import { SCALE } from './scale'
import { Section } from '@/components/ui/section'

export async function CoverageLegend() {
  const t = await getTranslations('Coverage')
  return (
    <Section
      id="coverage-legend"
      heading={t('legendHeading')}
      headingClassName="text-lg font-semibold"
      className="space-y-2"
    >
      <ul className="flex flex-wrap gap-2 text-sm">
        {SCALE.map((step) => (
          <li key={step.key} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className={cx(
                'inline-block h-5 w-8 border border-neutral-500 print:[print-color-adjust:exact]',
                step.className,
              )}
            />
            {t(step.key)}
          </li>
        ))}
      </ul>
      <p className="text-sm text-neutral-700">{t('legendNote')}</p>
    </Section>
  )
}

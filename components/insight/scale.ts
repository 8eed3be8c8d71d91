// The coverage matrix's colour scale: fixed bins, so a colour means the same count on every view.
// Text colours keep WCAG AA contrast on each fill; the number is always printed as well.

export type ScaleStep = {
  key: 'legendZero' | 'legendOne' | 'legendFew' | 'legendSome' | 'legendMany'
  min: number
  className: string
}

export const SCALE: readonly ScaleStep[] = [
  { key: 'legendZero', min: 0, className: 'bg-white text-neutral-600' },
  { key: 'legendOne', min: 1, className: 'bg-primary-50 text-neutral-900' },
  { key: 'legendFew', min: 2, className: 'bg-primary-100 text-neutral-900' },
  { key: 'legendSome', min: 4, className: 'bg-primary-200 text-neutral-900' },
  { key: 'legendMany', min: 7, className: 'bg-primary-700 text-white' },
]

export function scaleStep(count: number): ScaleStep {
  return [...SCALE].reverse().find((step) => count >= step.min) ?? SCALE[0]!
}

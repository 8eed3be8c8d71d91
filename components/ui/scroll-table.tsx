import type { ReactNode } from 'react'
import { cx } from './button'

/**
 * A wide table that scrolls inside its own box on narrow screens: focusable (keyboard scrolling) and
 * named, as WCAG asks of scrollable regions. In print it shows in full. `framed` draws a border round
 * the box (the coverage matrix and the comparison, whose tables have no outer border of their own).
 */
export function ScrollTable({
  label,
  framed = true,
  children,
}: {
  label: string
  framed?: boolean
  children: ReactNode
}) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={cx(
        'relative max-w-full overflow-x-auto print:overflow-visible',
        framed && 'rounded border border-neutral-200 print:border-0',
      )}
    >
      {children}
    </div>
  )
}

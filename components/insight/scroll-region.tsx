import type { ReactNode } from 'react'

/**
 * A wide table that scrolls inside its own box on narrow screens: focusable (keyboard scrolling) and
 * named, as WCAG asks of scrollable regions. In print it shows in full.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="relative max-w-full overflow-x-auto rounded border border-neutral-200 print:overflow-visible print:border-0"
    >
      {children}
    </div>
  )
}

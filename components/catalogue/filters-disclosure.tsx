import type { ReactNode } from 'react'
import styles from './filters-disclosure.module.css'

/**
 * The filters as a native disclosure (no JavaScript): collapsed on small screens, so the first result is
 * within reach; beside the results, always shown, on wide screens (see the CSS module).
 */
export function FiltersDisclosure({
  heading,
  activeLabel,
  children,
}: {
  heading: string
  /** "(2 active)", or nothing. */
  activeLabel: string
  children: ReactNode
}) {
  return (
    <details className={styles.disclosure} data-testid="filters-disclosure">
      <summary
        className={`${styles.summary} flex min-h-11 items-center rounded-md border border-neutral-300 px-3 py-2`}
      >
        <h2 className="text-xl font-semibold">
          {heading} {activeLabel ? <span className="text-base font-normal text-neutral-700">{activeLabel}</span> : null}
        </h2>
      </summary>
      <h2 className={`${styles.wideHeading} text-xl font-semibold`}>{heading}</h2>
      <div className="space-y-2">{children}</div>
    </details>
  )
}

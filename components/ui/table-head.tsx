import type { ReactNode } from 'react'
import { cx } from './button'

/** A column's heading: its text, or its label with classes of its own (a width, an alignment). */
export type ColumnHeading = string | { label: ReactNode; className?: string }

/**
 * A table's column headings, each a <th scope="col">. `cellClassName` styles every heading,
 * `betweenClassName` every heading but the last (the space before the next column).
 */
export function TableHead({
  columns,
  className,
  rowClassName,
  cellClassName,
  betweenClassName,
}: {
  columns: readonly ColumnHeading[]
  className?: string
  rowClassName?: string
  cellClassName?: string
  betweenClassName?: string
}) {
  return (
    <thead className={className}>
      <tr className={rowClassName}>
        {columns.map((column, index) => {
          const heading = typeof column === 'string' ? { label: column } : column
          return (
            <th
              key={index}
              scope="col"
              className={cx(cellClassName, index < columns.length - 1 && betweenClassName, heading.className)}
            >
              {heading.label}
            </th>
          )
        })}
      </tr>
    </thead>
  )
}

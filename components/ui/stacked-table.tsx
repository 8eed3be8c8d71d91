import type { ReactNode } from 'react'
import { cx } from './button'
import { TableHead } from './table-head'

/**
 * A table whose rows become stacked cards on phones: the column headings show from `md` up (screen
 * readers read them below it too), each row is a block and each cell a line of it.
 */
export function StackedTable({ columns, children }: { columns: string[]; children: ReactNode }) {
  return (
    <table className="w-full border-collapse text-left">
      <TableHead
        columns={columns}
        className="sr-only md:not-sr-only"
        rowClassName="border-b border-neutral-300 text-sm text-neutral-700"
        cellClassName="py-2 font-semibold"
        betweenClassName="pr-3"
      />
      <tbody>{children}</tbody>
    </table>
  )
}

/** A row of a StackedTable: a card on phones, a table row from `md` up. */
export function StackedRow({ children }: { children: ReactNode }) {
  return <tr className="block border-b border-neutral-200 py-3 md:table-row md:py-0">{children}</tr>
}

const cellClasses = (last: boolean, className?: string) =>
  cx('block py-1', !last && 'pr-3', className, 'md:table-cell md:py-3')

/** A cell of a StackedRow; `last` for the row's last cell, which needs no space after it. */
export function StackedCell({
  last = false,
  className,
  children,
}: {
  last?: boolean
  className?: string
  children: ReactNode
}) {
  return <td className={cellClasses(last, className)}>{children}</td>
}

/** The row's first cell, which names the row (<th scope="row">). */
export function StackedRowHeader({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <th scope="row" className={cellClasses(false, cx('text-left', className))}>
      {children}
    </th>
  )
}

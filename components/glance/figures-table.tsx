import type { ReactNode } from 'react'
import { cx, Link, TableHead, type LinkProps } from '@/components/ui'

/**
 * A picture's figures as a table, folded under "see the figures as a table": the same numbers as the
 * picture, for a screen reader, a print-out or a copy into a spreadsheet. Each row names and links what
 * it counts (a country, an objective, a session, a kind); its last cell is the count.
 */
export function FiguresTable({
  summary,
  caption,
  columns,
  className,
  data,
  children,
}: {
  summary: string
  /** The picture's title (read by screen readers only: the picture shows it). */
  caption: string
  /** The label column's heading, any middle ones, and the count's. */
  columns: string[]
  className?: string
  /** The table's data-glance name (the browser tests find it by it). */
  data: string
  /** The rows (FigureRow). */
  children: ReactNode
}) {
  return (
    <details className="text-sm">
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-primary-700">
        {summary}
      </summary>
      <table className={cx('mt-2 w-full border-collapse', className)} data-glance={data}>
        <caption className="sr-only">{caption}</caption>
        <TableHead
          rowClassName="border-b border-neutral-300 text-left"
          cellClassName="py-1"
          betweenClassName="pr-3"
          columns={columns.map((label, index) =>
            index === columns.length - 1 ? { label, className: 'text-right' } : label,
          )}
        />
        <tbody>{children}</tbody>
      </table>
    </details>
  )
}

/** One row of a FiguresTable: the linked label, any middle cells, and the count (with its words for a screen reader). */
export function FigureRow({
  href,
  label,
  middle = [],
  count,
  countWords,
  countData,
}: {
  href: LinkProps['href']
  label: string
  middle?: ReactNode[]
  count: number
  countWords: string
  /** The count cell's data attribute (the browser tests read the figures by it). */
  countData: Record<`data-${string}`, string>
}) {
  return (
    <tr className="border-b border-neutral-200">
      <th scope="row" className="py-1 pr-3 text-left font-normal">
        <Link href={href}>{label}</Link>
      </th>
      {middle.map((cell, index) => (
        <td key={index} className="py-1 pr-3">
          {cell}
        </td>
      ))}
      <td className="py-1 text-right tabular-nums" {...countData}>
        {count}
        <span className="sr-only"> ({countWords})</span>
      </td>
    </tr>
  )
}

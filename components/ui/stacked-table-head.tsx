import { cx } from './button'

/**
 * The column headings of a table whose rows become stacked cards on phones: shown from `md` up, and
 * still read by screen readers below it.
 */
export function StackedTableHead({ columns }: { columns: string[] }) {
  return (
    <thead className="sr-only md:not-sr-only">
      <tr className="border-b border-neutral-300 text-sm text-neutral-700">
        {columns.map((column, index) => (
          <th key={column} scope="col" className={cx('py-2', index < columns.length - 1 && 'pr-3', 'font-semibold')}>
            {column}
          </th>
        ))}
      </tr>
    </thead>
  )
}

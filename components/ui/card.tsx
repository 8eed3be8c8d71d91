import type { ComponentProps, HTMLAttributes } from 'react'
import { cx } from './button'

type CardElement = 'div' | 'article' | 'section' | 'li'

export type CardProps = HTMLAttributes<HTMLElement> & {
  /** The element to render; `article` for a self-contained item, `li` inside a list. */
  as?: CardElement
}

/** A bordered panel. */
export function Card({ as = 'div', className, ...props }: CardProps) {
  // The four elements share HTMLAttributes<HTMLElement>; render through one intrinsic type.
  const Element = as as 'div'
  return (
    <Element
      className={cx('rounded-lg border border-neutral-200 bg-white p-5 shadow-sm', className)}
      {...(props as HTMLAttributes<HTMLDivElement>)}
    />
  )
}

export type CardTitleProps = ComponentProps<'h2'> & {
  /** The heading level, so headings stay in order on every page. */
  level?: 2 | 3 | 4
}

/** The heading of a card. */
export function CardTitle({ level = 2, className, ...props }: CardTitleProps) {
  const Heading = `h${level}` as const
  return <Heading className={cx('text-lg font-semibold leading-snug text-neutral-900', className)} {...props} />
}

import type { ComponentProps } from 'react'
import { cx } from './button'

export type BadgeVariant = 'neutral' | 'primary' | 'success' | 'warning' | 'danger'

const variants: Record<BadgeVariant, string> = {
  neutral: 'bg-neutral-100 text-neutral-700 border-neutral-200',
  primary: 'bg-primary-50 text-primary-800 border-primary-200',
  success: 'bg-success-50 text-success-700 border-success-700/30',
  warning: 'bg-warning-50 text-warning-700 border-warning-700/30',
  danger: 'bg-danger-50 text-danger-700 border-danger-700/30',
}

/** A short label (status, category). Colour is never the only signal: the text says it all. */
export function Badge({
  variant = 'neutral',
  className,
  ...props
}: ComponentProps<'span'> & { variant?: BadgeVariant }) {
  return (
    <span
      className={cx(
        'inline-flex items-center rounded-full border px-2.5 py-0.5 text-sm font-medium leading-5',
        variants[variant],
        className,
      )}
      {...props}
    />
  )
}

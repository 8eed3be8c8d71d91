import type { ComponentProps } from 'react'
import { Link as IntlLink } from '@/i18n/navigation'
import { buttonClasses, cx, type ButtonSize, type ButtonVariant } from './button'

export type LinkProps = ComponentProps<typeof IntlLink> & {
  /** `text` (default): an underlined inline link; `button`: looks like a Button; `plain`: no styling. */
  variant?: 'text' | 'button' | 'plain'
  buttonVariant?: ButtonVariant
  buttonSize?: ButtonSize
}

/**
 * An internal, localised link: `href` is an internal pathname of i18n/routing.ts (e.g. '/practices' or
 * `{ pathname: '/practices/[slug]', params: { slug } }`). Use a plain <a> for external links.
 */
export function Link({ variant = 'text', buttonVariant, buttonSize, className, ...props }: LinkProps) {
  const classes =
    variant === 'button'
      ? buttonClasses({ variant: buttonVariant, size: buttonSize, className })
      : variant === 'text'
        ? cx('text-primary-700 underline underline-offset-2 hover:text-primary-800 hover:decoration-2', className)
        : className
  return <IntlLink className={classes} {...props} />
}

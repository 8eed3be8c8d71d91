import type { ComponentProps } from 'react'

/** Joins class names, skipping empty ones. Shared by the UI primitives. */
export function cx(...classes: Array<string | false | null | undefined>): string {
  return classes.filter(Boolean).join(' ')
}

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger'
export type ButtonSize = 'md' | 'sm'

const variants: Record<ButtonVariant, string> = {
  primary: 'bg-primary-700 text-white hover:bg-primary-800 border border-primary-700 hover:border-primary-800',
  secondary: 'bg-white text-primary-700 border border-primary-700 hover:bg-primary-50',
  ghost: 'bg-transparent text-primary-700 border border-transparent hover:bg-primary-50',
  danger: 'bg-danger-700 text-white border border-danger-700 hover:bg-danger-800 hover:border-danger-800',
}

// Both sizes keep a 44 px minimum touch target (WCAG 2.5.5 / 2.5.8).
const sizes: Record<ButtonSize, string> = {
  md: 'min-h-11 min-w-11 px-4 py-2 text-base',
  sm: 'min-h-11 min-w-11 px-3 py-1.5 text-sm',
}

/** The classes of a button, for a link that must look like one (see Link's `variant="button"`). */
export function buttonClasses({
  variant = 'primary',
  size = 'md',
  className,
}: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}): string {
  return cx(
    'inline-flex items-center justify-center gap-2 rounded-md font-semibold no-underline transition-colors',
    'disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60',
    variants[variant],
    sizes[size],
    className,
  )
}

export type ButtonProps = ComponentProps<'button'> & {
  variant?: ButtonVariant
  size?: ButtonSize
}

/** The one button of the portal. `type` defaults to "button" so it never submits a form by accident. */
export function Button({ variant, size, className, type = 'button', ...props }: ButtonProps) {
  return <button type={type} className={buttonClasses({ variant, size, className })} {...props} />
}

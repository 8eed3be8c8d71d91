import { useId, type ComponentProps, type ReactNode } from 'react'
import { cx } from './button'
import { describedBy } from './input'

export type CheckboxProps = Omit<ComponentProps<'input'>, 'type' | 'children'> & {
  label: ReactNode
  hint?: ReactNode
  error?: ReactNode
}

/** A checkbox with its label; the whole label row is a 44 px touch target. */
export function Checkbox({
  id,
  label,
  hint,
  error,
  className,
  'aria-describedby': ariaDescribedBy,
  ...props
}: CheckboxProps) {
  const generatedId = useId()
  const inputId = id ?? generatedId
  return (
    <div className={cx('flex flex-col', className)}>
      <label htmlFor={inputId} className="inline-flex min-h-11 cursor-pointer items-center gap-3 py-1 text-neutral-900">
        <input
          id={inputId}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(inputId, hint, error, ariaDescribedBy)}
          className="size-5 shrink-0 cursor-pointer accent-primary-700"
          {...props}
        />
        <span>{label}</span>
      </label>
      {hint ? (
        <p id={`${inputId}-hint`} className="ml-8 text-sm text-neutral-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${inputId}-error`} className="ml-8 text-sm font-medium text-danger-700">
          {error}
        </p>
      ) : null}
    </div>
  )
}

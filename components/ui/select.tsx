import { useId, type ComponentProps, type ReactNode } from 'react'
import { cx } from './button'
import { controlClasses, describedBy, FieldFrame } from './input'

export type SelectProps = ComponentProps<'select'> & {
  label: ReactNode
  hint?: ReactNode
  error?: ReactNode
  /** Classes of the wrapper (label + control + messages); `className` styles the <select>. */
  fieldClassName?: string
}

/** A labelled native <select>; pass <option> elements as children. */
export function Select({
  id,
  label,
  hint,
  error,
  required,
  className,
  fieldClassName,
  'aria-describedby': ariaDescribedBy,
  children,
  ...props
}: SelectProps) {
  const generatedId = useId()
  const selectId = id ?? generatedId
  return (
    <FieldFrame id={selectId} label={label} hint={hint} error={error} required={required} className={fieldClassName}>
      <select
        id={selectId}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(selectId, hint, error, ariaDescribedBy)}
        className={cx(controlClasses, 'pr-8', className)}
        {...props}
      >
        {children}
      </select>
    </FieldFrame>
  )
}

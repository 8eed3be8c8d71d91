import { useId, type ComponentProps, type ReactNode } from 'react'
import { cx } from './button'

export const controlClasses =
  'block w-full min-h-11 rounded-md border border-neutral-500 bg-white px-3 py-2 text-base text-neutral-900 ' +
  'placeholder:text-neutral-600 disabled:cursor-not-allowed disabled:bg-neutral-100 ' +
  'aria-invalid:border-danger-700'

/** The label, hint and error around a form control, with their ids wired to it. */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  required,
  className,
  children,
}: {
  id: string
  label: ReactNode
  hint?: ReactNode
  error?: ReactNode
  required?: boolean
  className?: string
  children: ReactNode
}) {
  return (
    <div className={cx('flex flex-col gap-1', className)}>
      <label htmlFor={id} className="font-medium text-neutral-900">
        {label}
        {required ? (
          <span aria-hidden="true" className="text-danger-700">
            {' '}
            *
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-neutral-600">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-danger-700">
          {error}
        </p>
      ) : null}
    </div>
  )
}

/** aria-describedby for a control: its hint and error, plus any ids the caller passes. */
export function describedBy(id: string, hint: unknown, error: unknown, extra?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, extra].filter(Boolean)
  return ids.length > 0 ? ids.join(' ') : undefined
}

/** What every labelled control takes besides its own attributes. */
export type LabelledControlProps = {
  id?: string
  label: ReactNode
  hint?: ReactNode
  error?: ReactNode
  required?: boolean
  /** Classes of the wrapper (label + control + messages); `className` styles the control itself. */
  fieldClassName?: string
  'aria-describedby'?: string
}

/**
 * Splits a labelled control's props into its FieldFrame's and the control's own, wired together: one id
 * (generated when none is given), aria-invalid on an error, aria-describedby naming the hint and error.
 */
export function useLabelledControl<P extends LabelledControlProps>({
  id,
  label,
  hint,
  error,
  required,
  fieldClassName,
  'aria-describedby': ariaDescribedBy,
  ...rest
}: P) {
  const generatedId = useId()
  const controlId = id ?? generatedId
  return {
    frame: { id: controlId, label, hint, error, required, className: fieldClassName },
    control: {
      id: controlId,
      required,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy(controlId, hint, error, ariaDescribedBy),
      ...rest,
    },
  }
}

export type InputProps = Omit<ComponentProps<'input'>, 'children'> & LabelledControlProps

/** A labelled text input. The label, hint and error are associated with the control. */
export function Input({ className, ...props }: InputProps) {
  const { frame, control } = useLabelledControl(props)
  return (
    <FieldFrame {...frame}>
      <input {...control} className={cx(controlClasses, className)} />
    </FieldFrame>
  )
}

import type { ComponentProps, ReactNode } from 'react'
import { cx } from './button'
import { controlClasses, FieldFrame, useLabelledControl, type LabelledControlProps } from './input'

export type SelectOption = { value: string; label: ReactNode }

export type SelectProps = ComponentProps<'select'> &
  LabelledControlProps & {
    /** The label of a first, empty option ("any", "choose…"), when the field may be left unset. */
    blank?: ReactNode
    /** The choices, in order; `children` (more <option>s) follow them. */
    options?: readonly SelectOption[]
  }

/** A labelled native <select>: its choices as `options`, or <option> elements as children. */
export function Select({ className, blank, options, children, ...props }: SelectProps) {
  const { frame, control } = useLabelledControl(props)
  return (
    <FieldFrame {...frame}>
      <select {...control} className={cx(controlClasses, 'pr-8', className)}>
        {blank === undefined ? null : <option value="">{blank}</option>}
        {options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {children}
      </select>
    </FieldFrame>
  )
}

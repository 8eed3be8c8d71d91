import type { ComponentProps } from 'react'
import { cx } from './button'
import { useLabelledControl, type LabelledControlProps } from './input'

export type CheckboxProps = Omit<ComponentProps<'input'>, 'type' | 'children'> &
  Omit<LabelledControlProps, 'fieldClassName'>

/** A checkbox with its label; the whole label row is a 44 px touch target. */
export function Checkbox({ className, ...props }: CheckboxProps) {
  const { frame, control } = useLabelledControl(props)
  return (
    <div className={cx('flex flex-col', className)}>
      <label
        htmlFor={frame.id}
        className="inline-flex min-h-11 cursor-pointer items-center gap-3 py-1 text-neutral-900"
      >
        <input type="checkbox" {...control} className="size-5 shrink-0 cursor-pointer accent-primary-700" />
        <span>{frame.label}</span>
      </label>
      {frame.hint ? (
        <p id={`${frame.id}-hint`} className="ml-8 text-sm text-neutral-600">
          {frame.hint}
        </p>
      ) : null}
      {frame.error ? (
        <p id={`${frame.id}-error`} className="ml-8 text-sm font-medium text-danger-700">
          {frame.error}
        </p>
      ) : null}
    </div>
  )
}

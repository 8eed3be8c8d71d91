import type { ReactNode } from 'react'
import { cx } from './button'
import { controlClasses, describedBy, FieldFrame } from './input'

type Common = {
  id: string
  name: string
  label: ReactNode
  error?: string
  hint?: ReactNode
  required?: boolean
  rows?: number
  lang?: string
  /**
   * The longest text the server accepts. The control lets one more character in, so that going over
   * gets the server's message rather than a silent cut.
   */
  maxLength?: number
}

/** Controlled: the practice editor keeps its values in state. */
export type ControlledTextAreaProps = Common & {
  value: string
  onChange: (value: string) => void
  defaultValue?: never
}

/** Controlled, or not (a plain form that posts what was typed: `defaultValue`). */
export type TextAreaProps =
  ControlledTextAreaProps | (Common & { defaultValue: string; value?: never; onChange?: never })

/** A labelled textarea. The label, hint and error are associated with the control. */
export function TextArea({
  id,
  name,
  label,
  value,
  onChange,
  defaultValue,
  error,
  hint,
  required,
  rows = 4,
  lang,
  maxLength,
}: TextAreaProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        lang={lang}
        value={value}
        defaultValue={defaultValue}
        required={required}
        maxLength={maxLength === undefined ? undefined : maxLength + 1}
        onChange={onChange ? (event) => onChange(event.target.value) : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={cx(controlClasses, 'font-sans')}
      />
    </FieldFrame>
  )
}

import type { ReactNode } from 'react'
import { cx } from './button'
import { controlClasses, describedBy, FieldFrame } from './input'

export type TextAreaProps = {
  id: string
  name: string
  label: ReactNode
  value: string
  onChange: (value: string) => void
  error?: string
  hint?: ReactNode
  required?: boolean
  rows?: number
  lang?: string
}

/** A labelled, controlled textarea. The label, hint and error are associated with the control. */
export function TextArea({ id, name, label, value, onChange, error, hint, required, rows = 4, lang }: TextAreaProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        lang={lang}
        value={value}
        required={required}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={cx(controlClasses, 'font-sans')}
      />
    </FieldFrame>
  )
}

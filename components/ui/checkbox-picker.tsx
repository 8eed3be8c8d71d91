'use client'

import { useState } from 'react'
import { Input } from './input'

export type CheckboxPickerProps = {
  id: string
  name: string
  legend: string
  options: { value: string; label: string }[]
  selected: string[]
  onChange: (selected: string[]) => void
  error?: string
  /** The filter box's label, the "n selected" line and the "nothing matches" line, in the page's language. */
  labels: { filter: string; selected: (count: number) => string; noMatches: string }
}

/** Lower case without accents, so "energia" finds "Energía". */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
}

/** An accessible checkbox list with a filter box: every option stays in the form, filtered ones are hidden. */
export function CheckboxPicker({ id, name, legend, options, selected, onChange, error, labels }: CheckboxPickerProps) {
  const [filter, setFilter] = useState('')
  const normalized = folded(filter).trim()
  const matches = (label: string) => normalized === '' || folded(label).includes(normalized)
  const visible = options.filter((option) => matches(option.label)).length
  return (
    <fieldset
      className="space-y-2"
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="font-medium text-neutral-900">{legend}</legend>
      <Input
        id={`${id}-filter`}
        type="search"
        label={labels.filter}
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
        autoComplete="off"
      />
      <p className="text-sm text-neutral-700" aria-live="polite">
        {labels.selected(selected.length)}
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-danger-700">
          {error}
        </p>
      ) : null}
      <ul className="max-h-72 overflow-y-auto rounded-md border border-neutral-300 px-3 py-1">
        {options.map((option) => {
          const checked = selected.includes(option.value)
          return (
            <li key={option.value} hidden={!matches(option.label)}>
              <label className="flex min-h-11 cursor-pointer items-center gap-3 py-1">
                <input
                  type="checkbox"
                  name={name}
                  value={option.value}
                  checked={checked}
                  onChange={() =>
                    onChange(checked ? selected.filter((value) => value !== option.value) : [...selected, option.value])
                  }
                  className="size-5 shrink-0 accent-primary-700"
                />
                <span className="[overflow-wrap:anywhere]">{option.label}</span>
              </label>
            </li>
          )
        })}
      </ul>
      {visible === 0 ? <p className="text-sm text-neutral-700">{labels.noMatches}</p> : null}
    </fieldset>
  )
}

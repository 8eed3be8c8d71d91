'use client'

import { useState } from 'react'
import { cx } from './button'
import { Markdown } from './markdown'
import { TextArea, type ControlledTextAreaProps } from './text-area'

export type MarkdownFieldProps = Omit<ControlledTextAreaProps, 'rows' | 'label' | 'lang'> & {
  /** Names the tab list and heads the preview, so it is text. */
  label: string
  lang: string
  /** The tab names and the text of an empty preview, in the page's language. */
  labels: { write: string; preview: string; empty: string }
}

/** A Markdown textarea with a "Write / Preview" switch. The textarea stays in the form when hidden. */
export function MarkdownField({ labels, ...props }: MarkdownFieldProps) {
  const [tab, setTab] = useState<'write' | 'preview'>('write')
  const base = props.id
  return (
    <div className="space-y-2">
      <div role="tablist" aria-label={props.label} className="flex gap-2">
        {(['write', 'preview'] as const).map((key) => (
          <button
            key={key}
            type="button"
            role="tab"
            id={`${base}-tab-${key}`}
            aria-selected={tab === key}
            aria-controls={`${base}-panel-${key}`}
            onClick={() => setTab(key)}
            className={cx(
              'min-h-11 rounded-md border px-3 text-sm font-semibold',
              tab === key
                ? 'border-primary-700 bg-primary-700 text-white'
                : 'border-neutral-500 bg-white text-primary-700',
            )}
          >
            {labels[key]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-panel-write`} aria-labelledby={`${base}-tab-write`} hidden={tab !== 'write'}>
        <TextArea {...props} rows={10} />
      </div>
      {/* The preview is the public page's own renderer (escaped text, safe links only). */}
      <div
        role="tabpanel"
        id={`${base}-panel-preview`}
        aria-labelledby={`${base}-tab-preview`}
        hidden={tab !== 'preview'}
        tabIndex={0}
        className="rounded-md border border-neutral-300 bg-neutral-50 p-4"
        lang={props.lang}
      >
        <p className="mb-2 font-medium text-neutral-900">{props.label}</p>
        {props.value.trim() ? <Markdown source={props.value} /> : <p className="text-neutral-600">{labels.empty}</p>}
      </div>
    </div>
  )
}

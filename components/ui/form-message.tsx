import type { ReactNode } from 'react'
import { cx } from '@/components/ui/button'

/**
 * The message of a whole form: an error (announced at once) or a confirmation (announced politely).
 * The live region is always rendered so screen readers notice when its text changes.
 */
export function FormMessage({ tone, id, children }: { tone: 'error' | 'success'; id?: string; children?: ReactNode }) {
  return (
    <div id={id} role={tone === 'error' ? 'alert' : 'status'} aria-live={tone === 'error' ? 'assertive' : 'polite'}>
      {children ? (
        <p
          className={cx(
            'rounded-md border px-4 py-3 font-medium',
            tone === 'error'
              ? 'border-danger-700/40 bg-danger-50 text-danger-700'
              : 'border-success-700/40 bg-success-50 text-success-700',
          )}
        >
          {children}
        </p>
      ) : null}
    </div>
  )
}

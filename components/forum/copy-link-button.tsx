'use client'

import { useTranslations } from 'next-intl'
import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { Button } from '@/components/ui'

const subscribe = () => () => {}

/**
 * Copies the URL of a paragraph (the current page + #anchor) to the clipboard and says so, visibly and
 * through a polite live region. It renders only once JavaScript runs; without it, the paragraph's own
 * anchor link (next to this button) still gives the same URL.
 */
export function CopyLinkButton({ anchor, label }: { anchor: string; label: string }) {
  const t = useTranslations('Communique')
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  useEffect(() => () => clearTimeout(timer.current), [])

  if (!hydrated) return null

  async function copy() {
    const url = new URL(window.location.href)
    url.hash = anchor
    try {
      await navigator.clipboard.writeText(url.toString())
      setState('copied')
    } catch {
      setState('failed')
    }
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setState('idle'), 4000)
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button variant="ghost" size="sm" onClick={copy} aria-label={label}>
        {t('copyLink')}
      </Button>
      <span role="status" aria-live="polite" className="text-sm font-medium text-success-700">
        {state === 'copied' ? (
          t('copied')
        ) : state === 'failed' ? (
          <span className="text-danger-700">{t('copyFailed')}</span>
        ) : null}
      </span>
    </span>
  )
}

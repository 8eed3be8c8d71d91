'use client'
// The catalogue's GET form, enhanced: with JavaScript, ticking a facet or changing the sort updates
// the URL at once (router.replace, no full reload) and typing does so after a short pause; without
// it, the form submits as a plain GET. The server renders every control from the URL; after each
// update this component announces the new count in its live region and, after a filter or sort change,
// moves focus and the view to the result summary (on a phone the filters sit above the results, a
// screen or more away).
//
// Each view is its own cached route (lib/practices/catalogue-view-key.ts), so a new view mounts a new
// page: this component then starts afresh. What the user was doing crosses over in `handoff` (module
// state, one catalogue per tab): the announcement, the focus, the open filters, and the words typed while
// the update was on its way.
import { usePathname, useRouter } from 'next/navigation'
import { useEffect, useRef, useState, useTransition, type FocusEvent, type FormEvent, type ReactNode } from 'react'
import { catalogueQueryString, normalizeQuery, type CatalogueSort } from '@/lib/practices/catalogue-query'
import type { CatalogueSearchParams } from '@/lib/practices/schemas'

const TYPING_DELAY_MS = 350

type Handoff = {
  /** The view asked for. */
  stateKey: string
  /** A filter or the sort changed: focus goes to the result summary. */
  focusSummary: boolean
  /** The filters' disclosure (collapsed by default on a phone) was open: it stays open. */
  filtersOpen: boolean
}
let handoff: Handoff | null = null
/** The search box while it has focus: its text and caret, kept up to date as the user types. */
let typing: { value: string; start: number | null; end: number | null } | null = null

/**
 * The view the form's controls say, first page. Its values are the ones the server rendered (the boxes,
 * the sort's options) and the typed words, tidied as the server does; the proxy validates any URL again
 * (lib/practices/catalogue-view-key.ts). Without the schema module: no zod in the browser.
 */
function viewOfForm(form: HTMLFormElement): Partial<CatalogueSearchParams> {
  const data = new FormData(form)
  const all = (name: string) => data.getAll(name).map(String)
  const sort = form.elements.namedItem('sort')
  return {
    q: normalizeQuery(String(data.get('q') ?? '')),
    objective: all('objective').map(Number),
    actor: all('actor'),
    session: all('session'),
    kind: all('kind') as CatalogueSearchParams['kind'],
    source: all('source') as CatalogueSearchParams['source'],
    // A sort left at its default follows the query: relevance with words, title without.
    sort:
      sort instanceof HTMLSelectElement && sort.value !== sort.dataset.default
        ? (sort.value as CatalogueSort)
        : undefined,
    page: 1,
  }
}

function moveToSummary(id: string) {
  const summary = document.getElementById(id)
  summary?.focus({ preventScroll: true })
  summary?.scrollIntoView({ block: 'start' })
}

function rememberTyping(input: HTMLInputElement) {
  typing = { value: input.value, start: input.selectionStart, end: input.selectionEnd }
}

export function CatalogueForm({
  action,
  stateKey,
  updatingLabel,
  resultSummary,
  resultSummaryId,
  children,
}: {
  /** The localised catalogue path, for the no-JavaScript submission. */
  action: string
  /** The canonical query string the server rendered. */
  stateKey: string
  updatingLabel: string
  /** The count the server rendered ("12 practices"), announced after each update. */
  resultSummary: string
  /** The id of the result summary element (tabIndex -1) that receives focus after a filter change. */
  resultSummaryId: string
  children: ReactNode
}) {
  const router = useRouter()
  const pathname = usePathname()
  const formRef = useRef<HTMLFormElement>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const [pending, startTransition] = useTransition()
  const [updated, setUpdated] = useState(false)

  function navigate(moveFocus = false) {
    const form = formRef.current
    if (!form) return
    const query = catalogueQueryString(viewOfForm(form))
    if (query === stateKey) return
    handoff = { stateKey: query, focusSummary: moveFocus, filtersOpen: Boolean(form.querySelector('details')?.open) }
    startTransition(() => router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false }))
  }

  function onChange(event: FormEvent<HTMLFormElement>) {
    clearTimeout(timer.current)
    const target = event.target as HTMLInputElement
    if (target.name === 'q') {
      rememberTyping(target)
      timer.current = setTimeout(() => navigate(), TYPING_DELAY_MS)
    } else navigate(true)
  }

  function onFocus(event: FocusEvent<HTMLFormElement>) {
    const target = event.target
    if (target instanceof HTMLInputElement && target.name === 'q') rememberTyping(target)
    else typing = null
  }

  function onBlur(event: FocusEvent<HTMLFormElement>) {
    // Focus left the form for another element (not for nowhere, as when the page is replaced).
    if (event.relatedTarget && !event.currentTarget.contains(event.relatedTarget as Node)) typing = null
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    clearTimeout(timer.current)
    navigate()
  }

  // Each view is a new page, so everything happens once, when this one is mounted: the controls are
  // brought in line with what the server rendered (a browser may restore older values into them), the
  // form is marked as enhanced (browser tests wait for it), and it takes over from the page it replaced.
  useEffect(() => {
    const form = formRef.current
    for (const element of Array.from(form?.elements ?? [])) {
      if (element instanceof HTMLInputElement && element.type === 'checkbox') element.checked = element.defaultChecked
      else if (element instanceof HTMLInputElement && element.name === 'q' && document.activeElement !== element)
        element.value = element.defaultValue
      else if (element instanceof HTMLSelectElement && element.dataset.current) element.value = element.dataset.current
    }
    form?.setAttribute('data-enhanced', 'true')
    const arrived = handoff?.stateKey === stateKey ? handoff : null
    handoff = null
    if (arrived && form) {
      // The live region says the new count; a filter change also brings the summary into view.
      setUpdated(true)
      const filters = form.querySelector('details')
      if (filters && arrived.filtersOpen) filters.open = true
      const query = form.elements.namedItem('q')
      if (arrived.focusSummary) moveToSummary(resultSummaryId)
      else if (typing && query instanceof HTMLInputElement) {
        query.value = typing.value
        query.focus()
        query.setSelectionRange(typing.start, typing.end)
        // Words typed after the update was asked for: ask for them too.
        navigate()
      }
    }
    return () => clearTimeout(timer.current)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per page: stateKey never changes within one
  }, [])

  return (
    <form
      ref={formRef}
      method="get"
      action={action}
      onChange={onChange}
      onSubmit={onSubmit}
      onFocus={onFocus}
      onBlur={onBlur}
      aria-busy={pending}
      data-pending={pending ? 'true' : undefined}
      className="group"
    >
      <p role="status" aria-live="polite" className="min-h-6 text-sm font-medium text-primary-800" data-print="hide">
        {pending ? updatingLabel : updated ? resultSummary : ''}
      </p>
      {children}
    </form>
  )
}

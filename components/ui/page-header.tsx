import type { ReactNode } from 'react'
import { cx } from './button'

// The one look of a page title. `wrap` lets a title that comes from the data (a practice, an actor,
// a session) break anywhere rather than widen a phone's page; `size` is for the home page's larger
// title and the communiqué's long one.
const TITLE_SIZES = { md: 'text-3xl', lg: 'text-3xl sm:text-4xl', long: 'text-2xl sm:text-3xl' } as const

export type PageHeaderProps = {
  title: ReactNode
  /** A short line above the title (a number, a kind). */
  eyebrow?: ReactNode
  /** Badges above the title. */
  badges?: ReactNode
  /** The page's introduction, under the title. */
  lead?: ReactNode
  /** A larger lead (the public section pages). */
  leadSize?: 'md' | 'lg'
  titleId?: string
  titleLang?: string
  size?: keyof typeof TITLE_SIZES
  wrap?: boolean
  /**
   * The element round the block: a public page's header is a <header>, the workspace's a <div>;
   * "fragment" leaves the pieces in the page's own container (its spacing applies to them).
   */
  as?: 'header' | 'div' | 'section' | 'fragment'
  className?: string
  /** Anything more under the lead (links, notes, metadata). */
  children?: ReactNode
}

/** A page's h1, with its eyebrow or badges above and its lead under it. */
export function PageHeader({
  title,
  eyebrow,
  badges,
  lead,
  leadSize = 'md',
  titleId,
  titleLang,
  size = 'md',
  wrap = false,
  as: Element = 'header',
  className = 'max-w-3xl space-y-3',
  children,
}: PageHeaderProps) {
  const content = (
    <>
      {eyebrow ? <p className="text-sm font-semibold uppercase tracking-wide text-neutral-700">{eyebrow}</p> : null}
      {badges ? <div className="flex flex-wrap items-center gap-2">{badges}</div> : null}
      <h1
        id={titleId}
        lang={titleLang}
        className={cx(
          TITLE_SIZES[size],
          'font-bold leading-tight text-primary-900',
          wrap && '[overflow-wrap:anywhere]',
        )}
      >
        {title}
      </h1>
      {lead ? (
        <p className={cx('max-w-3xl break-words text-neutral-700', leadSize === 'lg' && 'text-lg')}>{lead}</p>
      ) : null}
      {children}
    </>
  )
  return Element === 'fragment' ? content : <Element className={className}>{content}</Element>
}

import type { ReactNode } from 'react'
import { cx } from './button'

export type ContentsLink = { /** The id of the section it leads to. */ anchor: string; label: ReactNode }

/** A long page's table of contents: a named navigation landmark of in-page links (hidden in print). */
export function ContentsNav({
  id,
  heading,
  links,
  className,
}: {
  id: string
  heading: string
  links: ContentsLink[]
  className?: string
}) {
  return (
    <nav
      aria-labelledby={id}
      className={cx(className, 'rounded-lg border border-neutral-200 bg-neutral-50 p-4')}
      data-print="hide"
    >
      <h2 id={id} className="font-semibold">
        {heading}
      </h2>
      <ul className="mt-2">
        {links.map((link) => (
          <li key={link.anchor}>
            <a href={`#${link.anchor}`} className="inline-flex min-h-11 items-center">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

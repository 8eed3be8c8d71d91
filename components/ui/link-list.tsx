import type { ReactNode } from 'react'
import { Link, type LinkProps } from './link'

export type ListedLink = { key: string | number; href: LinkProps['href']; label: ReactNode }

/** A list of internal links, each with a touch target's height. `className` lays out the <ul>. */
export function LinkList({ links, className }: { links: readonly ListedLink[]; className?: string }) {
  return (
    <ul className={className}>
      {links.map((link) => (
        <li key={link.key}>
          <Link href={link.href} className="inline-block py-1">
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  )
}

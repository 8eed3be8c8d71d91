import type { ComponentPropsWithoutRef, ReactNode } from 'react'

export type SectionProps = Omit<ComponentPropsWithoutRef<'section'>, 'id' | 'aria-labelledby'> & {
  /** The heading's id: the section is named by its heading (a landmark with an accessible name). */
  id: string
  heading: ReactNode
  /** The heading's level; most page sections sit under the page's h1. */
  level?: 2 | 3 | 4
  /** The heading's classes, when a page wants other than its level's usual look. */
  headingClassName?: string
  children: ReactNode
}

// The usual look of a section heading at each level (h2 under the page's h1, h3 inside it, h4 a list's group).
const HEADING_CLASSES = { 2: 'text-2xl font-semibold', 3: 'text-xl font-semibold', 4: 'font-semibold' } as const

/** A page section named by its own heading: `<section aria-labelledby>` with the `<hN id>` it points to. */
export function Section({
  id,
  heading,
  level = 2,
  headingClassName = HEADING_CLASSES[level],
  children,
  ...rest
}: SectionProps) {
  const Heading = `h${level}` as const
  return (
    <section aria-labelledby={id} {...rest}>
      <Heading id={id} className={headingClassName}>
        {heading}
      </Heading>
      {children}
    </section>
  )
}

import { useTranslations } from 'next-intl'
import { Link, type LinkProps } from '@/components/ui'

type Neighbour = { href: LinkProps['href']; label: string }

/** The foot of a page in a sequence (objectives, sessions): links to the one before and the one after. */
export function PrevNextNav({ previous, next }: { previous: Neighbour | null; next: Neighbour | null }) {
  const t = useTranslations('Forum')
  return (
    <nav
      aria-label={t('pagination')}
      className="flex flex-wrap justify-between gap-3 border-t border-neutral-200 pt-4"
      data-print="hide"
    >
      {previous ? (
        <Link href={previous.href} rel="prev" className="inline-flex min-h-11 items-center">
          ← {t('previous')}: {previous.label}
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={next.href} rel="next" className="inline-flex min-h-11 items-center">
          {t('next')}: {next.label} →
        </Link>
      ) : null}
    </nav>
  )
}

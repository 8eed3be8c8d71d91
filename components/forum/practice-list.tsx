import { useTranslations } from 'next-intl'
import { Badge, cx, Link } from '@/components/ui'
import type { PracticeCard } from '@/lib/forum/refs'
import { actorHref } from './hrefs'
import { PracticeTitleLink, SessionCodeLinks } from './ref-links'

type Options = {
  /** Also list the sessions each practice was presented in. */
  showSessions?: boolean
  /** Show the practice's kind as a badge (leave it off under a kind heading). */
  showKind?: boolean
  className?: string
}

/** A list of practices, each linking to its page, its actors and (optionally) its sessions. */
export function PracticeList({
  practices,
  showSessions = true,
  showKind = false,
  className,
}: { practices: PracticeCard[] } & Options) {
  return (
    <ul className={cx('divide-y divide-neutral-200 border-y border-neutral-200', className)}>
      {practices.map((practice) => (
        <li key={practice.slug} className="py-3">
          <PracticeItem practice={practice} showSessions={showSessions} showKind={showKind} />
        </li>
      ))}
    </ul>
  )
}

export function PracticeItem({
  practice,
  showSessions = true,
  showKind = false,
}: { practice: PracticeCard } & Options) {
  const t = useTranslations('Forum')
  return (
    <div className="space-y-1 [overflow-wrap:anywhere]">
      <p className="font-semibold leading-snug">
        <PracticeTitleLink practice={practice} />
      </p>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-neutral-700">
        {showKind ? <Badge variant="primary">{t(`kind.${practice.kind}`)}</Badge> : null}
        {practice.actors.length > 0 ? (
          <p>
            <span className="sr-only">{t('actorsLabel')}: </span>
            {practice.actors.map((actor, index) => (
              <span key={actor.slug}>
                {index > 0 ? ', ' : null}
                <Link href={actorHref(actor)} className="inline-block py-0.5">
                  {actor.acronym ?? actor.name}
                </Link>
              </span>
            ))}
          </p>
        ) : null}
        {showSessions && practice.sessions.length > 0 ? (
          <p>
            <span>{t('presentedIn')} </span>
            <SessionCodeLinks sessions={practice.sessions} />
          </p>
        ) : null}
      </div>
    </div>
  )
}

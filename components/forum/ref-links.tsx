import { useTranslations } from 'next-intl'
import { Badge, Link } from '@/components/ui'
import type { PracticeRef, SessionRef } from '@/lib/forum/refs'
import { practiceHref, sessionHref } from './hrefs'

// Inline links to a practice or to sessions, shared by practice lists and by what recommendations link to.

/** A practice's title linking to its page; a Spanish title shown on an English page says so (lang, badge). */
export function PracticeTitleLink({
  practice,
  className,
}: {
  practice: Pick<PracticeRef, 'slug' | 'title'>
  className?: string
}) {
  const t = useTranslations('Forum')
  return (
    <>
      <Link
        href={practiceHref(practice.slug)}
        className={className}
        lang={practice.title.untranslated ? 'es' : undefined}
      >
        {practice.title.text}
      </Link>
      {practice.title.untranslated ? (
        <>
          {' '}
          <Badge variant="warning">{t('untranslated')}</Badge>
        </>
      ) : null}
    </>
  )
}

/** Sessions as their codes, comma-separated, each linking to the session's page. */
export function SessionCodeLinks({ sessions }: { sessions: Pick<SessionRef, 'slug' | 'code'>[] }) {
  const t = useTranslations('Forum')
  return sessions.map((session, index) => (
    <span key={session.slug}>
      {index > 0 ? ', ' : null}
      <Link href={sessionHref(session.slug)} className="inline-block py-0.5">
        {t('sessionCode', { code: session.code })}
      </Link>
    </span>
  ))
}

import { useTranslations } from 'next-intl'
import { Link } from '@/components/ui'
import type { PracticeRef, SessionRef } from '@/lib/forum/refs'
import { objectiveHref } from './hrefs'
import { PracticeTitleLink, SessionCodeLinks } from './ref-links'

/**
 * What a recommendation or cooperation idea is linked to: its objectives, sessions and the
 * practices it names. Renders nothing when there is nothing to link.
 */
export function RelatedLinks({
  objectiveNumbers = [],
  sessions = [],
  practices = [],
}: {
  objectiveNumbers?: number[]
  sessions?: SessionRef[]
  practices?: PracticeRef[]
}) {
  const t = useTranslations('Forum')
  if (objectiveNumbers.length === 0 && sessions.length === 0 && practices.length === 0) return null
  return (
    <div className="mt-2 space-y-1 text-sm text-neutral-700 [overflow-wrap:anywhere]">
      {objectiveNumbers.length > 0 ? (
        <p>
          <span className="font-medium">{t('objectivesLabel')}:</span>{' '}
          {objectiveNumbers.map((number, index) => (
            <span key={number}>
              {index > 0 ? ', ' : null}
              <Link href={objectiveHref(number)} className="inline-block py-0.5">
                {t('objectiveNumber', { number })}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
      {sessions.length > 0 ? (
        <p>
          <span className="font-medium">{t('sessionsLabel')}:</span> <SessionCodeLinks sessions={sessions} />
        </p>
      ) : null}
      {practices.length > 0 ? (
        <div>
          <p className="font-medium">{t('practicesNamed')}:</p>
          <ul className="list-disc pl-6">
            {practices.map((practice) => (
              <li key={practice.slug}>
                <PracticeTitleLink practice={practice} className="inline-block py-0.5" />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  )
}

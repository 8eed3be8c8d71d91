import { useLocale, useTranslations } from 'next-intl'
import { FollowUpStatus } from '@/components/follow-up/follow-up-status'
import { Badge, cx } from '@/components/ui'
import type { CooperationIdea, Recommendation } from '@/lib/forum/recommendations-queries'
import { Markdown } from '@/components/ui/markdown'
import { RelatedLinks } from './related-links'

/**
 * Recommendations, each with an anchor (its key) and its links. `showKind` labels each one with its
 * kind (on pages that mix kinds); `linkSessions` false hides the session links (on a session's page).
 */
export function RecommendationList({
  recommendations,
  showKind = false,
  linkSessions = true,
  hideObjective,
  className,
}: {
  recommendations: Recommendation[]
  showKind?: boolean
  linkSessions?: boolean
  /** The objective whose page this is: not linked again. */
  hideObjective?: number
  className?: string
}) {
  const t = useTranslations('Forum')
  const locale = useLocale()
  return (
    <ol className={cx('space-y-4', className)}>
      {recommendations.map((recommendation) => (
        <li key={recommendation.key} id={recommendation.key} className="scroll-mt-4 rounded-lg border border-neutral-200 p-4">
          {showKind ? (
            <p className="mb-2">
              <Badge variant="primary">{t(`recommendationKind.${recommendation.kind}`)}</Badge>
            </p>
          ) : null}
          <Markdown source={recommendation.text} />
          <RelatedLinks
            objectiveNumbers={recommendation.objectiveNumbers.filter((number) => number !== hideObjective)}
            sessions={linkSessions ? recommendation.sessions : []}
            practices={recommendation.practices}
          />
          <div className="mt-3 border-t border-neutral-100 pt-3">
            <FollowUpStatus
              status={recommendation.followUp.status}
              note={recommendation.followUp.note}
              checkedAt={recommendation.followUp.checkedAt}
              locale={locale}
            />
          </div>
        </li>
      ))}
    </ol>
  )
}

/** Cooperation ideas, each with an anchor (its key), its working table and session, and its links. */
export function CooperationIdeaList({
  ideas,
  showTable = true,
  hideObjective,
  className,
}: {
  ideas: CooperationIdea[]
  /** Label each idea with its working table (Mesa) and session. */
  showTable?: boolean
  hideObjective?: number
  className?: string
}) {
  const t = useTranslations('Forum')
  const locale = useLocale()
  return (
    <ol className={cx('space-y-4', className)}>
      {ideas.map((idea) => (
        <li key={idea.key} id={idea.key} className="scroll-mt-4 rounded-lg border border-neutral-200 p-4">
          {showTable ? (
            <p className="mb-2">
              <Badge variant="neutral">{t('workingTable', { table: idea.table })}</Badge>
            </p>
          ) : null}
          <Markdown source={idea.text} />
          <RelatedLinks
            objectiveNumbers={idea.objectiveNumbers.filter((number) => number !== hideObjective)}
            sessions={showTable ? [idea.session] : []}
            practices={idea.practices}
          />
          <div className="mt-3 border-t border-neutral-100 pt-3">
            <FollowUpStatus
              status={idea.followUp.status}
              note={idea.followUp.note}
              checkedAt={idea.followUp.checkedAt}
              locale={locale}
            />
          </div>
        </li>
      ))}
    </ol>
  )
}

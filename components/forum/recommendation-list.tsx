import type { ReactNode } from 'react'
import { useLocale, useTranslations } from 'next-intl'
import { FollowUpStatus } from '@/components/follow-up/follow-up-status'
import { Badge, cx } from '@/components/ui'
import type { CooperationIdea, Recommendation } from '@/lib/forum/recommendations-queries'
import { Markdown } from '@/components/ui/markdown'
import { RelatedLinks } from './related-links'

type FollowedText = Pick<Recommendation, 'key' | 'text' | 'objectiveNumbers' | 'practices' | 'followUp'>

/** One recommendation or cooperation idea: an anchored card with its badge, text, links and follow-up status. */
function FollowedItem({
  item,
  badge,
  sessions,
  hideObjective,
}: {
  item: FollowedText
  badge: ReactNode
  sessions: Recommendation['sessions']
  hideObjective?: number
}) {
  const locale = useLocale()
  return (
    <li id={item.key} className="scroll-mt-4 rounded-lg border border-neutral-200 p-4">
      {badge ? <p className="mb-2">{badge}</p> : null}
      <Markdown source={item.text} />
      <RelatedLinks
        objectiveNumbers={item.objectiveNumbers.filter((number) => number !== hideObjective)}
        sessions={sessions}
        practices={item.practices}
      />
      <div className="mt-3 border-t border-neutral-100 pt-3">
        <FollowUpStatus
          status={item.followUp.status}
          note={item.followUp.note}
          checkedAt={item.followUp.checkedAt}
          locale={locale}
        />
      </div>
    </li>
  )
}

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
  return (
    <ol className={cx('space-y-4', className)}>
      {recommendations.map((recommendation) => (
        <FollowedItem
          key={recommendation.key}
          item={recommendation}
          badge={showKind ? <Badge variant="primary">{t(`recommendationKind.${recommendation.kind}`)}</Badge> : null}
          sessions={linkSessions ? recommendation.sessions : []}
          hideObjective={hideObjective}
        />
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
  return (
    <ol className={cx('space-y-4', className)}>
      {ideas.map((idea) => (
        <FollowedItem
          key={idea.key}
          item={idea}
          badge={showTable ? <Badge variant="neutral">{t('workingTable', { table: idea.table })}</Badge> : null}
          sessions={showTable ? [idea.session] : []}
          hideObjective={hideObjective}
        />
      ))}
    </ol>
  )
}

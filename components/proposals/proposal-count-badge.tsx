import { useTranslations } from 'next-intl'
import { Badge } from '@/components/ui'

/** The number of proposals waiting for a first decision, beside the workspace menu's "Proposals". */
export function ProposalCountBadge({ count }: { count: number }) {
  const t = useTranslations('ProposalsAdmin')
  return (
    <Badge variant="warning" data-testid="proposal-count">
      <span aria-hidden="true">{count}</span>
      <span className="sr-only">{t('count', { count })}</span>
    </Badge>
  )
}

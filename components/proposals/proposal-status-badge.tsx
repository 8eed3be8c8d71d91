import { useTranslations } from 'next-intl'
import { Badge } from '@/components/ui'
import type { ProposalStatus } from '@/lib/generated/prisma/enums'

const VARIANT = { RECEIVED: 'primary', IN_REVIEW: 'warning', PUBLISHED: 'success', DECLINED: 'neutral' } as const

/** A proposal's status in the workspace. */
export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  const t = useTranslations('ProposalsAdmin')
  return <Badge variant={VARIANT[status]}>{t(`statuses.${status}`)}</Badge>
}

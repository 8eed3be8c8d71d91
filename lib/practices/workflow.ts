// Which workflow buttons the editor page shows (pure; the mutations check every transition again).
import type { Role } from '../auth/session'
import type { PublicationStatus } from '../generated/prisma/enums'
import type { PracticeTransition } from './editing-schemas'

/** The transitions the workflow offers a role in a state (the mutations check them again). */
export function availableTransitions(options: {
  role: Role
  status: PublicationStatus
  workingStatus: PublicationStatus
  deleted: boolean
}): PracticeTransition[] {
  const admin = options.role === 'admin'
  if (options.deleted) return admin ? ['restore'] : []
  const out: PracticeTransition[] = []
  if (options.workingStatus === 'DRAFT') out.push('submit')
  if (admin && (options.workingStatus === 'DRAFT' || options.workingStatus === 'IN_REVIEW')) out.push('publish')
  if (options.workingStatus === 'IN_REVIEW') out.push('returnToDraft')
  if (admin && options.status === 'ARCHIVED') out.push('returnToDraft')
  if (admin && options.status !== 'ARCHIVED') out.push('archive')
  if (admin) out.push('delete')
  return out
}

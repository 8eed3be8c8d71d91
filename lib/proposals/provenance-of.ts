// The provenance rule, pure (shared by the practice page and the open-data serializers): what a
// practice's source columns say, with the report's own date for a practice from the report.
import type { PracticeSource } from '../generated/prisma/enums'
import { REPORT_DATE } from '../practices/dates'

export type Provenance = {
  source: PracticeSource
  /** The report's date, for a practice from the report. */
  reportDate: Date | null
  /** The sessions of the forum that presented it (report practices). */
  sessionIds: number[]
  proposedBy: string | null
  proposedAt: Date | null
  /** The first publication by the secretariat (its first PUBLISHED revision). */
  firstPublishedAt: Date | null
}

/** The provenance columns every reader selects. */
export const provenanceSelect = { source: true, proposedByInstitution: true, proposedAt: true } as const

export function provenanceOf(
  row: { source: PracticeSource; proposedByInstitution: string | null; proposedAt: Date | null },
  extra: { sessionIds: number[]; firstPublishedAt: Date | null },
): Provenance {
  return {
    source: row.source,
    reportDate: row.source === 'FORUM_REPORT' ? REPORT_DATE : null,
    sessionIds: row.source === 'FORUM_REPORT' ? extra.sessionIds : [],
    proposedBy: row.source === 'PROPOSAL' ? row.proposedByInstitution : null,
    proposedAt: row.source === 'PROPOSAL' ? row.proposedAt : null,
    firstPublishedAt: row.source === 'FORUM_REPORT' ? null : extra.firstPublishedAt,
  }
}

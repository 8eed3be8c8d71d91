// The columns of a proposal that a moderation step works from: the mutations load them, and the
// moderation page reads them with the rest of the record (lib/proposals/queries.ts).
import type { Prisma } from '../generated/prisma/client'

export const MODERATED_PROPOSAL = {
  id: true,
  reference: true,
  status: true,
  type: true,
  locale: true,
  kind: true,
  title: true,
  actorId: true,
  objectiveNumbers: true,
  summary: true,
  description: true,
  results: true,
  lessons: true,
  link: true,
  proposerInstitution: true,
  proposerEmail: true,
  targetPracticeId: true,
  createdAt: true,
} satisfies Prisma.ProposalSelect

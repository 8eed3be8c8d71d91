// The proposal form's limits and constants, with no imports: the browser's form needs them without zod.
/** The size limit of every field (characters): a proposal is at most about 40 KB of text. */
export const PROPOSAL_LIMITS = {
  title: 300,
  otherActorName: 200,
  summary: 2_000,
  description: 20_000,
  results: 5_000,
  lessons: 5_000,
  link: 2_000,
  proposerName: 200,
  proposerInstitution: 300,
  proposerEmail: 254,
  declineReason: 2_000,
} as const

/** The value of the actor select that means "not in the list: type its name". */
export const OTHER_ACTOR = 'other'

// The shapes of member states' proposals at their boundaries (issue 15; docs/decisions/017): the public
// form, the moderation's search params and buttons, the status link's token. Error messages are CODES
// (keys of the "ProposalForm.errors" and "ProposalsAdmin.errors" messages), translated by the actions.
import { z } from 'zod'
import { OBJECTIVE_COUNT } from '../forum/schemas'
import type { ProposalStatus, ProposalType } from '../generated/prisma/enums'
import { optionalText, requiredText } from '../forms/text-fields'
import { PRACTICE_KINDS, isSafeHttpUrl } from '../practices/editing-schemas'
import { OTHER_ACTOR, PROPOSAL_LIMITS } from './limits'

export { OTHER_ACTOR, PROPOSAL_LIMITS }

export const PROPOSAL_STATUSES = [
  'RECEIVED',
  'IN_REVIEW',
  'PUBLISHED',
  'DECLINED',
] as const satisfies readonly ProposalStatus[]
export const PROPOSAL_TYPES = ['NEW_PRACTICE', 'CORRECTION'] as const satisfies readonly ProposalType[]

/** What a proposer types. The actor is an id of ours or OTHER_ACTOR with a name. */
export const ProposalInputSchema = z
  .object({
    type: z.enum(PROPOSAL_TYPES, { error: 'invalidChoice' }).catch('NEW_PRACTICE'),
    /** A correction's practice (its public slug). */
    practiceSlug: optionalText(200),
    title: requiredText(PROPOSAL_LIMITS.title),
    kind: z.enum(PRACTICE_KINDS, { error: 'required' }),
    actor: z
      .string({ error: 'required' })
      .trim()
      .refine((value) => value === OTHER_ACTOR || /^[1-9][0-9]{0,9}$/.test(value), { error: 'required' }),
    otherActorName: optionalText(PROPOSAL_LIMITS.otherActorName),
    objectiveNumbers: z
      .array(
        z.coerce
          .number({ error: 'invalidChoice' })
          .int({ error: 'invalidChoice' })
          .min(1, { error: 'invalidChoice' })
          .max(OBJECTIVE_COUNT, { error: 'invalidChoice' }),
        {
          error: 'invalidChoice',
        },
      )
      .max(OBJECTIVE_COUNT, { error: 'invalidChoice' })
      .transform((numbers) => [...new Set(numbers)].sort((a, b) => a - b)),
    summary: requiredText(PROPOSAL_LIMITS.summary),
    description: requiredText(PROPOSAL_LIMITS.description),
    results: optionalText(PROPOSAL_LIMITS.results),
    lessons: optionalText(PROPOSAL_LIMITS.lessons),
    link: optionalText(PROPOSAL_LIMITS.link).refine((value) => value === null || isSafeHttpUrl(value), {
      error: 'invalidUrl',
    }),
    proposerName: requiredText(PROPOSAL_LIMITS.proposerName),
    proposerInstitution: requiredText(PROPOSAL_LIMITS.proposerInstitution),
    proposerEmail: requiredText(PROPOSAL_LIMITS.proposerEmail).pipe(z.email({ error: 'invalidEmail' })),
  })
  .superRefine((input, context) => {
    if (input.actor === OTHER_ACTOR && !input.otherActorName) {
      context.addIssue({ code: 'custom', path: ['otherActorName'], message: 'otherActorRequired' })
    }
    if (input.type === 'CORRECTION' && !input.practiceSlug)
      context.addIssue({ code: 'custom', path: ['practiceSlug'], message: 'unknownPractice' })
  })

export type ProposalInput = z.infer<typeof ProposalInputSchema>

/** The text fields of the form, in order: what is given back to the form after an error. */
export const PROPOSAL_TEXT_FIELDS = [
  'type',
  'practiceSlug',
  'title',
  'kind',
  'actor',
  'otherActorName',
  'summary',
  'description',
  'results',
  'lessons',
  'link',
  'proposerName',
  'proposerInstitution',
  'proposerEmail',
] as const

/** A form submission as the schema expects it (the objectives are repeated checkboxes). */
export function proposalFormToObject(formData: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const value = formData.get(name)
    return typeof value === 'string' ? value : undefined
  }
  return {
    ...Object.fromEntries(PROPOSAL_TEXT_FIELDS.map((name) => [name, text(name)])),
    objectiveNumbers: formData.getAll('objectiveNumbers').filter((value): value is string => typeof value === 'string'),
  }
}

/** The status link's token: 32 random bytes, base64url (43 characters). Anything else is a 404. */
export const StatusTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/)

export const ProposalIdSchema = z.coerce.number().int().min(1).max(2_147_483_647)

export const ProposalIdParamSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/)
  .transform(Number)
  .pipe(z.number().int().max(2_147_483_647))

export const DeclineInputSchema = z.object({
  id: ProposalIdSchema,
  reason: requiredText(PROPOSAL_LIMITS.declineReason),
})

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value)

/** The moderation queue's search params (tolerant: a bad value is no filter). */
export const ProposalQueueParamsSchema = z.object({
  status: z.preprocess(first, z.enum(PROPOSAL_STATUSES).optional().catch(undefined)),
  kind: z.preprocess(first, z.enum(PRACTICE_KINDS).optional().catch(undefined)),
  type: z.preprocess(first, z.enum(PROPOSAL_TYPES).optional().catch(undefined)),
})

export type ProposalQueueParams = z.infer<typeof ProposalQueueParamsSchema>

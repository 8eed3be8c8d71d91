// The shapes of the secretariat's practice editor at its boundaries: the form (PracticeInputSchema),
// the workflow buttons, the workspace table's search params, and the stored snapshot of a revision.
// Error messages are CODES (keys of the "PracticeEditor.errors" messages), translated by the actions.
import { z } from 'zod'
import { MAX_POSTGRES_INTEGER } from '../postgres-integer'
import { withoutControlCharacters } from '../input-text'
import { optionalText, requiredText } from '../forms/text-fields'
import type { PracticeKind, PublicationStatus, TranslationStatus } from '../generated/prisma/enums'
import { OBJECTIVE_COUNT } from '../forum/schemas'
import { byTextField, PRACTICE_TEXT_FIELD_NAMES } from './fields'

export const PRACTICE_KINDS = ['GOOD_PRACTICE', 'POLICY', 'TOOL'] as const satisfies readonly PracticeKind[]
export const PUBLICATION_STATUSES = [
  'DRAFT',
  'IN_REVIEW',
  'PUBLISHED',
  'ARCHIVED',
] as const satisfies readonly PublicationStatus[]
export const TRANSLATION_STATUSES = [
  'MISSING',
  'SOURCE',
  'TRANSLATED',
  'REVIEWED',
] as const satisfies readonly TranslationStatus[]

export const MAX_NOTE_LENGTH = 500
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,119}$/

/** The error codes of the editor (keys of "PracticeEditor.errors"). */
export type PracticeErrorCode =
  | 'required'
  | 'tooLong'
  | 'invalidUrl'
  | 'invalidSlug'
  | 'invalidChoice'
  | 'translationIncomplete'
  | 'slugTaken'
  | 'unknownReference'

const idList = (max: number) =>
  z
    .array(
      z.coerce
        .number({ error: 'invalidChoice' })
        .int({ error: 'invalidChoice' })
        .min(1, { error: 'invalidChoice' })
        .max(max, { error: 'invalidChoice' }),
      {
        error: 'invalidChoice',
      },
    )
    .max(200, { error: 'tooLong' })
    .transform((ids) => [...new Set(ids)])

/** Only http(s) links: never javascript:, data: or relative ones. */
export function isSafeHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

const translated = (status: TranslationStatus) =>
  status === 'TRANSLATED' || status === 'REVIEWED' || status === 'SOURCE'

/** Everything an editor types. The same schema validates on the server. */
export const PracticeInputSchema = z
  .object({
    kind: z.enum(PRACTICE_KINDS, { error: 'invalidChoice' }),
    slug: optionalText(120).pipe(z.string().regex(SLUG_PATTERN, { error: 'invalidSlug' }).nullable()),
    ...byTextField(
      (spec) => requiredText(spec.max),
      (spec) =>
        spec.url
          ? optionalText(spec.max).refine((value) => value === null || isSafeHttpUrl(value), { error: 'invalidUrl' })
          : optionalText(spec.max),
    ),
    translationStatusEs: z.enum(TRANSLATION_STATUSES, { error: 'invalidChoice' }),
    translationStatusEn: z.enum(TRANSLATION_STATUSES, { error: 'invalidChoice' }),
    actorIds: idList(MAX_POSTGRES_INTEGER),
    objectiveNumbers: idList(OBJECTIVE_COUNT),
    sessionIds: idList(MAX_POSTGRES_INTEGER),
    note: optionalText(MAX_NOTE_LENGTH),
  })
  .superRefine((input, context) => {
    // A language marked as translated (or as the source) must have its title and summary.
    if (translated(input.translationStatusEn)) {
      if (!input.titleEn) context.addIssue({ code: 'custom', path: ['titleEn'], message: 'translationIncomplete' })
      if (!input.summaryEn) context.addIssue({ code: 'custom', path: ['summaryEn'], message: 'translationIncomplete' })
    }
  })

export type PracticeInput = z.infer<typeof PracticeInputSchema>

export const PracticeIdSchema = z.coerce.number().int().min(1).max(MAX_POSTGRES_INTEGER)
export const VersionSchema = z.coerce.number().int().min(1).max(MAX_POSTGRES_INTEGER)

/** A practice id from a route segment ("12"); anything else is a 404. */
export const PracticeIdParamSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/)
  .transform(Number)
  .pipe(z.number().int().max(MAX_POSTGRES_INTEGER))

export const PRACTICE_TRANSITIONS = ['submit', 'publish', 'archive', 'returnToDraft', 'delete', 'restore'] as const
export type PracticeTransition = (typeof PRACTICE_TRANSITIONS)[number]

export const PracticeTransitionInputSchema = z.object({
  id: PracticeIdSchema,
  version: VersionSchema,
  transition: z.enum(PRACTICE_TRANSITIONS),
})

export const RevisionRestoreInputSchema = z.object({
  id: PracticeIdSchema,
  version: VersionSchema,
  revision: VersionSchema,
})

/** The fields of a form submission as the schema expects them (arrays from repeated checkboxes). */
export function practiceFormToObject(formData: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const value = formData.get(name)
    return typeof value === 'string' ? value : undefined
  }
  const list = (name: string) => formData.getAll(name).filter((value): value is string => typeof value === 'string')
  return {
    kind: text('kind'),
    slug: text('slug'),
    ...Object.fromEntries(PRACTICE_TEXT_FIELD_NAMES.map((name) => [name, text(name)])),
    translationStatusEs: text('translationStatusEs'),
    translationStatusEn: text('translationStatusEn'),
    actorIds: list('actorIds'),
    objectiveNumbers: list('objectiveNumbers'),
    sessionIds: list('sessionIds'),
    note: text('note'),
  }
}

// ---------------------------------------------------------------------------------------------
// Snapshots: the full content of a practice at one version (PracticeRevision.snapshot, Practice.draft)
// ---------------------------------------------------------------------------------------------

const nullableString = z.string().nullable().catch(null)

/** A practice's content, without its workflow state. Stored as JSON; read back tolerantly. */
export const PracticeSnapshotSchema = z.object({
  slug: z.string(),
  kind: z.enum(PRACTICE_KINDS),
  ...byTextField(
    () => z.string(),
    () => nullableString,
  ),
  translationStatusEs: z.enum(TRANSLATION_STATUSES).catch('SOURCE'),
  translationStatusEn: z.enum(TRANSLATION_STATUSES).catch('MISSING'),
  /** In display order. */
  actorIds: z.array(z.number().int()).catch([]),
  /** Ascending. */
  objectiveNumbers: z.array(z.number().int()).catch([]),
  /** Ascending by id, with the heading the practice sits under in that session's list. */
  sessions: z.array(z.object({ id: z.number().int(), listedKind: z.enum(PRACTICE_KINDS) })).catch([]),
})

export type PracticeSnapshot = z.infer<typeof PracticeSnapshotSchema>

export const SNAPSHOT_FIELDS = Object.keys(PracticeSnapshotSchema.shape) as (keyof PracticeSnapshot)[]

export function parseSnapshot(value: unknown): PracticeSnapshot | null {
  const parsed = PracticeSnapshotSchema.safeParse(typeof value === 'string' ? safeJson(value) : value)
  return parsed.success ? parsed.data : null
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value) as unknown
  } catch {
    return null
  }
}

// ---------------------------------------------------------------------------------------------
// The workspace table's search params (tolerant: a bad value falls back to the default)
// ---------------------------------------------------------------------------------------------

export const WORKSPACE_STATUS_FILTERS = [...PUBLICATION_STATUSES, 'PENDING', 'DELETED'] as const
export type WorkspaceStatusFilter = (typeof WORKSPACE_STATUS_FILTERS)[number]
export const WORKSPACE_SORTS = ['updated', 'title', 'status', 'kind', 'version'] as const
export type WorkspaceSort = (typeof WORKSPACE_SORTS)[number]
export const WORKSPACE_PAGE_SIZE = 25

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value)
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(first, z.enum(values).optional().catch(undefined))

export const WorkspacePracticeParamsSchema = z.object({
  q: z
    .preprocess(
      first,
      z.string().transform(withoutControlCharacters).pipe(z.string().trim().max(200)).optional().catch(undefined),
    )
    .transform((value) => value || undefined),
  status: optionalEnum(WORKSPACE_STATUS_FILTERS),
  kind: optionalEnum(PRACTICE_KINDS),
  session: z.preprocess(
    first,
    z
      .string()
      .regex(/^[a-z0-9-]{1,100}$/)
      .optional()
      .catch(undefined),
  ),
  es: optionalEnum(TRANSLATION_STATUSES),
  en: optionalEnum(TRANSLATION_STATUSES),
  sort: z.preprocess(first, z.enum(WORKSPACE_SORTS).catch('updated').default('updated')),
  dir: z.preprocess(first, z.enum(['asc', 'desc']).optional().catch(undefined)),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000).catch(1).default(1)),
})

export type WorkspacePracticeParams = z.infer<typeof WorkspacePracticeParamsSchema>

export function parseWorkspacePracticeParams(
  input: Record<string, string | string[] | undefined>,
): WorkspacePracticeParams {
  return WorkspacePracticeParamsSchema.parse(input)
}

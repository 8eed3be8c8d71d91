// zod schemas of the content files under content/ (the source of the seed).
// The files are YAML; long texts are Markdown in YAML block scalars.
import { z } from 'zod'

const text = z.string().trim().min(1, 'must not be empty')

/** A text in both languages; Spanish is the source, English a careful translation. */
export const BilingualSchema = z.strictObject({ es: text, en: text })
export type Bilingual = z.infer<typeof BilingualSchema>

/** Like BilingualSchema, but a secretariat-added entry may lack its English text for a while. */
export const SpanishFirstSchema = z.strictObject({ es: text, en: text.optional() })

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug (a-z, 0-9, hyphens)')
const key = slug
const objectiveNumber = z.number().int().min(1, 'must be 1–23').max(23, 'must be 1–23')
const objectiveList = z.array(objectiveNumber)

export const SESSION_CODES = ['INTRO', '1', '2A', '2B', '3', '4A', '4B', '5'] as const
export const PRACTICE_KINDS = ['good-practice', 'policy', 'tool'] as const
export const ACTOR_GROUPS = [
  'crm-member',
  'south-american-champion',
  'extra-regional-champion',
  'civil-society',
  'crm-secretariat',
  'international-organization',
  'other-country',
] as const
export const RECOMMENDATION_KINDS = ['final', 'post-test', 'conclusion'] as const

export const ObjectiveFileSchema = z.array(
  z.strictObject({
    number: objectiveNumber,
    title: BilingualSchema,
    shortLabel: BilingualSchema.optional(),
  }),
)

export const SessionFileSchema = z.array(
  z.strictObject({
    code: z.enum(SESSION_CODES),
    slug,
    title: BilingualSchema,
    objectives: objectiveList,
    workingTable: z.number().int().min(1).max(6).optional(),
    overview: BilingualSchema.optional(),
    discussion: BilingualSchema.optional(),
    challenges: BilingualSchema.optional(),
    opportunities: BilingualSchema.optional(),
  }),
)

export const ActorFileSchema = z.array(
  z
    .strictObject({
      slug,
      type: z.enum(['country', 'organization']),
      isoCode: z
        .string()
        .regex(/^[A-Z]{2}$/, 'must be an upper-case ISO 3166-1 alpha-2 code')
        .optional(),
      acronym: BilingualSchema.optional(),
      name: BilingualSchema,
      group: z.enum(ACTOR_GROUPS),
    })
    .superRefine((actor, ctx) => {
      if (actor.type === 'country' && (!actor.isoCode || actor.slug !== actor.isoCode.toLowerCase())) {
        ctx.addIssue({
          code: 'custom',
          path: ['slug'],
          message: 'a country needs isoCode, and its slug is that code in lower case',
        })
      }
      if (actor.type === 'organization' && actor.isoCode) {
        ctx.addIssue({ code: 'custom', path: ['isoCode'], message: 'an organisation has no isoCode' })
      }
    }),
)

export const PracticeFileSchema = z.array(
  z.strictObject({
    slug,
    kind: z.enum(PRACTICE_KINDS),
    title: BilingualSchema,
    /** The title exactly as the report prints it (typos included), for traceability. */
    reportTitle: text,
    summary: BilingualSchema,
    body: BilingualSchema.optional(),
    actors: z.array(slug).min(1, 'needs at least one actor'),
    objectives: objectiveList.min(1, 'needs at least one objective'),
    /**
     * Why the practice carries objectives outside its sessions' sets (the tagging rule of
     * docs/decisions/003): required then, and a content test checks it.
     */
    objectivesReason: text.optional(),
    /** Every place the report lists it: session slug and the heading it sits under there. */
    listedIn: z
      .array(z.strictObject({ session: slug, kind: z.enum(PRACTICE_KINDS) }))
      .min(1, 'needs at least one session'),
    sourceSection: BilingualSchema,
    externalUrl: z.url({ protocol: /^https?$/ }).optional(),
    /** Why an ambiguous listing was resolved as it was (see docs/decisions). */
    decision: text.optional(),
  }),
)

export const CooperationIdeaFileSchema = z.array(
  z.strictObject({
    key,
    table: z.number().int().min(1).max(6),
    session: slug,
    objectives: objectiveList.min(1, 'needs at least one objective'),
    practices: z.array(slug).default([]),
    text: BilingualSchema,
  }),
)

export const RecommendationFileSchema = z.array(
  z.strictObject({
    key,
    kind: z.enum(RECOMMENDATION_KINDS),
    objectives: objectiveList.default([]),
    sessions: z.array(slug).default([]),
    practices: z.array(slug).default([]),
    text: BilingualSchema,
  }),
)

export const CommuniqueFileSchema = z.strictObject({
  key,
  title: BilingualSchema,
  /** The communiqué is dated with both days of the forum (report line 669). */
  startDate: z.iso.date(),
  endDate: z.iso.date(),
  place: BilingualSchema,
  paragraphs: z
    .array(z.strictObject({ anchor: slug, text: BilingualSchema }))
    .min(1),
})

export const KeyFigureFileSchema = z.array(
  z.strictObject({
    key,
    value: BilingualSchema,
    label: BilingualSchema,
    sentence: BilingualSchema,
  }),
)

export const DelegationFileSchema = z.array(
  z.strictObject({
    key,
    name: BilingualSchema,
    list: BilingualSchema,
    actor: slug.optional(),
    participants: z
      .array(
        z.strictObject({
          name: text,
          role: text.optional(),
          institution: text.optional(),
          /** The language annex 1 prints the role and institution in (most rows are Spanish). */
          lang: z.enum(['es', 'en']).default('es'),
        }),
      )
      .min(1),
  }),
)

export const AbbreviationFileSchema = z.array(
  z.strictObject({
    abbr: text,
    expansion: BilingualSchema,
  }),
)

export const ReportSectionFileSchema = z.array(
  z.strictObject({
    key,
    title: BilingualSchema,
    body: BilingualSchema,
  }),
)

/** The content files, by name under content/, and the schema each must satisfy. */
export const CONTENT_FILES = {
  objectives: { file: 'objectives.yaml', schema: ObjectiveFileSchema },
  sessions: { file: 'sessions.yaml', schema: SessionFileSchema },
  actors: { file: 'actors.yaml', schema: ActorFileSchema },
  practices: { file: 'practices.yaml', schema: PracticeFileSchema },
  cooperationIdeas: { file: 'cooperation-ideas.yaml', schema: CooperationIdeaFileSchema },
  recommendations: { file: 'recommendations.yaml', schema: RecommendationFileSchema },
  communique: { file: 'communique.yaml', schema: CommuniqueFileSchema },
  keyFigures: { file: 'key-figures.yaml', schema: KeyFigureFileSchema },
  delegations: { file: 'delegations.yaml', schema: DelegationFileSchema },
  abbreviations: { file: 'abbreviations.yaml', schema: AbbreviationFileSchema },
  reportSections: { file: 'report-sections.yaml', schema: ReportSectionFileSchema },
} as const

export type ContentFiles = typeof CONTENT_FILES
export type Content = { [K in keyof ContentFiles]: z.infer<ContentFiles[K]['schema']> }

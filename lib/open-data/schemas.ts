// The public API's contract (issue 7), in zod: the query parameters of every endpoint (strict: an
// unknown parameter, a repeated single-valued one or a bad value is a 400 naming it) and the shape of
// every response. The OpenAPI document (openapi.ts) is generated from these same schemas, and the
// serializers are typed by them, so the documentation cannot drift from what the API answers.
//
// The catalogue filters use the catalogue's own vocabulary (lib/practices/schemas.ts): the same
// parameter names, kind slugs, sorts and limits as the /practices page, so any catalogue URL's query
// string works on /api/v1/practices, the exports and the feed.
import { z } from 'zod'
import {
  CATALOGUE_SORTS,
  MAX_FACET_VALUES,
  MAX_QUERY_LENGTH,
  PRACTICE_KIND_SLUGS,
  PRACTICE_SOURCE_SLUGS,
} from '../practices/schemas'
import { ACTOR_GROUP_ORDER } from '../forum/refs'
import { byTextField, PRACTICE_API_TEXTS, type ApiTextName } from '../practices/fields'
import { InvalidParamsError, type InvalidParam } from './problem'

export const API_LOCALES = ['es', 'en'] as const
export type ApiLocale = (typeof API_LOCALES)[number]
export const MAX_PAGE_SIZE = 100
export const DEFAULT_PAGE_SIZE = 20
export const MAX_PAGE = 10_000

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be a lower-case slug (letters, digits, hyphens)')
const distinct = <T>(values: T[]): T[] => [...new Set(values)]

/** A list filter of fixed slugs (kind, source): each at most once; the first slug is the example. */
const slugList = <const T extends readonly [string, ...string[]]>(slugs: T, description: string) => {
  const list = z.array(z.enum(slugs)).max(slugs.length).default([])
  return list.transform(distinct).meta({ description, example: [slugs[0]] })
}

const LocaleParam = z.enum(API_LOCALES).default('es').meta({
  description:
    'Language of the texts: Spanish (`es`, the default) or English (`en`). English texts a practice lacks fall back to Spanish and are flagged `untranslated`.',
})

/** The catalogue's filters, shared by the practice list, the exports and the feed. */
const filterShape = {
  locale: LocaleParam,
  q: z
    .string()
    .max(MAX_QUERY_LENGTH)
    .optional()
    .meta({
      description: `Full-text search in titles, summaries, bodies, actors and objectives (at most ${MAX_QUERY_LENGTH} characters).`,
      example: 'migración laboral',
    }),
  objective: z
    .array(z.coerce.number().int().min(1).max(23))
    .max(MAX_FACET_VALUES)
    .default([])
    .transform(distinct)
    .meta({
      description:
        'GCM objective numbers (1–23). Repeat the parameter or separate with commas; a practice matches if it has any of them.',
      example: [21],
    }),
  actor: z
    .array(slug)
    .max(MAX_FACET_VALUES)
    .default([])
    .transform(distinct)
    .meta({
      description:
        'Actor slugs: lower-case ISO 3166-1 alpha-2 codes for countries (`mx`), slugs for organisations (`oim`). See /api/v1/actors.',
      example: ['mx'],
    }),
  session: z
    .array(slug)
    .max(MAX_FACET_VALUES)
    .default([])
    .transform(distinct)
    .meta({ description: 'Forum session slugs (see /api/v1/sessions).', example: ['sesion-1'] }),
  kind: slugList(PRACTICE_KIND_SLUGS, 'Kinds of practice.'),
  source: slugList(
    PRACTICE_SOURCE_SLUGS,
    'Where the practice comes from: `forum-report` (the September 2023 report), `proposal` (proposed through the portal) or `secretariat`.',
  ),
  sort: z.enum(CATALOGUE_SORTS).optional().meta({
    description:
      'Order: `relevance` (with `q`; the default then), `title` (the default without `q`) or `updated` (most recently updated first).',
  }),
}

export const PracticeFilterParamsSchema = z.object(filterShape).strict()
export type PracticeFilterParams = z.infer<typeof PracticeFilterParamsSchema>

/** The feed: the catalogue filters; always newest first. */
export const FeedParamsSchema = PracticeFilterParamsSchema.omit({ sort: true })
export type FeedParams = z.infer<typeof FeedParamsSchema>

export const PracticeListParamsSchema = z
  .object({
    ...filterShape,
    page: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAX_PAGE)
      .default(1)
      .meta({ description: 'Page number, from 1.', example: 1 }),
    pageSize: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAX_PAGE_SIZE)
      .default(DEFAULT_PAGE_SIZE)
      .meta({ description: `Items per page (1–${MAX_PAGE_SIZE}).`, example: 20 }),
  })
  .strict()
export type PracticeListParams = z.infer<typeof PracticeListParamsSchema>

/** Endpoints whose only parameter is the language. */
export const LocaleParamsSchema = z.object({ locale: LocaleParam }).strict()
export type LocaleParams = z.infer<typeof LocaleParamsSchema>

export const PracticeSlugParamSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,119}$/)
  .meta({ description: 'The practice slug.', example: 'programa-bienestar-imss' })

/** Parameters that take a list (repeated, comma-separated, or both). */
const LIST_PARAMS = new Set(['objective', 'actor', 'session', 'kind', 'source'])

function shortName(name: string): string {
  return name.length > 60 ? `${name.slice(0, 60)}…` : name
}

/**
 * URLSearchParams → the schema's output, or an InvalidParamsError naming every bad parameter.
 * Never throws anything else, whatever the input.
 */
export function parseQuery<S extends z.ZodObject>(schema: S, search: URLSearchParams): z.infer<S> {
  const raw: Record<string, string | string[]> = {}
  const problems: InvalidParam[] = []
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key)
    if (LIST_PARAMS.has(key) && key in schema.shape) {
      raw[key] = values
        .flatMap((value) => value.split(','))
        .map((value) => value.trim())
        .filter((value) => value !== '')
    } else if (values.length > 1) {
      problems.push({ name: shortName(key), reason: 'must be given at most once' })
    } else {
      raw[key] = values[0] ?? ''
    }
  }
  const result = schema.safeParse(raw)
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys)
          problems.push({ name: shortName(key), reason: 'is not a parameter of this endpoint' })
      } else {
        const name = shortName(String(issue.path[0] ?? 'query'))
        const item = issue.path.length > 1 ? ` (value ${String(Number(issue.path[1]) + 1)})` : ''
        problems.push({ name, reason: `${issue.message}${item}` })
      }
    }
  }
  // One reason per parameter is enough (zod may report several for one value).
  const unique = problems.filter(
    (problem, index) => problems.findIndex((other) => other.name === problem.name) === index,
  )
  if (unique.length > 0) throw new InvalidParamsError(unique)
  return (result as { data: z.infer<S> }).data
}

// ---------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------

export const ObjectiveRefSchema = z
  .object({
    number: z.number().int().min(1).max(23),
    title: z.string(),
    shortLabel: z.string().nullable(),
  })
  .meta({ id: 'ObjectiveRef' })

export const ActorRefSchema = z
  .object({
    slug: z.string(),
    type: z.enum(['COUNTRY', 'ORGANIZATION']),
    name: z.string(),
    acronym: z.string().nullable(),
  })
  .meta({ id: 'ActorRef' })

export const SessionRefSchema = z
  .object({ slug: z.string(), code: z.string(), title: z.string() })
  .meta({ id: 'SessionRef' })

const dateTime = z.iso.datetime({ offset: true })

/** A practice's dates: the report's and the secretariat's, apart (docs/decisions/013-report-and-editorial-dates.md). */
const PracticeDatesShape = {
  reportDate: z.iso.date().nullable().meta({
    description:
      "The date of the forum report the practice comes from (the forum's closing day); null for a practice the secretariat added.",
  }),
  editedAt: dateTime.nullable().meta({
    description: 'When the secretariat last published a change; null while the practice is as the report gives it.',
  }),
  updatedAt: dateTime.meta({
    description: "When what the public sees last changed: editedAt, else the report's date.",
  }),
}

/** Where a practice comes from (issue 15; docs/decisions/017-member-state-proposals.md). */
const PracticeProvenanceShape = {
  source: z.enum(PRACTICE_SOURCE_SLUGS).meta({
    description:
      "forum-report: presented at the forum and listed in its report; proposal: proposed through the portal's form and published by the secretariat; secretariat: added by the secretariat.",
  }),
  proposedBy: z.string().nullable().meta({ description: 'The institution that proposed it (source "proposal").' }),
  proposedAt: dateTime.nullable().meta({ description: 'When the proposal was received (source "proposal").' }),
  firstPublishedAt: dateTime
    .nullable()
    .meta({ description: 'When the secretariat first published it; null for a practice from the report.' }),
}

export const PracticeSummarySchema = z
  .object({
    slug: z.string(),
    kind: z.enum(PRACTICE_KIND_SLUGS),
    title: z.string(),
    summary: z.string(),
    untranslated: z
      .boolean()
      .meta({ description: 'True when English was asked for and the practice has only its Spanish text.' }),
    objectives: z.array(ObjectiveRefSchema),
    actors: z.array(ActorRefSchema),
    sessions: z.array(SessionRefSchema),
    ...PracticeDatesShape,
    ...PracticeProvenanceShape,
    url: z.url().meta({ description: 'The practice page on the portal, in the requested language.' }),
    apiUrl: z.url(),
  })
  .meta({ id: 'PracticeSummary' })
export type PracticeSummary = z.infer<typeof PracticeSummarySchema>

/** The practice's detail texts, as lib/practices/fields.ts names them for the API. */
const detailTexts = Object.fromEntries(
  PRACTICE_API_TEXTS.map((field) => [
    field.name,
    field.description ? z.string().nullable().meta({ description: field.description }) : z.string().nullable(),
  ]),
) as Record<ApiTextName, z.ZodNullable<z.ZodString>>

export const PracticeDetailSchema = PracticeSummarySchema.extend(detailTexts).meta({ id: 'PracticeDetail' })
export type PracticeDetail = z.infer<typeof PracticeDetailSchema>

const FacetCountSchema = <T extends z.ZodType>(value: T) =>
  z.array(z.object({ value, label: z.string(), count: z.number().int().min(0), selected: z.boolean() }))

export const PracticeListSchema = z
  .object({
    items: z.array(PracticeSummarySchema),
    total: z.number().int().min(0),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1).max(MAX_PAGE_SIZE),
    pageCount: z.number().int().min(0),
    facets: z
      .object({
        objective: FacetCountSchema(z.number().int()),
        actor: FacetCountSchema(z.string()),
        session: FacetCountSchema(z.string()),
        kind: FacetCountSchema(z.enum(PRACTICE_KIND_SLUGS)),
        source: FacetCountSchema(z.enum(PRACTICE_SOURCE_SLUGS)),
      })
      .meta({ description: 'For each filter, how many practices of the current result set have each value.' }),
  })
  .meta({ id: 'PracticeList' })
export type PracticeList = z.infer<typeof PracticeListSchema>

/** A list endpoint's answer: `{ items }`, named in the OpenAPI document. */
const listSchema = <Item extends z.ZodType>(item: Item, id: string) => z.object({ items: z.array(item) }).meta({ id })

export const ObjectiveListSchema = listSchema(
  ObjectiveRefSchema.extend({ practiceCount: z.number().int().min(0), sessionCount: z.number().int().min(0) }),
  'ObjectiveList',
)
export type ObjectiveList = z.infer<typeof ObjectiveListSchema>

export const ActorListSchema = listSchema(
  ActorRefSchema.extend({ group: z.enum(ACTOR_GROUP_ORDER), practiceCount: z.number().int().min(0) }),
  'ActorList',
)
export type ActorList = z.infer<typeof ActorListSchema>

export const SessionListSchema = listSchema(
  SessionRefSchema.extend({
    position: z.number().int(),
    workingTable: z.number().int().nullable(),
    objectives: z.array(z.number().int()),
    practiceCount: z.number().int().min(0),
  }),
  'SessionList',
)
export type SessionList = z.infer<typeof SessionListSchema>

const PracticeLinkSchema = z.object({ slug: z.string(), title: z.string(), untranslated: z.boolean() })

export const RecommendationListSchema = z
  .object({
    items: z.array(
      z.object({
        key: z.string(),
        kind: z.enum(['FINAL', 'POST_TEST', 'CONCLUSION']),
        position: z.number().int(),
        text: z.string(),
        objectives: z.array(z.number().int()),
        sessions: z.array(z.string()),
        practices: z.array(PracticeLinkSchema),
      }),
    ),
    cooperationIdeas: z.array(
      z.object({
        key: z.string(),
        table: z.number().int(),
        position: z.number().int(),
        text: z.string(),
        session: z.string(),
        objectives: z.array(z.number().int()),
        practices: z.array(PracticeLinkSchema),
      }),
    ),
  })
  .meta({ id: 'RecommendationList' })
export type RecommendationList = z.infer<typeof RecommendationListSchema>

export const CommuniqueSchema = z
  .object({
    key: z.string(),
    title: z.string(),
    startDate: z.iso.date().meta({ description: 'The communiqué is dated with both days of the forum.' }),
    endDate: z.iso.date(),
    place: z.string(),
    paragraphs: z.array(z.object({ anchor: z.string(), text: z.string() })),
  })
  .meta({ id: 'Communique' })
export type Communique = z.infer<typeof CommuniqueSchema>

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    invalidParams: z.array(z.object({ name: z.string(), reason: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details.' })

/** Export rows (CSV columns, JSON export items): bilingual, so the file can be imported again. */
export const PracticeExportRowSchema = z
  .object({
    slug: z.string(),
    kind: z.enum(PRACTICE_KIND_SLUGS),
    ...byTextField(
      () => z.string(),
      () => z.string().nullable(),
    ),
    objectives: z.array(z.number().int()),
    objectiveNames: z.array(z.string()),
    actors: z.array(z.string()),
    actorNames: z.array(z.string()),
    sessions: z.array(z.string()),
    sessionNames: z.array(z.string()),
    ...PracticeDatesShape,
    ...PracticeProvenanceShape,
    url: z.url(),
  })
  .meta({ id: 'PracticeExportRow' })
export type PracticeExportRow = z.infer<typeof PracticeExportRowSchema>

export const PracticeExportSchema = z
  .object({
    lastModified: dateTime.meta({ description: 'When the practice data last changed.' }),
    filters: z.record(z.string(), z.union([z.string(), z.array(z.union([z.string(), z.number()]))])),
    total: z.number().int().min(0),
    items: z.array(PracticeExportRowSchema),
  })
  .meta({ id: 'PracticeExport' })

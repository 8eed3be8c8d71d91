// One definition of what a practice is made of and of who may see it. Everything that lists the
// practice's fields derives from here: the Prisma selects, the snapshots and the columns written back,
// the editor's form and values, the export and import columns and the public API's detail texts.
// Adding a text field: docs/adding-a-practice-field.md. Client-safe (the editor imports it): no
// database and no Prisma values here, types only.
import type { Prisma } from '../generated/prisma/client'

export const MAX_TITLE_LENGTH = 300
export const MAX_SUMMARY_LENGTH = 5_000
export const MAX_BODY_LENGTH = 50_000
export const MAX_SHORT_TEXT_LENGTH = 500
export const MAX_URL_LENGTH = 2_000

type TextFieldSpec = {
  /** The editor and the import refuse the practice without it; the column is NOT NULL. */
  required: boolean
  /** Characters, after trimming. */
  max: number
  /** Only http(s) links are accepted. */
  url?: true
  /** What the public API's detail calls it (the Es/En pair becomes one localised text); none = not in the API. */
  api?: { name: string; description?: string }
}

/**
 * The practice's own text columns, in the order every list of them uses (the export's column order).
 * A pair `xEs`/`xEn` is one text in two languages.
 */
export const PRACTICE_TEXT_FIELDS = {
  titleEs: { required: true, max: MAX_TITLE_LENGTH },
  titleEn: { required: false, max: MAX_TITLE_LENGTH },
  summaryEs: { required: true, max: MAX_SUMMARY_LENGTH },
  summaryEn: { required: false, max: MAX_SUMMARY_LENGTH },
  bodyEs: {
    required: false,
    max: MAX_BODY_LENGTH,
    api: { name: 'body', description: 'The full description (Markdown), when the report gives one.' },
  },
  bodyEn: { required: false, max: MAX_BODY_LENGTH, api: { name: 'body' } },
  reportTitle: {
    required: false,
    max: MAX_SHORT_TEXT_LENGTH,
    api: { name: 'reportTitle', description: 'The title exactly as the report prints it.' },
  },
  sourceSectionEs: { required: false, max: MAX_SHORT_TEXT_LENGTH, api: { name: 'sourceSection' } },
  sourceSectionEn: { required: false, max: MAX_SHORT_TEXT_LENGTH, api: { name: 'sourceSection' } },
  externalUrl: { required: false, max: MAX_URL_LENGTH, url: true, api: { name: 'externalUrl' } },
} as const satisfies Record<string, TextFieldSpec>

type Specs = typeof PRACTICE_TEXT_FIELDS
export type PracticeTextField = keyof Specs
export type RequiredTextField = {
  [K in PracticeTextField]: Specs[K]['required'] extends true ? K : never
}[PracticeTextField]

export const PRACTICE_TEXT_FIELD_NAMES = Object.keys(PRACTICE_TEXT_FIELDS) as PracticeTextField[]

/** The public content columns: the address, the kind and the texts (the export's own columns, in order). */
export const PRACTICE_CONTENT_COLUMNS = ['slug', 'kind', ...PRACTICE_TEXT_FIELD_NAMES] as [
  'slug',
  'kind',
  ...PracticeTextField[],
]
export type PracticeContentColumn = (typeof PRACTICE_CONTENT_COLUMNS)[number]

/** The columns a snapshot (a revision, a pending draft) holds besides the links: content and translation state. */
export const PRACTICE_SNAPSHOT_COLUMNS = [
  ...PRACTICE_CONTENT_COLUMNS,
  'translationStatusEs',
  'translationStatusEn',
] as [...PracticeContentColumn[], 'translationStatusEs', 'translationStatusEn']
export type PracticeSnapshotColumn = (typeof PRACTICE_SNAPSHOT_COLUMNS)[number]

/** One value per text field, built by `required` or `optional` as the field's spec says. */
export function byTextField<R, O>(
  required: (spec: TextFieldSpec, name: PracticeTextField) => R,
  optional: (spec: TextFieldSpec, name: PracticeTextField) => O,
): { [K in PracticeTextField]: K extends RequiredTextField ? R : O } {
  return Object.fromEntries(
    PRACTICE_TEXT_FIELD_NAMES.map((name) => {
      const spec: TextFieldSpec = PRACTICE_TEXT_FIELDS[name]
      return [name, spec.required ? required(spec, name) : optional(spec, name)]
    }),
  ) as { [K in PracticeTextField]: K extends RequiredTextField ? R : O }
}

/** A Prisma select of these columns (`{ slug: true, … }`), typed so GetPayload sees each one. */
export function selectColumns<const C extends string>(columns: readonly C[]): { [K in C]: true } {
  return Object.fromEntries(columns.map((column) => [column, true])) as { [K in C]: true }
}

/** The named columns of a row, in the list's order. */
export function pickColumns<T, const K extends keyof T>(row: T, columns: readonly K[]): Pick<T, K> {
  return Object.fromEntries(columns.map((column) => [column, row[column]])) as Pick<T, K>
}

/** The API's detail texts: each name with its column(s), Spanish first (a single column has no English). */
export type ApiTextName = {
  [K in PracticeTextField]: Specs[K] extends { api: { name: infer N extends string } } ? N : never
}[PracticeTextField]
export const PRACTICE_API_TEXTS: {
  name: ApiTextName
  es: PracticeTextField
  en: PracticeTextField | null
  description?: string
}[] = []
for (const name of PRACTICE_TEXT_FIELD_NAMES) {
  const spec: TextFieldSpec = PRACTICE_TEXT_FIELDS[name]
  if (!spec.api) continue
  const existing = PRACTICE_API_TEXTS.find((entry) => entry.name === spec.api?.name)
  if (existing) existing.en = name
  else
    PRACTICE_API_TEXTS.push({
      name: spec.api.name as ApiTextName,
      es: name,
      en: null,
      description: spec.api.description,
    })
}

/** The public sees published practices only (never drafts, reviews, archived or deleted ones). */
export const PUBLISHED_PRACTICE = { status: 'PUBLISHED', deletedAt: null } as const satisfies Prisma.PracticeWhereInput

/**
 * The same rule as SQL, for raw queries that name the practice `p`: text built from the constant above
 * (never from input), wrapped once as PUBLISHED_PRACTICE_SQL in lib/practices/published-queries.ts.
 */
export const PUBLISHED_PRACTICE_CONDITION = `p.status = '${PUBLISHED_PRACTICE.status}' AND p."deletedAt" IS NULL`

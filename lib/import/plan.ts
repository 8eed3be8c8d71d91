// The dry run of an import (issue 7): every row validated with the editor's own PracticeInputSchema
// (errors carry the row number and the export's column name), then compared field by field with the
// practice of the same slug: create, update (with the changed columns), unchanged, or invalid. Pure:
// the caller loads the references and the current practices (inside the apply transaction, too).
import { createHash } from 'node:crypto'
import type { PublicationStatus, TranslationStatus } from '../generated/prisma/enums'
import {
  PracticeInputSchema,
  type PracticeErrorCode,
  type PracticeInput,
  type PracticeSnapshot,
} from '../practices/editing-schemas'
import { byTextField } from '../practices/fields'
import { KIND_BY_SLUG, PRACTICE_KIND_SLUGS, PRACTICE_SOURCE_SLUGS, type PracticeKindSlug } from '../practices/schemas'
import type { NewPracticeProvenance } from '../practices/versioned-mutations'
import { PROPOSAL_LIMITS } from '../proposals/limits'
import { looksLikeFormula } from '../open-data/csv'
import { IMPORT_TEXT_COLUMNS, type ImportColumn, type RawImportRow } from './parse'

export type ImportErrorCode =
  | PracticeErrorCode
  | 'invalidType'
  | 'columnCount'
  | 'duplicateSlug'
  | 'deletedPractice'
  | 'pendingChanges'
  | 'invalidDate'

/** The field of an error: an import column, or 'row' for the whole row. */
export type ImportRowError = { field: ImportColumn | 'row'; code: ImportErrorCode; value?: string }

/** Not an error: a cell a spreadsheet would run as a formula (=, +, -, @…), imported as text. */
export type ImportRowWarning = { field: ImportColumn; code: 'formulaLike' }

export type ImportAction = 'create' | 'update' | 'unchanged' | 'invalid'

export type ImportReferences = {
  actorIdBySlug: ReadonlyMap<string, number>
  sessionIdBySlug: ReadonlyMap<string, number>
}

/** A practice already in the database with a slug of the file. */
export type ImportTarget = {
  id: number
  version: number
  status: PublicationStatus
  /** A published practice with changes pending in the workspace. */
  pending: boolean
  deleted: boolean
  /** Its columns and links (what the export shows). */
  snapshot: PracticeSnapshot
}

export type PlannedRow = {
  row: number
  slug: string | null
  action: ImportAction
  errors: ImportRowError[]
  warnings: ImportRowWarning[]
  /** The columns an update changes. */
  changes: ImportColumn[]
  /** For create and update: the input to save (unchanged texts keep their stored form). */
  input?: PracticeInput & { slug: string }
  /** For create: where the new practice comes from (the file's provenance columns; the secretariat without them). */
  provenance?: NewPracticeProvenance
  target?: { id: number; version: number }
}

export type ImportPlan = {
  rows: PlannedRow[]
  counts: Record<ImportAction, number>
  /** Identifies this file against this state of the database: apply refuses a different one. */
  hash: string
}

const KNOWN_CODES = new Set<string>([
  'required',
  'tooLong',
  'invalidUrl',
  'invalidSlug',
  'invalidChoice',
  'translationIncomplete',
  'slugTaken',
  'unknownReference',
])

const FIELD_OF_INPUT: Partial<Record<string, ImportColumn>> = {
  actorIds: 'actors',
  objectiveNumbers: 'objectives',
  sessionIds: 'sessions',
}

const isKindSlug = (value: string): value is PracticeKindSlug =>
  (PRACTICE_KIND_SLUGS as readonly string[]).includes(value)

/** The same normalisation as the editor's schema: CRLF → LF, trimmed, empty → null. */
const normalizeText = (value: string | null) => {
  const trimmed = (value ?? '').replace(/\r\n?/g, '\n').trim()
  return trimmed === '' ? null : trimmed
}

const isTranslated = (status: TranslationStatus) =>
  status === 'TRANSLATED' || status === 'REVIEWED' || status === 'SOURCE'

const isSourceSlug = (value: string): value is (typeof PRACTICE_SOURCE_SLUGS)[number] =>
  (PRACTICE_SOURCE_SLUGS as readonly string[]).includes(value)

/**
 * The provenance columns of a row (the export's slugs and ISO dates). Without a source the row is the
 * secretariat's, as any import was before provenance existed; a proposal needs its date.
 */
export function validateProvenance(raw: RawImportRow): {
  provenance?: NewPracticeProvenance
  errors: ImportRowError[]
} {
  const { source, proposedBy, proposedAt } = raw.provenance ?? {}
  if (source === undefined || source === null) return { provenance: { source: 'SECRETARIAT' }, errors: [] }
  if (!isSourceSlug(source)) return { errors: [{ field: 'source', code: 'invalidChoice', value: source }] }
  if (source === 'forum-report') return { provenance: { source: 'FORUM_REPORT' }, errors: [] }
  if (source === 'secretariat') return { provenance: { source: 'SECRETARIAT' }, errors: [] }
  const errors: ImportRowError[] = []
  const date = proposedAt ? new Date(proposedAt) : null
  if (!proposedAt) errors.push({ field: 'proposedAt', code: 'required' })
  else if (!/^\d{4}-\d{2}-\d{2}/.test(proposedAt) || Number.isNaN(date?.getTime()))
    errors.push({ field: 'proposedAt', code: 'invalidDate', value: proposedAt })
  if (proposedBy && proposedBy.length > PROPOSAL_LIMITS.proposerInstitution)
    errors.push({ field: 'proposedBy', code: 'tooLong' })
  if (errors.length || !date) return { errors }
  return { provenance: { source: 'PROPOSAL', proposedByInstitution: proposedBy ?? null, proposedAt: date }, errors }
}

/** Validates one row on its own (references resolved by slug). */
export function validateImportRow(
  raw: RawImportRow,
  refs: ImportReferences,
): { slug: string | null; input?: PracticeInput & { slug: string }; errors: ImportRowError[] } {
  const errors: ImportRowError[] = raw.typeErrors.map((field) =>
    field === '*'
      ? { field: 'row' as const, code: 'columnCount' as const }
      : { field: field as ImportColumn, code: 'invalidType' as const },
  )
  const texts = raw.texts
  const slug = texts.slug?.trim() || null
  if (!slug && !raw.typeErrors.includes('slug')) errors.push({ field: 'slug', code: 'required' })
  const resolve = (field: 'actors' | 'sessions', ids: ReadonlyMap<string, number>) =>
    (raw.lists[field] ?? []).flatMap((code) => {
      const id = ids.get(code)
      if (id === undefined) errors.push({ field, code: 'unknownReference', value: code })
      return id === undefined ? [] : [id]
    })
  const actorIds = resolve('actors', refs.actorIdBySlug)
  const sessionIds = resolve('sessions', refs.sessionIdBySlug)
  const kind = texts.kind?.trim() ?? null
  const hasEnglish = normalizeText(texts.titleEn ?? null) !== null && normalizeText(texts.summaryEn ?? null) !== null
  const parsed = PracticeInputSchema.safeParse({
    kind: kind === null ? undefined : isKindSlug(kind) ? KIND_BY_SLUG[kind] : kind,
    slug,
    // An empty required cell is missing (the schema says "required"); an empty optional one is null.
    ...byTextField(
      (_spec, name) => texts[name] ?? undefined,
      (_spec, name) => texts[name] ?? null,
    ),
    translationStatusEs: 'SOURCE',
    translationStatusEn: hasEnglish ? 'TRANSLATED' : 'MISSING',
    actorIds,
    objectiveNumbers: raw.lists.objectives ?? [],
    sessionIds,
    note: null,
  })
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? 'row')
      const field = (FIELD_OF_INPUT[key] ?? key) as ImportColumn | 'row'
      if (raw.typeErrors.includes(field)) continue
      const code = (
        KNOWN_CODES.has(issue.message)
          ? issue.message
          : field === 'kind' && kind === null
            ? 'required'
            : 'invalidChoice'
      ) as ImportErrorCode
      const value =
        field === 'objectives' && typeof issue.path[1] === 'number' ? raw.lists.objectives?.[issue.path[1]] : undefined
      if (!errors.some((error) => error.field === field && error.code === code && error.value === value))
        errors.push({ field, code, ...(value ? { value } : {}) })
    }
  }
  if (errors.length || !parsed.success || !slug) return { slug, errors }
  return { slug, input: { ...parsed.data, slug }, errors }
}

const sameSet = (a: readonly number[], b: readonly number[]) => {
  const left = [...new Set(a)].sort((x, y) => x - y)
  const right = [...new Set(b)].sort((x, y) => x - y)
  return left.length === right.length && left.every((value, index) => value === right[index])
}

/**
 * The row compared with the stored practice: the changed columns, and the input to save, in which an
 * unchanged text keeps its stored form (so a round trip writes nothing) and the translation status of
 * English follows its texts only when they change.
 */
export function compareWithTarget(
  input: PracticeInput & { slug: string },
  before: PracticeSnapshot,
): { changes: ImportColumn[]; input: PracticeInput & { slug: string } } {
  const changes: ImportColumn[] = []
  const merged: PracticeInput & { slug: string } = { ...input, slug: before.slug }
  for (const column of IMPORT_TEXT_COLUMNS) {
    if (column === 'slug') continue
    if (column === 'kind') {
      if (input.kind !== before.kind) changes.push('kind')
      continue
    }
    if (normalizeText(before[column]) === input[column]) Object.assign(merged, { [column]: before[column] })
    else changes.push(column)
  }
  if (!sameSet(input.actorIds, before.actorIds)) changes.push('actors')
  if (!sameSet(input.objectiveNumbers, before.objectiveNumbers)) changes.push('objectives')
  if (
    !sameSet(
      input.sessionIds,
      before.sessions.map((session) => session.id),
    )
  )
    changes.push('sessions')
  merged.translationStatusEs = before.translationStatusEs
  merged.translationStatusEn = before.translationStatusEn
  if (changes.includes('titleEn') || changes.includes('summaryEn')) {
    const hasEnglish = merged.titleEn !== null && merged.summaryEn !== null
    if (hasEnglish && before.translationStatusEn === 'MISSING') merged.translationStatusEn = 'TRANSLATED'
    if (!hasEnglish && isTranslated(before.translationStatusEn)) merged.translationStatusEn = 'MISSING'
  }
  return { changes, input: merged }
}

export function planImport(
  content: string,
  rows: RawImportRow[],
  refs: ImportReferences,
  targets: ReadonlyMap<string, ImportTarget>,
): ImportPlan {
  const seen = new Set<string>()
  const planned = rows.map((raw): PlannedRow => ({ ...planRow(raw), warnings: formulaWarnings(raw) }))
  function planRow(raw: RawImportRow): Omit<PlannedRow, 'warnings'> {
    const { slug, input, errors } = validateImportRow(raw, refs)
    const { provenance, errors: provenanceErrors } = validateProvenance(raw)
    errors.push(...provenanceErrors)
    if (slug !== null) {
      if (seen.has(slug)) errors.push({ field: 'slug', code: 'duplicateSlug' })
      seen.add(slug)
    }
    const target = slug !== null ? targets.get(slug) : undefined
    if (target?.deleted) errors.push({ field: 'slug', code: 'deletedPractice' })
    if (errors.length || !input) return { row: raw.row, slug, action: 'invalid', errors, changes: [] }
    if (!target) return { row: raw.row, slug, action: 'create', errors, changes: [], input, provenance }
    const compared = compareWithTarget(input, target.snapshot)
    if (compared.changes.length === 0) return { row: raw.row, slug, action: 'unchanged', errors, changes: [] }
    if (target.pending)
      return {
        row: raw.row,
        slug,
        action: 'invalid',
        errors: [{ field: 'slug', code: 'pendingChanges' }],
        changes: compared.changes,
      }
    return {
      row: raw.row,
      slug,
      action: 'update',
      errors,
      changes: compared.changes,
      input: compared.input,
      target: { id: target.id, version: target.version },
    }
  }
  const counts: Record<ImportAction, number> = { create: 0, update: 0, unchanged: 0, invalid: 0 }
  for (const row of planned) counts[row.action] += 1
  const hash = createHash('sha256')
    .update(content)
    .update(
      JSON.stringify(
        planned.map((row) => [row.row, row.slug, row.action, row.target?.id ?? null, row.target?.version ?? null]),
      ),
    )
    .digest('hex')
  return { rows: planned, counts, hash }
}

/** The text cells of a row that start like a spreadsheet formula (OWASP CSV injection). */
export function formulaWarnings(raw: RawImportRow): ImportRowWarning[] {
  return IMPORT_TEXT_COLUMNS.flatMap((column) => {
    const value = raw.texts[column]
    return value && looksLikeFormula(value) ? [{ field: column, code: 'formulaLike' as const }] : []
  })
}

// Every list of the practice's fields is derived from lib/practices/fields.ts: each derived list here
// must hold exactly the module's fields (in its order), so a field added there reaches them all, and
// a list written out by hand again (missing a field, or in another order) fails this test.
import { describe, expect, it } from 'vitest'
import { IMPORT_TEXT_COLUMNS } from '../import/parse'
import { PracticeDetailSchema, PracticeExportRowSchema } from '../open-data/schemas'
import { EXPORT_COLUMNS, EXPORT_TEXT_COLUMNS, toExportRow, toPracticeDetail } from '../open-data/serializers'
import { PracticeInputSchema, PracticeSnapshotSchema, SNAPSHOT_FIELDS, practiceFormToObject } from './editing-schemas'
import {
  PRACTICE_API_TEXTS,
  PRACTICE_CONTENT_COLUMNS,
  PRACTICE_SNAPSHOT_COLUMNS,
  PRACTICE_TEXT_FIELDS,
  PRACTICE_TEXT_FIELD_NAMES,
  PUBLISHED_PRACTICE,
  PUBLISHED_PRACTICE_CONDITION,
} from './fields'
import { columnsSnapshot, practiceState } from './practice-state'
import { SLUG_BY_KIND } from './schemas'

const texts = PRACTICE_TEXT_FIELD_NAMES
const LINKS = ['actorIds', 'objectiveNumbers', 'sessions']

/** A row as Prisma returns it for the public select: each text column holds its own name. */
function publicRow() {
  return {
    slug: 'a-practice',
    kind: 'POLICY' as const,
    ...Object.fromEntries(texts.map((name) => [name, `text of ${name}`])),
    publishedAt: new Date('2026-01-02T00:00:00Z'),
    editedAt: null,
    updatedAt: new Date('2026-01-03T00:00:00Z'),
    actors: [],
    objectives: [],
    sessions: [],
    // Provenance (issue 15): a practice of the report, never republished.
    source: 'FORUM_REPORT' as const,
    proposedByInstitution: null,
    proposedAt: null,
    revisions: [],
  } as unknown as Parameters<typeof toExportRow>[1]
}

describe('the practice fields module', () => {
  it('lists the content columns as slug, kind and the text fields, and the snapshot columns after them', () => {
    expect(PRACTICE_CONTENT_COLUMNS).toEqual(['slug', 'kind', ...texts])
    expect(PRACTICE_SNAPSHOT_COLUMNS).toEqual([
      ...PRACTICE_CONTENT_COLUMNS,
      'translationStatusEs',
      'translationStatusEn',
    ])
  })

  it('is where the snapshot, its diff and the workspace select take their columns from', () => {
    expect(Object.keys(PracticeSnapshotSchema.shape)).toEqual([...PRACTICE_SNAPSHOT_COLUMNS, ...LINKS])
    expect(SNAPSHOT_FIELDS).toEqual([...PRACTICE_SNAPSHOT_COLUMNS, ...LINKS])
    for (const column of PRACTICE_SNAPSHOT_COLUMNS) expect(practiceState).toHaveProperty(column, true)
    const row = {
      ...publicRow(),
      translationStatusEs: 'SOURCE',
      translationStatusEn: 'MISSING',
      actors: [],
      objectives: [],
      sessions: [],
    }
    const snapshot = columnsSnapshot(row as unknown as Parameters<typeof columnsSnapshot>[0])
    expect(Object.keys(snapshot)).toEqual([...PRACTICE_SNAPSHOT_COLUMNS, ...LINKS])
    for (const name of texts) expect(snapshot[name]).toBe(`text of ${name}`)
  })

  it('is where the editor form and its validation take their text fields from', () => {
    const form = new FormData()
    for (const name of texts) form.set(name, `typed ${name}`)
    const object = practiceFormToObject(form)
    for (const name of texts) expect(object[name]).toBe(`typed ${name}`)
    for (const name of texts) {
      const spec = PRACTICE_TEXT_FIELDS[name]
      expect(PracticeInputSchema.shape).toHaveProperty(name)
      const tooLong = PracticeInputSchema.safeParse({
        ...object,
        kind: 'POLICY',
        translationStatusEs: 'SOURCE',
        translationStatusEn: 'MISSING',
        actorIds: [],
        objectiveNumbers: [],
        sessionIds: [],
        [name]: 'x'.repeat(spec.max + 1),
      })
      expect(tooLong.success).toBe(false)
      expect(tooLong.error?.issues.map((issue) => [issue.path[0], issue.message])).toContainEqual([name, 'tooLong'])
    }
  })

  it('is where the export and the import take their own columns from', () => {
    expect(EXPORT_TEXT_COLUMNS).toEqual(PRACTICE_CONTENT_COLUMNS)
    expect(EXPORT_COLUMNS.slice(0, PRACTICE_CONTENT_COLUMNS.length)).toEqual(PRACTICE_CONTENT_COLUMNS)
    expect(IMPORT_TEXT_COLUMNS).toEqual(PRACTICE_CONTENT_COLUMNS)
    expect(Object.keys(PracticeExportRowSchema.shape).slice(0, PRACTICE_CONTENT_COLUMNS.length)).toEqual(
      PRACTICE_CONTENT_COLUMNS,
    )
    const row = toExportRow('en', publicRow(), 'https://example.org')
    for (const name of texts) expect(row[name]).toBe(`text of ${name}`)
    expect(row.kind).toBe(SLUG_BY_KIND.POLICY)
  })

  it('is where the API detail takes its texts from, one localised text per Es/En pair', () => {
    expect(PRACTICE_API_TEXTS.map((text) => text.name)).toEqual(['body', 'reportTitle', 'sourceSection', 'externalUrl'])
    for (const text of PRACTICE_API_TEXTS) expect(PracticeDetailSchema.shape).toHaveProperty(text.name)
    const english = toPracticeDetail('en', publicRow(), 'https://example.org')
    const spanish = toPracticeDetail('es', publicRow(), 'https://example.org')
    for (const text of PRACTICE_API_TEXTS) {
      expect(english[text.name]).toBe(`text of ${text.en ?? text.es}`)
      expect(spanish[text.name]).toBe(`text of ${text.es}`)
    }
  })

  it('writes the published rule once, its SQL form from the same constant', () => {
    expect(PUBLISHED_PRACTICE).toEqual({ status: 'PUBLISHED', deletedAt: null })
    expect(PUBLISHED_PRACTICE_CONDITION).toBe(`p.status = 'PUBLISHED' AND p."deletedAt" IS NULL`)
  })
})

// Bulk import (issue 7): the dry run reports bad rows without writing; the apply creates and updates in
// one transaction with revisions and audit entries; a failing row leaves the database unchanged; the
// full export imported again changes nothing; only admins import.
import { afterAll, describe, expect, it } from 'vitest'
import * as exportCsv from '@/app/api/v1/export/practices.csv/route'
import * as exportJson from '@/app/api/v1/export/practices.json/route'
import { db } from '@/lib/db'
import { Prisma } from '@/lib/generated/prisma/client'
import { importPractices, type ImportOutcome } from '@/lib/import/mutations'
import { parseCsv, toCsv } from '@/lib/open-data/csv'
import { getPracticeRow } from '@/lib/open-data/queries'
import type { PracticeExportRow } from '@/lib/open-data/schemas'
import { EXPORT_COLUMNS, exportRowToCsvCells, toExportRow } from '@/lib/open-data/serializers'
import { makeUser } from './auth-helpers'
import { codeOf } from './app-errors'
import { makePractice, removeCreatedPractices, track, word } from './editing-fixtures'

afterAll(removeCreatedPractices)

const BASE = 'http://localhost:3000'

/** Everything the import could write: rows, links, revisions, audit entries. */
async function databaseState() {
  const [practices, links, revisions, audit] = await Promise.all([
    db().practice.findMany({
      orderBy: { id: 'asc' },
      select: {
        id: true,
        slug: true,
        version: true,
        status: true,
        titleEs: true,
        titleEn: true,
        summaryEs: true,
        summaryEn: true,
        bodyEs: true,
        bodyEn: true,
        externalUrl: true,
        updatedAt: true,
        translationStatusEn: true,
      },
    }),
    Promise.all([db().practiceActor.count(), db().practiceObjective.count(), db().practiceSession.count()]),
    db().practiceRevision.count(),
    db().auditLog.count(),
  ])
  return { practices, links, revisions, audit }
}

async function exportRowOf(slug: string): Promise<PracticeExportRow> {
  const row = await getPracticeRow(slug)
  if (!row) throw new Error(`not published: ${slug}`)
  return toExportRow('es', row, BASE)
}

const csvOf = (rows: PracticeExportRow[]) => toCsv(EXPORT_COLUMNS, rows.map(exportRowToCsvCells))

function planned(outcome: ImportOutcome) {
  if (!outcome.ok) throw new Error(`file error: ${outcome.fileError}`)
  return outcome
}

async function references() {
  const [actor, session] = await Promise.all([
    db().actor.findFirstOrThrow({ select: { slug: true }, orderBy: { id: 'asc' } }),
    db().session.findFirstOrThrow({ select: { slug: true }, orderBy: { position: 'asc' } }),
  ])
  return { actor: actor.slug, session: session.slug }
}

async function newRow(overrides: Partial<PracticeExportRow> = {}): Promise<PracticeExportRow> {
  const refs = await references()
  return {
    slug: `importada-${word()}`,
    kind: 'good-practice',
    titleEs: `Práctica importada ${word()}`,
    titleEn: null,
    summaryEs: 'Resumen, con "comillas" y\nsalto de línea.',
    summaryEn: null,
    bodyEs: null,
    bodyEn: null,
    reportTitle: null,
    sourceSectionEs: null,
    sourceSectionEn: null,
    externalUrl: 'https://example.org/práctica',
    objectives: [3, 7],
    objectiveNames: [],
    actors: [refs.actor],
    actorNames: [],
    sessions: [refs.session],
    sessionNames: [],
    reportDate: null,
    editedAt: null,
    updatedAt: new Date().toISOString(),
    source: 'secretariat',
    proposedBy: null,
    proposedAt: null,
    firstPublishedAt: null,
    url: `${BASE}/es/practicas/x`,
    ...overrides,
  }
}

describe('dry run', () => {
  it('reports each bad row with its row number and field, and writes nothing', async () => {
    const admin = await makeUser('admin')
    const good = await newRow()
    const rows = [
      good,
      await newRow({ kind: 'bad' as PracticeExportRow['kind'] }),
      await newRow({ actors: ['no-such-actor'] }),
      await newRow({ objectives: [24] }),
      await newRow({ titleEs: '' }),
      { ...(await newRow()), slug: good.slug },
    ]
    const before = await databaseState()
    const outcome = planned(await importPractices({ user: admin, content: csvOf(rows), format: 'csv' }))
    expect(outcome.applied).toBe(false)
    expect(outcome.counts).toEqual({ create: 1, update: 0, unchanged: 0, invalid: 5 })
    expect(outcome.rows.map((row) => [row.row, row.action, row.errors])).toEqual([
      [2, 'create', []],
      [3, 'invalid', [{ field: 'kind', code: 'invalidChoice' }]],
      [4, 'invalid', [{ field: 'actors', code: 'unknownReference', value: 'no-such-actor' }]],
      [5, 'invalid', [{ field: 'objectives', code: 'invalidChoice', value: '24' }]],
      [6, 'invalid', [{ field: 'titleEs', code: 'required' }]],
      [7, 'invalid', [{ field: 'slug', code: 'duplicateSlug' }]],
    ])
    // Asking to apply a file with bad rows writes nothing either.
    const refused = planned(
      await importPractices({
        user: admin,
        content: csvOf(rows),
        format: 'csv',
        apply: true,
        expectedHash: outcome.hash,
      }),
    )
    expect(refused.applied).toBe(false)
    expect(await databaseState()).toEqual(before)
  })

  it('reports a malformed file as a whole without writing', async () => {
    const admin = await makeUser('admin')
    const before = await databaseState()
    const header = EXPORT_COLUMNS.join(',')
    expect(
      await importPractices({ user: admin, content: `${header}\r\nslug,"unterminated\r\n`, format: 'csv' }),
    ).toMatchObject({
      ok: false,
      fileError: 'malformedCsv',
    })
    expect(await importPractices({ user: admin, content: 'slug,kind\r\na,tool\r\n', format: 'csv' })).toMatchObject({
      ok: false,
      fileError: 'missingColumns',
    })
    expect(await importPractices({ user: admin, content: '{"items": [', format: 'json' })).toMatchObject({
      ok: false,
      fileError: 'malformedJson',
    })
    expect(await importPractices({ user: admin, content: '{"rows": []}', format: 'json' })).toMatchObject({
      ok: false,
      fileError: 'notExportFormat',
    })
    // A record with the wrong number of fields is a row error.
    const short = planned(
      await importPractices({ user: admin, content: `${header}\r\nonly,three,fields\r\n`, format: 'csv' }),
    )
    expect(short.rows[0]).toMatchObject({ row: 2, action: 'invalid' })
    expect(short.rows[0]?.errors).toContainEqual({ field: 'row', code: 'columnCount' })
    expect(await databaseState()).toEqual(before)
  })
})

describe('apply', () => {
  it('creates drafts and updates practices in place, each with a revision and an audit entry', async () => {
    const admin = await makeUser('admin')
    const published = await makePractice(admin, 'PUBLISHED')
    const current = await exportRowOf(published.slug)
    const changed = {
      ...current,
      summaryEs: 'Resumen corregido por importación.',
      titleEn: 'Imported title',
      summaryEn: 'Imported summary.',
      objectives: [1, 7],
    }
    const created = await newRow()
    const content = JSON.stringify({ items: [changed, created] })
    const dryRun = planned(await importPractices({ user: admin, content, format: 'json' }))
    expect(dryRun.rows.map((row) => [row.slug, row.action, row.changes])).toEqual([
      [published.slug, 'update', ['titleEn', 'summaryEs', 'summaryEn', 'objectives']],
      [created.slug, 'create', []],
    ])
    const revisionsBefore = await db().practiceRevision.count({ where: { practiceId: published.id } })

    // The apply re-checks: a different file (or changed data) than the one reviewed is refused.
    expect(
      await codeOf(
        importPractices({ user: admin, content, format: 'json', apply: true, expectedHash: 'f'.repeat(64) }),
      ),
    ).toBe('CONFLICT')
    const applied = planned(
      await importPractices({
        user: admin,
        content,
        format: 'json',
        apply: true,
        expectedHash: dryRun.hash,
        ip: '203.0.113.9',
      }),
    )
    expect(applied.applied).toBe(true)

    const updated = await db().practice.findUniqueOrThrow({
      where: { id: published.id },
      select: {
        status: true,
        version: true,
        summaryEs: true,
        titleEn: true,
        translationStatusEn: true,
        draft: true,
        objectives: { select: { objectiveNumber: true }, orderBy: { objectiveNumber: 'asc' } },
      },
    })
    expect(updated).toMatchObject({
      status: 'PUBLISHED',
      version: published.version + 1,
      summaryEs: changed.summaryEs,
      titleEn: 'Imported title',
      translationStatusEn: 'TRANSLATED',
      draft: null,
    })
    expect(updated.objectives.map((o) => o.objectiveNumber)).toEqual([1, 7])
    expect(await db().practiceRevision.count({ where: { practiceId: published.id } })).toBe(revisionsBefore + 1)
    expect(
      await db().practiceRevision.findFirst({
        where: { practiceId: published.id, version: published.version + 1 },
        select: { status: true, note: true, authorId: true },
      }),
    ).toEqual({
      status: 'PUBLISHED',
      note: 'import',
      authorId: admin.id,
    })
    const audit = await db().auditLog.findFirst({
      where: { action: 'practice.import', targetId: String(published.id) },
      select: { actorId: true, ip: true, before: true, after: true },
    })
    expect(audit).toMatchObject({
      actorId: admin.id,
      ip: '203.0.113.9',
      before: { summaryEs: published.input.summaryEs },
      after: { summaryEs: changed.summaryEs },
    })

    const made = await db().practice.findUniqueOrThrow({
      where: { slug: created.slug },
      select: {
        id: true,
        status: true,
        version: true,
        titleEs: true,
        summaryEs: true,
        externalUrl: true,
        actors: { select: { actor: { select: { slug: true } } } },
      },
    })
    track(made.id)
    expect(made).toMatchObject({
      status: 'DRAFT',
      version: 1,
      titleEs: created.titleEs,
      summaryEs: created.summaryEs,
      externalUrl: created.externalUrl,
    })
    expect(made.actors.map((a) => a.actor.slug)).toEqual(created.actors)
    expect(await db().practiceRevision.count({ where: { practiceId: made.id, note: 'import' } })).toBe(1)
    expect(await db().auditLog.count({ where: { action: 'practice.import-create', targetId: String(made.id) } })).toBe(
      1,
    )

    // The same file again: nothing left to do.
    const again = planned(await importPractices({ user: admin, content, format: 'json' }))
    expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 2, invalid: 0 })
  })

  it('a row that fails while writing leaves the database unchanged (all or nothing)', async () => {
    const admin = await makeUser('admin')
    const published = await makePractice(admin, 'PUBLISHED')
    const created = await newRow()
    // A trigger of the test's own makes the second row fail at the database, after the first was
    // written (NUL used to do this; the schema now drops control characters before validation).
    await db().$executeRawUnsafe(
      `CREATE OR REPLACE FUNCTION test_import_fail() RETURNS trigger AS $$ BEGIN IF NEW."summaryEs" = 'Resumen roto' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
    )
    await db().$executeRawUnsafe(
      `CREATE TRIGGER test_import_fail BEFORE UPDATE ON "Practice" FOR EACH ROW EXECUTE FUNCTION test_import_fail()`,
    )
    try {
      const broken = { ...(await exportRowOf(published.slug)), summaryEs: 'Resumen roto' }
      const content = JSON.stringify([created, broken])
      const dryRun = planned(await importPractices({ user: admin, content, format: 'json' }))
      expect(dryRun.counts).toMatchObject({ create: 1, update: 1, invalid: 0 })
      const before = await databaseState()
      await expect(
        importPractices({ user: admin, content, format: 'json', apply: true, expectedHash: dryRun.hash }),
      ).rejects.toThrow()
      expect(await db().practice.findUnique({ where: { slug: created.slug }, select: { id: true } })).toBeNull()
      expect(await databaseState()).toEqual(before)
    } finally {
      await db().$executeRawUnsafe('DROP TRIGGER IF EXISTS test_import_fail ON "Practice"')
      await db().$executeRawUnsafe('DROP FUNCTION IF EXISTS test_import_fail()')
    }
  })

  it('refuses rows of a practice with pending workspace changes or a deleted practice', async () => {
    const admin = await makeUser('admin')
    const pending = await makePractice(admin, 'PENDING')
    const deleted = await makePractice(admin, 'DELETED')
    const pendingRow = { ...(await exportRowOf(pending.slug)), summaryEs: 'Otro resumen.' }
    const deletedRow = await newRow({ slug: deleted.slug })
    const outcome = planned(
      await importPractices({ user: admin, content: csvOf([pendingRow, deletedRow]), format: 'csv' }),
    )
    expect(outcome.rows.map((row) => [row.action, row.errors])).toEqual([
      ['invalid', [{ field: 'slug', code: 'pendingChanges' }]],
      ['invalid', [{ field: 'slug', code: 'deletedPractice' }]],
    ])
  })
})

describe('round trip', () => {
  it.each(['csv', 'json'] as const)('the full %s export imported again changes nothing', async (format) => {
    const admin = await makeUser('admin')
    const route = format === 'csv' ? exportCsv : exportJson
    const response = await route.GET(new Request(`${BASE}/api/v1/export/practices.${format}`))
    expect(response.status).toBe(200)
    const content = await response.text()
    const published = await db().practice.count({ where: { status: 'PUBLISHED', deletedAt: null } })
    expect(published).toBeGreaterThan(50)
    const before = await databaseState()
    const dryRun = planned(await importPractices({ user: admin, content, format }))
    expect(dryRun.rows.filter((row) => row.action !== 'unchanged')).toEqual([])
    expect(dryRun.counts).toEqual({ create: 0, update: 0, unchanged: published, invalid: 0 })
    const applied = planned(
      await importPractices({ user: admin, content, format, apply: true, expectedHash: dryRun.hash }),
    )
    expect(applied.applied).toBe(true)
    expect(await databaseState()).toEqual(before)
  })
})

describe('provenance (issue 15)', () => {
  /** Applies a file that the dry run accepts; returns the created practices' provenance, by slug. */
  async function applyAndReadProvenance(content: string, format: 'csv' | 'json', slugs: string[]) {
    const admin = await makeUser('admin')
    const dryRun = planned(await importPractices({ user: admin, content, format }))
    expect(dryRun.counts.invalid).toBe(0)
    planned(await importPractices({ user: admin, content, format, apply: true, expectedHash: dryRun.hash }))
    const rows = await db().practice.findMany({
      where: { slug: { in: slugs } },
      select: { id: true, slug: true, source: true, proposedByInstitution: true, proposedAt: true },
    })
    for (const row of rows) track(row.id)
    return new Map(rows.map(({ slug, ...provenance }) => [slug, provenance]))
  }

  it.each(['csv', 'json'] as const)(
    'a new practice takes the provenance of its %s row; a row without it is the secretariat’s',
    async (format) => {
      const proposal = await newRow({
        source: 'proposal',
        proposedBy: 'Ministerio de Relaciones Exteriores',
        proposedAt: '2026-03-04T10:00:00.000Z',
      })
      const anonymous = await newRow({ source: 'proposal', proposedBy: null, proposedAt: '2026-05-06' })
      const report = await newRow({ source: 'forum-report' })
      const unsaid = await newRow({ source: null as unknown as 'secretariat' })
      const rows = [proposal, anonymous, report, unsaid]
      const content = format === 'csv' ? csvOf(rows) : JSON.stringify({ items: rows })
      const created = await applyAndReadProvenance(
        content,
        format,
        rows.map((row) => row.slug),
      )
      expect(created.get(proposal.slug)).toMatchObject({
        source: 'PROPOSAL',
        proposedByInstitution: 'Ministerio de Relaciones Exteriores',
        proposedAt: new Date('2026-03-04T10:00:00.000Z'),
      })
      expect(created.get(anonymous.slug)).toMatchObject({
        source: 'PROPOSAL',
        proposedByInstitution: null,
        proposedAt: new Date('2026-05-06T00:00:00.000Z'),
      })
      expect(created.get(report.slug)).toMatchObject({ source: 'FORUM_REPORT', proposedAt: null })
      expect(created.get(unsaid.slug)).toMatchObject({ source: 'SECRETARIAT', proposedAt: null })
    },
  )

  it('round trip: an exported proposal imported under a new slug keeps its provenance; an update keeps the practice’s own', async () => {
    const admin = await makeUser('admin')
    const published = await makePractice(admin, 'PUBLISHED')
    await db().practice.update({
      where: { id: published.id },
      data: {
        source: 'PROPOSAL',
        proposedByInstitution: 'Instituto Nacional de Migración',
        proposedAt: new Date('2026-02-01T12:00:00Z'),
      },
    })
    const exported = await exportRowOf(published.slug)
    expect(exported).toMatchObject({ source: 'proposal', proposedBy: 'Instituto Nacional de Migración' })
    const copy = { ...exported, slug: `copia-${word()}` }
    const created = await applyAndReadProvenance(csvOf([copy]), 'csv', [copy.slug])
    expect(created.get(copy.slug)).toMatchObject({
      source: 'PROPOSAL',
      proposedByInstitution: 'Instituto Nacional de Migración',
      proposedAt: new Date('2026-02-01T12:00:00Z'),
    })
    // The same row with other provenance, for the existing practice: nothing to change.
    const relabelled = { ...exported, source: 'secretariat' as const, proposedBy: null, proposedAt: null }
    const dryRun = planned(await importPractices({ user: admin, content: csvOf([relabelled]), format: 'csv' }))
    expect(dryRun.rows.map((row) => row.action)).toEqual(['unchanged'])
  })

  it('reports a bad source, a proposal without its date and a malformed date, beside their columns', async () => {
    const admin = await makeUser('admin')
    const rows = [
      await newRow({ source: 'rumour' as 'secretariat' }),
      await newRow({ source: 'proposal', proposedAt: null }),
      await newRow({ source: 'proposal', proposedAt: 'last spring' }),
      await newRow({ source: 'proposal', proposedAt: '2026-01-01', proposedBy: 'x'.repeat(301) }),
    ]
    const before = await databaseState()
    const dryRun = planned(await importPractices({ user: admin, content: JSON.stringify(rows), format: 'json' }))
    expect(dryRun.rows.map((row) => [row.action, row.errors])).toEqual([
      ['invalid', [{ field: 'source', code: 'invalidChoice', value: 'rumour' }]],
      ['invalid', [{ field: 'proposedAt', code: 'required' }]],
      ['invalid', [{ field: 'proposedAt', code: 'invalidDate', value: 'last spring' }]],
      ['invalid', [{ field: 'proposedBy', code: 'tooLong' }]],
    ])
    expect(await databaseState()).toEqual(before)
  })
})

describe('hostile cells', () => {
  it('exports formula cells neutralised, imports them back unchanged, and warns in the dry run (finding 9)', async () => {
    const admin = await makeUser('admin')
    const target = await db().practice.findFirstOrThrow({
      where: { status: 'PUBLISHED', deletedAt: null, draft: { equals: Prisma.DbNull } },
      select: { id: true, slug: true, titleEs: true, summaryEs: true, bodyEs: true },
    })
    const hostile = {
      titleEs: '=HYPERLINK("http://evil.example","clic")',
      summaryEs: "+cmd|' /C calc'!A0",
      bodyEs: "'ya con apóstrofo",
    }
    await db().practice.update({ where: { id: target.id }, data: hostile })
    try {
      const response = await exportCsv.GET(new Request(`${BASE}/api/v1/export/practices.csv`))
      const content = await response.text()
      expect(content).toContain(`"'=HYPERLINK(""http://evil.example"",""clic"")"`)
      expect(content).toContain(`"'+cmd|' /C calc'!A0"`)
      // No cell of the file starts like a formula (quoted cells start with '"', then the apostrophe).
      for (const record of parseCsv(content)) for (const cell of record) expect(cell).not.toMatch(/^[=+@\t\r-]/)
      const dryRun = planned(await importPractices({ user: admin, content, format: 'csv' }))
      const row = dryRun.rows.find((candidate) => candidate.slug === target.slug)!
      expect(row.action).toBe('unchanged')
      expect(row.warnings).toEqual([
        { field: 'titleEs', code: 'formulaLike' },
        { field: 'summaryEs', code: 'formulaLike' },
      ])
      expect(dryRun.counts.update + dryRun.counts.create + dryRun.counts.invalid).toBe(0)
    } finally {
      await db().practice.update({
        where: { id: target.id },
        data: { titleEs: target.titleEs, summaryEs: target.summaryEs, bodyEs: target.bodyEs },
      })
    }
  })

  it('a NUL in a row: what the dry run accepts, the apply writes (finding 8: it failed at apply)', async () => {
    const admin = await makeUser('admin')
    const row = await newRow({ titleEs: `Con nulo\u0000 dentro ${word()}`, summaryEs: 'Resumen\u0000' })
    const content = csvOf([row])
    const dryRun = planned(await importPractices({ user: admin, content, format: 'csv' }))
    expect(dryRun.counts).toEqual({ create: 1, update: 0, unchanged: 0, invalid: 0 })
    const applied = planned(
      await importPractices({ user: admin, content, format: 'csv', apply: true, expectedHash: dryRun.hash }),
    )
    expect(applied.applied).toBe(true)
    const saved = await db().practice.findUniqueOrThrow({
      where: { slug: row.slug },
      select: { id: true, titleEs: true, summaryEs: true },
    })
    track(saved.id)
    expect({ titleEs: saved.titleEs, summaryEs: saved.summaryEs }).toEqual({
      titleEs: row.titleEs.replace('\u0000', ''),
      summaryEs: 'Resumen',
    })
  })
})

describe('authorisation', () => {
  it('refuses editors and anonymous users, even for a dry run', async () => {
    const editor = await makeUser('editor')
    const content = csvOf([await newRow()])
    expect(await codeOf(importPractices({ user: editor, content, format: 'csv' }))).toBe('FORBIDDEN')
    expect(
      await codeOf(importPractices({ user: editor, content, format: 'csv', apply: true, expectedHash: 'x' })),
    ).toBe('FORBIDDEN')
    expect(await codeOf(importPractices({ user: null, content, format: 'csv' }))).toBe('UNAUTHENTICATED')
  })
})

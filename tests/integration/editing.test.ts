// Editing practices (issue 6): versions and revisions, no lost updates, restore, the pending draft of a
// published practice, and the audit entry written in the same transaction as each change.
import { afterAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { getPracticeRow } from '@/lib/open-data/queries'
import { diffSnapshots } from '@/lib/practices/diff'
import { parseSnapshot } from '@/lib/practices/editing-schemas'
import {
  createPractice,
  deletePractice,
  publishPractice,
  restoreDeletedPractice,
  restoreRevision,
  submitForReview,
  updatePractice,
  type PracticeConflict,
} from '@/lib/practices/mutations'
import { getPublishedPractice, searchPractices } from '@/lib/practices/queries'
import { findPracticeRevisions, findWorkspacePractices, getPracticeForEditing } from '@/lib/practices/workspace-queries'
import { parseWorkspacePracticeParams } from '@/lib/practices/editing-schemas'
import { appErrorOf, codeOf } from './app-errors'
import { makeUser } from './auth-helpers'
import { auditCount, makePractice, practiceInput, removeCreatedPractices, track, word } from './editing-fixtures'

afterAll(removeCreatedPractices)

const row = (id: number) =>
  db().practice.findUniqueOrThrow({
    where: { id },
    select: {
      titleEs: true,
      summaryEs: true,
      status: true,
      version: true,
      draft: true,
      draftStatus: true,
      seedHash: true,
      deletedAt: true,
      publishedAt: true,
      editedAt: true,
    },
  })

describe('creating and saving', () => {
  it('a new practice is a draft at version 1 with its first revision and an audit entry', async () => {
    const editor = await makeUser('editor')
    const input = await practiceInput({
      titleEn: 'Test practice',
      summaryEn: 'Summary.',
      translationStatusEn: 'TRANSLATED',
    })
    const saved = await createPractice({ user: editor, input, ip: '203.0.113.5' })
    track(saved.id)
    expect(saved.version).toBe(1)
    expect(saved.slug).toMatch(/^practica-de-prueba-zq/)
    expect(await row(saved.id)).toMatchObject({ status: 'DRAFT', version: 1, seedHash: null, titleEs: input.titleEs })
    const revisions = await db().practiceRevision.findMany({
      where: { practiceId: saved.id },
      select: { version: true, status: true, authorId: true, snapshot: true },
    })
    expect(revisions).toHaveLength(1)
    expect(revisions[0]).toMatchObject({ version: 1, status: 'DRAFT', authorId: editor.id })
    expect(parseSnapshot(revisions[0]?.snapshot)).toMatchObject({
      titleEs: input.titleEs,
      titleEn: 'Test practice',
      actorIds: input.actorIds,
      objectiveNumbers: [7],
    })
    const audit = await db().auditLog.findFirst({
      where: { action: 'practice.create', targetId: String(saved.id) },
      select: { actorId: true, ip: true, after: true },
    })
    expect(audit).toMatchObject({
      actorId: editor.id,
      ip: '203.0.113.5',
      after: { version: 1, status: 'DRAFT', titleEs: input.titleEs },
    })
  })

  it('every save bumps the version, stores a full snapshot with its author, and audits the changed fields', async () => {
    const [admin, editor] = await Promise.all([makeUser('admin'), makeUser('editor')])
    const { id, version, input } = await makePractice(admin)
    const saved = await updatePractice({
      user: editor,
      id,
      version,
      input: { ...input, summaryEs: 'Otro resumen.', objectiveNumbers: [3, 7] },
    })
    expect(saved.version).toBe(2)
    expect(await row(id)).toMatchObject({ version: 2, summaryEs: 'Otro resumen.' })
    expect(
      (
        await db().practiceObjective.findMany({
          where: { practiceId: id },
          select: { objectiveNumber: true },
          orderBy: { objectiveNumber: 'asc' },
        })
      ).map((o) => o.objectiveNumber),
    ).toEqual([3, 7])
    const revisions = await findPracticeRevisions(admin, id)
    expect(revisions.map((revision) => [revision.version, revision.authorName])).toEqual([
      [2, editor.name],
      [1, admin.name],
    ])
    const audit = await db().auditLog.findFirst({
      where: { action: 'practice.update', targetId: String(id) },
      select: { before: true, after: true, actorId: true },
    })
    expect(audit).toEqual({
      actorId: editor.id,
      before: { version: 1, summaryEs: 'Resumen de prueba.', objectiveNumbers: [7] },
      after: { version: 2, summaryEs: 'Otro resumen.', objectiveNumbers: [3, 7] },
    })
  })

  it('a slug that another practice uses is refused as a field error', async () => {
    const admin = await makeUser('admin')
    const first = await makePractice(admin)
    const error = await appErrorOf(createPractice({ user: admin, input: await practiceInput({ slug: first.slug }) }))
    expect(error.code).toBe('INVALID')
    expect(error.details).toEqual({ field: 'slug', code: 'slugTaken' })
  })

  it('unknown actors, objectives or sessions are refused', async () => {
    const admin = await makeUser('admin')
    const error = await appErrorOf(
      createPractice({ user: admin, input: await practiceInput({ actorIds: ['99999999'] }) }),
    )
    expect(error.details).toEqual({ field: 'actorIds', code: 'unknownReference' })
  })
})

describe('no lost updates', () => {
  it('two concurrent saves of the same version: exactly one wins, the other gets CONFLICT with the current record', async () => {
    const [admin, alice, bob] = await Promise.all([
      makeUser('admin'),
      makeUser('editor', 'Alice'),
      makeUser('editor', 'Bob'),
    ])
    const { id, version, input } = await makePractice(admin)
    const results = await Promise.allSettled([
      updatePractice({
        user: alice,
        id,
        version,
        input: { ...input, titleEs: 'Título de Alice', summaryEs: 'Resumen de Alice' },
      }),
      updatePractice({
        user: bob,
        id,
        version,
        input: { ...input, titleEs: 'Título de Bob', bodyEs: 'Cuerpo de Bob' },
      }),
    ])
    const won = results.filter((result) => result.status === 'fulfilled')
    const lost = results.filter((result) => result.status === 'rejected')
    expect(won).toHaveLength(1)
    expect(lost).toHaveLength(1)
    const error = (lost[0] as PromiseRejectedResult).reason as { code: string; details: PracticeConflict }
    expect(error.code).toBe('CONFLICT')
    const winner = results[0]?.status === 'fulfilled' ? 'Alice' : 'Bob'
    // The loser is told what the record is now: the winner's content, at version 2.
    expect(error.details.version).toBe(2)
    expect(error.details.snapshot.titleEs).toBe(`Título de ${winner}`)
    expect(error.details.updatedBy).toBe(winner)
    // The winner's save is complete; nothing of the loser's was written.
    const current = await row(id)
    expect(current.version).toBe(2)
    expect(current.titleEs).toBe(`Título de ${winner}`)
    expect(await db().practiceRevision.count({ where: { practiceId: id } })).toBe(2)
    expect(await db().auditLog.count({ where: { action: 'practice.update', targetId: String(id) } })).toBe(1)
    // The loser resubmits against the version it was shown: that save goes through.
    const loser = winner === 'Alice' ? bob : alice
    const retried = await updatePractice({
      user: loser,
      id,
      version: error.details.version,
      input: { ...input, titleEs: 'Título combinado' },
    })
    expect(retried.version).toBe(3)
  })

  it('a stale save (an old version) is refused and changes nothing', async () => {
    const admin = await makeUser('admin')
    const { id, version, input } = await makePractice(admin)
    await updatePractice({ user: admin, id, version, input: { ...input, summaryEs: 'Primero.' } })
    const audits = await auditCount(id)
    const error = await appErrorOf(
      updatePractice({ user: admin, id, version, input: { ...input, summaryEs: 'Tarde.' } }),
    )
    expect(error.code).toBe('CONFLICT')
    expect((error.details as PracticeConflict).snapshot.summaryEs).toBe('Primero.')
    expect(await row(id)).toMatchObject({ version: 2, summaryEs: 'Primero.' })
    expect(await auditCount(id)).toBe(audits)
    // Status changes carry the version too.
    expect(await codeOf(submitForReview({ user: admin, id, version }))).toBe('CONFLICT')
  })
})

describe('revision history and restore', () => {
  it('restoring an old version creates a new revision with that content', async () => {
    const admin = await makeUser('admin')
    const { id, input } = await makePractice(admin)
    const v2 = await updatePractice({
      user: admin,
      id,
      version: 1,
      input: { ...input, summaryEs: 'Versión dos.', objectiveNumbers: [1] },
    })
    const v3 = await updatePractice({
      user: admin,
      id,
      version: v2.version,
      input: { ...input, summaryEs: 'Versión tres.' },
    })
    const restored = await restoreRevision({ user: admin, id, version: v3.version, revision: 2 })
    expect(restored.version).toBe(4)
    expect(await row(id)).toMatchObject({ summaryEs: 'Versión dos.', version: 4 })
    const revisions = await db().practiceRevision.findMany({
      where: { practiceId: id },
      orderBy: { version: 'asc' },
      select: { version: true, note: true, snapshot: true },
    })
    expect(revisions.map((revision) => revision.version)).toEqual([1, 2, 3, 4])
    expect(revisions[3]?.note).toBe('restored-from:2')
    expect(diffSnapshots(parseSnapshot(revisions[1]?.snapshot), parseSnapshot(revisions[3]?.snapshot))).toEqual([])
    expect(await db().auditLog.count({ where: { action: 'practice.revision-restore', targetId: String(id) } })).toBe(1)
    expect(await codeOf(restoreRevision({ user: admin, id, version: 4, revision: 99 }))).toBe('NOT_FOUND')
  })

  it('a seeded practice gets a baseline revision of its original content on its first save', async () => {
    const admin = await makeUser('admin')
    const input = await practiceInput()
    const seeded = await db().practice.create({
      data: {
        slug: `seeded-${word()}`,
        kind: 'POLICY',
        titleEs: 'Original del informe',
        summaryEs: 'Resumen original.',
        status: 'PUBLISHED',
        publishedAt: new Date(),
        seedHash: 'abc',
      },
      select: { id: true },
    })
    track(seeded.id)
    await updatePractice({ user: admin, id: seeded.id, version: 1, input: { ...input, titleEs: 'Corregido' } })
    const revisions = await findPracticeRevisions(admin, seeded.id)
    expect(revisions.map((revision) => [revision.version, revision.status, revision.authorName])).toEqual([
      [2, 'DRAFT', admin.name],
      [1, 'PUBLISHED', null],
    ])
    // The seed never overwrites a practice the secretariat has saved.
    expect(await row(seeded.id)).toMatchObject({ seedHash: null, titleEs: 'Original del informe' })
  })
})

describe('publication workflow', () => {
  it('edits to a published practice stay invisible to the public until an admin publishes them', async () => {
    const [admin, editor] = await Promise.all([makeUser('admin'), makeUser('editor')])
    const oldWord = word()
    const newWord = word()
    const { id, slug, version, input } = await makePractice(admin, 'PUBLISHED', {
      titleEs: `Práctica publicada ${oldWord}`,
    })
    expect((await searchPractices({ locale: 'es', q: oldWord })).items.map((item) => item.slug)).toEqual([slug])

    const edited = await updatePractice({
      user: editor,
      id,
      version,
      input: { ...input, titleEs: `Práctica corregida ${newWord}` },
    })
    // The public keeps the published columns; the edit waits in `draft`.
    expect(await row(id)).toMatchObject({
      status: 'PUBLISHED',
      titleEs: `Práctica publicada ${oldWord}`,
      draftStatus: 'DRAFT',
    })
    expect((await searchPractices({ locale: 'es', q: newWord })).total).toBe(0)
    expect((await getPublishedPractice('es', slug))?.title.text).toBe(`Práctica publicada ${oldWord}`)
    expect((await getPracticeRow(slug))?.titleEs).toBe(`Práctica publicada ${oldWord}`)
    // The workspace shows the pending content.
    const editable = await getPracticeForEditing(editor, id)
    expect(editable).toMatchObject({ pending: true, workingStatus: 'DRAFT', status: 'PUBLISHED' })
    expect(editable?.snapshot.titleEs).toBe(`Práctica corregida ${newWord}`)
    expect(editable?.live?.titleEs).toBe(`Práctica publicada ${oldWord}`)

    const submitted = await submitForReview({ user: editor, id, version: edited.version })
    expect(await row(id)).toMatchObject({ status: 'PUBLISHED', draftStatus: 'IN_REVIEW' })
    const queue = await findWorkspacePractices(admin, parseWorkspacePracticeParams({ status: 'IN_REVIEW', q: newWord }))
    expect(queue.items.map((item) => [item.id, item.pendingStatus])).toEqual([[id, 'IN_REVIEW']])
    expect(await codeOf(publishPractice({ user: editor, id, version: submitted.version }))).toBe('FORBIDDEN')

    await publishPractice({ user: admin, id, version: submitted.version })
    expect(await row(id)).toMatchObject({
      status: 'PUBLISHED',
      titleEs: `Práctica corregida ${newWord}`,
      draft: null,
      draftStatus: null,
    })
    expect((await searchPractices({ locale: 'es', q: newWord })).items.map((item) => item.slug)).toEqual([slug])
    expect((await searchPractices({ locale: 'es', q: oldWord })).total).toBe(0)
  })

  it('a draft is never public; a soft-deleted practice leaves the public site and can be restored', async () => {
    const admin = await makeUser('admin')
    const secret = word()
    const { id, slug, version } = await makePractice(admin, 'IN_REVIEW', { titleEs: `Borrador ${secret}` })
    expect((await searchPractices({ locale: 'es', q: secret })).total).toBe(0)
    expect(await getPublishedPractice('es', slug)).toBeNull()
    expect(await getPracticeRow(slug)).toBeNull()

    expect((await row(id)).editedAt).toBeNull()
    const before = Date.now()
    const published = await publishPractice({ user: admin, id, version })
    expect(await getPublishedPractice('es', slug)).not.toBeNull()
    // Publication is the secretariat's editorial change: it dates the practice (lib/practices/dates.ts).
    expect((await row(id)).editedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000)
    const deleted = await deletePractice({ user: admin, id, version: published.version })
    expect(await getPublishedPractice('es', slug)).toBeNull()
    expect((await searchPractices({ locale: 'es', q: secret })).total).toBe(0)
    expect((await findWorkspacePractices(admin, parseWorkspacePracticeParams({ q: secret }))).total).toBe(0)
    expect(
      (await findWorkspacePractices(admin, parseWorkspacePracticeParams({ q: secret, status: 'DELETED' }))).items.map(
        (item) => item.id,
      ),
    ).toEqual([id])
    // Editing a deleted practice is not possible; restoring brings it back as it was.
    expect(
      await codeOf(updatePractice({ user: admin, id, version: deleted.version, input: await practiceInput() })),
    ).toBe('NOT_FOUND')
    await restoreDeletedPractice({ user: admin, id, version: deleted.version })
    expect(await row(id)).toMatchObject({ deletedAt: null, status: 'PUBLISHED' })
    expect(await getPublishedPractice('es', slug)).not.toBeNull()
  })

  it('transitions that the workflow does not allow are refused', async () => {
    const admin = await makeUser('admin')
    const draft = await makePractice(admin)
    expect(await codeOf(restoreDeletedPractice({ user: admin, id: draft.id, version: draft.version }))).toBe(
      'NOT_FOUND',
    )
    const published = await makePractice(admin, 'PUBLISHED')
    // Nothing pending: there is nothing to submit or publish.
    expect(await codeOf(submitForReview({ user: admin, id: published.id, version: published.version }))).toBe('INVALID')
    expect(await codeOf(publishPractice({ user: admin, id: published.id, version: published.version }))).toBe('INVALID')
  })
})

describe('the audit entry commits with its change', () => {
  it('when the audit insert fails, the change and the revision roll back with it', async () => {
    const admin = await makeUser('admin')
    const { id, version, input } = await makePractice(admin)
    // A trigger makes the audit insert fail for one marked change.
    await db().$executeRawUnsafe(`CREATE OR REPLACE FUNCTION editing_test_fail_audit() RETURNS trigger AS $$
      BEGIN IF NEW."after"::text LIKE '%FAIL-AUDIT%' THEN RAISE EXCEPTION 'audit refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`)
    await db().$executeRawUnsafe(
      `CREATE TRIGGER editing_test_fail_audit BEFORE INSERT ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION editing_test_fail_audit()`,
    )
    try {
      const audits = await auditCount(id)
      await expect(
        updatePractice({ user: admin, id, version, input: { ...input, summaryEs: 'FAIL-AUDIT' } }),
      ).rejects.toThrow()
      expect(await row(id)).toMatchObject({ version, summaryEs: input.summaryEs })
      expect(await db().practiceRevision.count({ where: { practiceId: id } })).toBe(1)
      expect(await auditCount(id)).toBe(audits)
    } finally {
      await db().$executeRawUnsafe(`DROP TRIGGER IF EXISTS editing_test_fail_audit ON "AuditLog"`)
      await db().$executeRawUnsafe(`DROP FUNCTION IF EXISTS editing_test_fail_audit()`)
    }
    // And without the trigger the same save goes through, with its audit entry.
    await updatePractice({ user: admin, id, version, input: { ...input, summaryEs: 'FAIL-AUDIT' } })
    expect(await db().auditLog.count({ where: { action: 'practice.update', targetId: String(id) } })).toBe(1)
  })

  it('when the change fails, no audit entry is written', async () => {
    const [admin, editor] = await Promise.all([makeUser('admin'), makeUser('editor')])
    const { id, version } = await makePractice(admin, 'IN_REVIEW')
    const audits = await auditCount(id)
    expect(await codeOf(publishPractice({ user: editor, id, version }))).toBe('FORBIDDEN')
    expect(await codeOf(submitForReview({ user: editor, id, version }))).toBe('INVALID')
    expect(await auditCount(id)).toBe(audits)
    expect(await row(id)).toMatchObject({ status: 'IN_REVIEW', version })
  })
})

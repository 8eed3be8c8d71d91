// The authorisation matrix of the editing operations (issue 6): for every mutation and workspace
// query of practices and follow-up — anonymous → UNAUTHENTICATED, a disabled account → UNAUTHENTICATED,
// editor → allowed or FORBIDDEN per the rules, admin → allowed. Refusals change nothing and audit nothing.
import { afterAll, describe, expect, it } from 'vitest'
import { getUserFromHeaders, type CurrentUser } from '@/lib/auth/session'
import { db } from '@/lib/db'
import { updateFollowUp } from '@/lib/follow-up/mutations'
import { findFollowUpItems } from '@/lib/follow-up/queries'
import { FollowUpInputSchema } from '@/lib/follow-up/schemas'
import { parseWorkspacePracticeParams } from '@/lib/practices/editing-schemas'
import {
  archivePractice,
  createPractice,
  deletePractice,
  publishPractice,
  restoreDeletedPractice,
  restoreRevision,
  returnToDraft,
  submitForReview,
  updatePractice,
} from '@/lib/practices/mutations'
import {
  findEditorOptions,
  findPracticeRevisions,
  findWorkspacePractices,
  getPracticeForEditing,
} from '@/lib/practices/workspace-queries'
import { codeOf } from './app-errors'
import { makeUser, signedInHeaders } from './auth-helpers'
import { makePractice, practiceInput, removeCreatedPractices, track, type PracticeState } from './editing-fixtures'

type Prepared = { id: number; version: number; state: PracticeState }
type Operation = {
  name: string
  /** The practice state the operation needs (none: it does not act on one practice). */
  state?: PracticeState
  editor: 'OK' | 'FORBIDDEN'
  run: (user: CurrentUser | null, target: Prepared) => Promise<unknown>
}

// Follow-up rows are shared seeded content: remember and restore the one the tests change.
const followUpBackup: {
  id: number
  status: 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE'
  es: string | null
  en: string | null
  at: Date | null
}[] = []

afterAll(async () => {
  await removeCreatedPractices()
  for (const row of followUpBackup) {
    await db().recommendation.update({
      where: { id: row.id },
      data: { followUpStatus: row.status, followUpNoteEs: row.es, followUpNoteEn: row.en, followUpCheckedAt: row.at },
    })
  }
})

async function followUpTarget() {
  const row = await db().recommendation.findFirstOrThrow({
    orderBy: { id: 'asc' },
    select: { id: true, followUpStatus: true, followUpNoteEs: true, followUpNoteEn: true, followUpCheckedAt: true },
  })
  if (!followUpBackup.some((saved) => saved.id === row.id)) {
    followUpBackup.push({
      id: row.id,
      status: row.followUpStatus,
      es: row.followUpNoteEs,
      en: row.followUpNoteEn,
      at: row.followUpCheckedAt,
    })
  }
  return row.id
}

/** A workflow mutation: it acts on one practice at the version the caller saw. */
type Transition = (args: { user: CurrentUser | null; id: number; version: number }) => Promise<unknown>

// Each workflow transition from the state it needs, and what an editor may do there.
const transitions: [name: string, state: PracticeState, editor: Operation['editor'], mutation: Transition][] = [
  ['submitForReview', 'DRAFT', 'OK', submitForReview],
  ['returnToDraft (from review)', 'IN_REVIEW', 'OK', returnToDraft],
  ['returnToDraft (pending changes in review)', 'PENDING_REVIEW', 'OK', returnToDraft],
  ['returnToDraft (from archived)', 'ARCHIVED', 'FORBIDDEN', returnToDraft],
  ['publishPractice', 'IN_REVIEW', 'FORBIDDEN', publishPractice],
  ['publishPractice (pending changes)', 'PENDING_REVIEW', 'FORBIDDEN', publishPractice],
  ['archivePractice', 'PUBLISHED', 'FORBIDDEN', archivePractice],
  ['deletePractice', 'DRAFT', 'FORBIDDEN', deletePractice],
  ['restoreDeletedPractice', 'DELETED', 'FORBIDDEN', restoreDeletedPractice],
]

const operations: Operation[] = [
  {
    name: 'createPractice',
    editor: 'OK',
    run: async (user) => track((await createPractice({ user, input: await practiceInput() })).id),
  },
  {
    name: 'updatePractice',
    state: 'DRAFT',
    editor: 'OK',
    run: async (user, target) =>
      updatePractice({ user, id: target.id, version: target.version, input: await practiceInput() }),
  },
  {
    name: 'updatePractice (published: a pending draft)',
    state: 'PUBLISHED',
    editor: 'OK',
    run: async (user, target) =>
      updatePractice({ user, id: target.id, version: target.version, input: await practiceInput() }),
  },
  {
    name: 'restoreRevision',
    state: 'IN_REVIEW',
    editor: 'OK',
    run: (user, target) => restoreRevision({ user, id: target.id, version: target.version, revision: 1 }),
  },
  ...transitions.map(([name, state, editor, mutation]): Operation => ({
    name,
    state,
    editor,
    run: (user, target) => mutation({ user, id: target.id, version: target.version }),
  })),
  {
    name: 'updateFollowUp',
    editor: 'FORBIDDEN',
    run: async (user) =>
      updateFollowUp({
        user,
        input: FollowUpInputSchema.parse({
          target: 'recommendation',
          id: String(await followUpTarget()),
          status: 'IN_PROGRESS',
          noteEs: 'En curso',
          noteEn: '',
          checkedAt: '2026-01-15',
        }),
      }),
  },
]

const practiceSnapshot = (id: number) =>
  db().practice.findUnique({
    where: { id },
    select: { version: true, status: true, draftStatus: true, deletedAt: true, titleEs: true },
  })

describe('authorisation matrix of the editing mutations', () => {
  for (const operation of operations) {
    it(`${operation.name}: anonymous and disabled → UNAUTHENTICATED, editor → ${operation.editor}, admin → OK`, async () => {
      const [admin, editor, disabled, demoted] = await Promise.all([
        makeUser('admin'),
        makeUser('editor'),
        makeUser('admin'),
        makeUser('editor'),
      ])
      await db().user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } })
      const prepare = async (): Promise<Prepared> => {
        if (!operation.state) return { id: 0, version: 0, state: 'DRAFT' }
        const made = await makePractice(admin, operation.state)
        return { id: made.id, version: made.version, state: operation.state }
      }

      let target = await prepare()
      const auditBefore = await db().auditLog.count()
      const before = target.id ? await practiceSnapshot(target.id) : null
      expect(await codeOf(operation.run(null, target))).toBe('UNAUTHENTICATED')
      // A disabled account is refused even when its caller still holds a user object from before.
      expect(await codeOf(operation.run(disabled, target))).toBe('UNAUTHENTICATED')
      // A stale role is checked against the database too: a demoted admin is an editor.
      expect(await codeOf(operation.run({ ...demoted, role: 'admin' }, target))).toBe(operation.editor)
      if (operation.editor === 'OK') target = await prepare()
      else {
        expect(await codeOf(operation.run(editor, target))).toBe('FORBIDDEN')
        // Refusals change nothing and write no audit entry.
        expect(await db().auditLog.count()).toBe(auditBefore)
        if (target.id) expect(await practiceSnapshot(target.id)).toEqual(before)
      }
      if (operation.editor === 'OK') {
        expect(await codeOf(operation.run(editor, target))).toBe('OK')
        target = await prepare()
      }
      expect(await codeOf(operation.run(admin, target))).toBe('OK')
    })
  }

  it("a disabled user's session yields no user at all", async () => {
    const editor = await makeUser('editor')
    const headers = await signedInHeaders(editor)
    expect(await getUserFromHeaders(headers)).toMatchObject({ id: editor.id })
    await db().user.update({ where: { id: editor.id }, data: { disabledAt: new Date() } })
    expect(await getUserFromHeaders(headers)).toBeNull()
  })
})

describe('authorisation of the workspace queries (they show drafts: never to anonymous visitors)', () => {
  it('practices: anonymous → UNAUTHENTICATED; editor and admin → allowed', async () => {
    const [admin, editor] = await Promise.all([makeUser('admin'), makeUser('editor')])
    const { id } = await makePractice(admin)
    const queries = [
      (user: CurrentUser | null) => findWorkspacePractices(user, parseWorkspacePracticeParams({})),
      (user: CurrentUser | null) => getPracticeForEditing(user, id),
      (user: CurrentUser | null) => findPracticeRevisions(user, id),
      (user: CurrentUser | null) => findEditorOptions(user, 'es'),
    ]
    for (const query of queries) {
      expect(await codeOf(query(null))).toBe('UNAUTHENTICATED')
      expect(await codeOf(query(editor))).toBe('OK')
      expect(await codeOf(query(admin))).toBe('OK')
    }
  })

  it('follow-up: anonymous → UNAUTHENTICATED, editor → FORBIDDEN, admin → allowed', async () => {
    const [admin, editor] = await Promise.all([makeUser('admin'), makeUser('editor')])
    expect(await codeOf(findFollowUpItems(null, 'es'))).toBe('UNAUTHENTICATED')
    expect(await codeOf(findFollowUpItems(editor, 'es'))).toBe('FORBIDDEN')
    const items = await findFollowUpItems(admin, 'es')
    expect(items.recommendations.length).toBeGreaterThan(0)
    expect(items.ideas.length).toBeGreaterThan(0)
  })

  it('an admin’s follow-up change is saved and audited', async () => {
    const admin = await makeUser('admin')
    const id = await followUpTarget()
    await updateFollowUp({
      user: admin,
      ip: '198.51.100.7',
      input: FollowUpInputSchema.parse({
        target: 'recommendation',
        id: String(id),
        status: 'DONE',
        noteEs: 'Hecho',
        noteEn: 'Done',
        checkedAt: '2026-02-01',
      }),
    })
    const row = await db().recommendation.findUniqueOrThrow({
      where: { id },
      select: { key: true, followUpStatus: true, followUpNoteEn: true, followUpCheckedAt: true },
    })
    expect(row).toMatchObject({
      followUpStatus: 'DONE',
      followUpNoteEn: 'Done',
      followUpCheckedAt: new Date('2026-02-01T00:00:00.000Z'),
    })
    const audit = await db().auditLog.findFirst({
      where: { action: 'follow-up.update', targetId: row.key, actorId: admin.id },
      orderBy: { id: 'desc' },
      select: { after: true, ip: true },
    })
    expect(audit).toMatchObject({ ip: '198.51.100.7', after: { followUpStatus: 'DONE', followUpNoteEn: 'Done' } })
    expect(
      FollowUpInputSchema.safeParse({ target: 'recommendation', id: '1', status: 'DONE', checkedAt: '2999-01-01' })
        .success,
    ).toBe(false)
  })
})

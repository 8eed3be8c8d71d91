// Exact invalidation at the source: every write path that changes what the public sees announces it
// (NOTIFY on the cache channel, delivered when its transaction commits), with the right tags, and
// writes the public does not see announce nothing. Every instance's listener (lib/cache/fan-out.ts)
// acts on these announcements; tests/integration/cache-instances.test.ts checks that part end to end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CACHE_CHANNEL, CACHE_TAGS, parseInvalidation, type CacheTag } from '@/lib/cache/tags'
import { loadContent } from '@/lib/content/load'
import { seedDatabase } from '@/lib/content/seed'
import { db, listenToChannel } from '@/lib/db'
import { updateFollowUp } from '@/lib/follow-up/mutations'
import { FollowUpInputSchema } from '@/lib/follow-up/schemas'
import { importPractices } from '@/lib/import/mutations'
import { getPracticeRow } from '@/lib/open-data/queries'
import { EXPORT_COLUMNS, exportRowToCsvCells, toExportRow } from '@/lib/open-data/serializers'
import { toCsv } from '@/lib/open-data/csv'
import {
  archivePractice,
  deletePractice,
  publishPractice,
  restoreDeletedPractice,
  returnToDraft,
  updatePractice,
} from '@/lib/practices/mutations'
import { makeUser } from './auth-helpers'
import { makePractice, removeCreatedPractices } from './editing-fixtures'

let received: CacheTag[][] = []
let stopListening: () => Promise<void> = async () => {}

beforeAll(async () => {
  stopListening = await listenToChannel(
    CACHE_CHANNEL,
    (payload) => {
      const message = parseInvalidation(payload)
      if (message) received.push(message.tags)
    },
    () => {},
  )
})

afterAll(async () => {
  await stopListening()
  await removeCreatedPractices()
})

/** The announcements made while `write` ran (notifications arrive asynchronously: wait a little). */
async function announcedBy(write: () => Promise<unknown>): Promise<CacheTag[][]> {
  await new Promise((resolve) => setTimeout(resolve, 300)) // earlier writes' notifications
  received = []
  await write()
  await new Promise((resolve) => setTimeout(resolve, 300))
  return received
}

const PRACTICES = [[CACHE_TAGS.practices]]

describe('cache invalidation: practices', () => {
  it('publishing, editing while published, publishing the edit, archiving, deleting and restoring', async () => {
    const admin = await makeUser('admin')
    // A draft is not public: making it announces nothing.
    let practice = await makePractice(admin, 'DRAFT')
    expect(await announcedBy(async () => {})).toEqual([])
    let version = practice.version

    expect(
      await announcedBy(async () => ({ version } = await publishPractice({ user: admin, id: practice.id, version }))),
    ).toEqual(PRACTICES)
    // An edit of a published practice waits as a pending draft: the public page does not change yet.
    const edit = { ...practice.input, titleEs: `${practice.input.titleEs} (corregido)` }
    expect(
      await announcedBy(
        async () => ({ version } = await updatePractice({ user: admin, id: practice.id, version, input: edit })),
      ),
    ).toEqual([])
    expect(
      await announcedBy(async () => ({ version } = await publishPractice({ user: admin, id: practice.id, version }))),
    ).toEqual(PRACTICES)
    expect(
      await announcedBy(async () => ({ version } = await archivePractice({ user: admin, id: practice.id, version }))),
    ).toEqual(PRACTICES)
    // Archived → draft: invisible before and after.
    expect(
      await announcedBy(async () => ({ version } = await returnToDraft({ user: admin, id: practice.id, version }))),
    ).toEqual([])

    practice = await makePractice(admin, 'PUBLISHED')
    version = practice.version
    expect(
      await announcedBy(async () => ({ version } = await deletePractice({ user: admin, id: practice.id, version }))),
    ).toEqual(PRACTICES)
    expect(
      await announcedBy(
        async () => ({ version } = await restoreDeletedPractice({ user: admin, id: practice.id, version })),
      ),
    ).toEqual(PRACTICES)
  })

  it('a refused write (a stale version) announces nothing', async () => {
    const admin = await makeUser('admin')
    const practice = await makePractice(admin, 'PUBLISHED')
    const announced = await announcedBy(() =>
      archivePractice({ user: admin, id: practice.id, version: practice.version - 1 }).catch(() => null),
    )
    expect(announced).toEqual([])
  })

  it('an applied import announces the practices; a dry run does not', async () => {
    const admin = await makeUser('admin')
    const practice = await makePractice(admin, 'PUBLISHED')
    const row = await getPracticeRow(practice.slug)
    if (!row) throw new Error('the practice is not public')
    const content = toCsv(EXPORT_COLUMNS, [
      exportRowToCsvCells({ ...toExportRow('es', row, 'http://localhost:3000'), summaryEs: 'Resumen importado.' }),
    ])
    let hash = ''
    expect(
      await announcedBy(async () => {
        const plan = await importPractices({ user: admin, content, format: 'csv' })
        if (!plan.ok) throw new Error(plan.fileError)
        hash = plan.hash
      }),
    ).toEqual([])
    expect(
      await announcedBy(() =>
        importPractices({ user: admin, content, format: 'csv', apply: true, expectedHash: hash }),
      ),
    ).toEqual(PRACTICES)
  })
})

describe('cache invalidation: follow-up and seed', () => {
  it('a follow-up change announces the follow-up; saving the same values again does not', async () => {
    const admin = await makeUser('admin')
    const target = await db().recommendation.findFirstOrThrow({
      orderBy: { id: 'desc' },
      select: { id: true, followUpStatus: true, followUpNoteEs: true, followUpNoteEn: true, followUpCheckedAt: true },
    })
    const input = FollowUpInputSchema.parse({
      target: 'recommendation',
      id: String(target.id),
      status: 'IN_PROGRESS',
      noteEs: 'En curso (prueba de caché)',
      noteEn: '',
      checkedAt: '2026-01-15',
    })
    try {
      expect(await announcedBy(() => updateFollowUp({ user: admin, input }))).toEqual([[CACHE_TAGS.followUp]])
      expect(await announcedBy(() => updateFollowUp({ user: admin, input }))).toEqual([])
    } finally {
      await db().recommendation.update({
        where: { id: target.id },
        data: {
          followUpStatus: target.followUpStatus,
          followUpNoteEs: target.followUpNoteEs,
          followUpNoteEn: target.followUpNoteEn,
          followUpCheckedAt: target.followUpCheckedAt,
        },
      })
    }
  })

  it('a seed that changes something announces everything; a seed that changes nothing announces nothing', async () => {
    const content = loadContent()
    const objective = await db().objective.findFirstOrThrow({
      orderBy: { number: 'asc' },
      select: { number: true, titleEs: true },
    })
    await db().objective.update({
      where: { number: objective.number },
      data: { titleEs: `${objective.titleEs} (alterado)` },
    })
    expect(await announcedBy(() => seedDatabase(db(), content))).toEqual([
      [CACHE_TAGS.practices, CACHE_TAGS.forum, CACHE_TAGS.followUp],
    ])
    expect(
      await db().objective.findUniqueOrThrow({ where: { number: objective.number }, select: { titleEs: true } }),
    ).toEqual({
      titleEs: objective.titleEs,
    })
    expect(await announcedBy(() => seedDatabase(db(), content))).toEqual([])
  })
})

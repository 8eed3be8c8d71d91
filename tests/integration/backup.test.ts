// npm run db:backup / db:restore on both engines (finding 11): back up, change data, restore, and
// compare every table, row by row; a non-empty database is refused unless forced; sessions end.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { recordAudit } from '@/lib/audit/record'
import { BackupError, backupDatabase, restoreDatabase, type BackupTarget } from '@/lib/backup/backup'
import { createPrismaClient, openConnection } from '@/lib/db'
import { prepareDatabase } from '@/lib/migrations/prepare'
import { createUserWithPassword } from '@/lib/users/cli'
import { startThrowawayCluster, type ThrowawayDatabase } from '../setup/throwaway-database'

const folders: string[] = []
const clusters: ThrowawayDatabase[] = []
afterAll(async () => {
  for (const cluster of clusters) await cluster.stop()
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

function tempFolder(prefix: string): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), prefix))
  folders.push(folder)
  return folder
}

/** Opens the target, runs `work` with a Prisma client, closes it again (PGlite allows one opener). */
async function withDatabase<T>(
  target: BackupTarget,
  work: (prisma: ReturnType<typeof createPrismaClient>) => Promise<T>,
): Promise<T> {
  const connection = openConnection({ databaseUrl: target.databaseUrl ?? '', pgliteDataDir: target.pgliteDataDir })
  const prisma = createPrismaClient(connection)
  try {
    return await work(prisma)
  } finally {
    await prisma.$disconnect()
    await connection.close()
  }
}

/** Every row of every table, as JSON, in a stable order. */
async function everything(target: BackupTarget): Promise<Record<string, unknown>> {
  return withDatabase(target, async (prisma) => {
    const tables = await prisma.$queryRawUnsafe<{ name: string }[]>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    )
    const result: Record<string, unknown> = {}
    for (const { name } of tables) {
      const rows = await prisma.$queryRawUnsafe<{ rows: unknown }[]>(
        `SELECT coalesce(json_agg(t ORDER BY t::text), '[]'::json)::text AS rows FROM "${name}" t`,
      )
      result[name] = JSON.parse(String(rows[0]?.rows))
    }
    return result
  })
}

async function fillWithData(target: BackupTarget): Promise<string> {
  return withDatabase(target, async (prisma) => {
    const user = await createUserWithPassword(prisma, {
      input: { email: 'backup-admin@example.org', name: 'Backup admin', role: 'admin' },
      password: 'a long enough password',
    })
    await prisma.authSession.create({
      data: {
        id: 'session-1',
        token: 'token-1',
        userId: user.id,
        expiresAt: new Date(Date.now() + 86_400_000),
        createdAt: new Date(),
        updatedAt: new Date(),
      },
    })
    const practice = await prisma.practice.create({
      data: {
        slug: 'copia-de-seguridad',
        kind: 'GOOD_PRACTICE',
        titleEs: 'Práctica con acentos «ñ» 🌎',
        summaryEs: 'Resumen',
        status: 'PUBLISHED',
        publishedAt: new Date(),
      },
    })
    await prisma.practiceRevision.create({
      data: {
        practiceId: practice.id,
        version: 1,
        snapshot: { titleEs: practice.titleEs },
        status: 'PUBLISHED',
        authorId: user.id,
      },
    })
    await recordAudit(prisma, {
      actor: user,
      action: 'practice.publish',
      targetType: 'practice',
      targetId: practice.id,
      after: { slug: practice.slug },
      ip: '192.0.2.1',
    })
    return user.id
  })
}

async function changeData(target: BackupTarget, userId: string): Promise<void> {
  await withDatabase(target, async (prisma) => {
    await prisma.practice.update({
      where: { slug: 'copia-de-seguridad' },
      data: { titleEs: 'Cambiado después de la copia', version: 2 },
    })
    await prisma.practice.create({
      data: { slug: 'creada-despues', kind: 'TOOL', titleEs: 'Nueva', summaryEs: 'Nueva' },
    })
    await prisma.user.update({ where: { id: userId }, data: { name: 'Renamed' } })
    await recordAudit(prisma, { actor: null, action: 'after.backup', targetType: 'practice' })
  })
}

type Engine = { name: string; fresh: () => Promise<BackupTarget> }

async function freshPostgres(): Promise<BackupTarget> {
  let cluster = clusters[0]
  if (!cluster) {
    cluster = await startThrowawayCluster()
    if (!cluster) throw new Error('needs the PostgreSQL server binaries')
    clusters.push(cluster)
  }
  const url = new URL(cluster.env.DATABASE_URL)
  const name = `backup_${Math.random().toString(36).slice(2, 10)}`
  const admin = new pg.Client({ connectionString: url.toString() })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  url.pathname = `/${name}`
  return { databaseUrl: url.toString(), pgliteDataDir: '' }
}

const hasPostgres = (() => {
  try {
    execFileSync('sh', ['-c', 'ls /usr/lib/postgresql/*/bin/initdb'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

const engines: Engine[] = [
  {
    name: 'PGlite (data directory archive)',
    fresh: async () => ({ pgliteDataDir: path.join(tempFolder('crm-backup-pglite-'), 'db') }),
  },
  // Without the server binaries the throwaway databases are PGlite, and so is this test.
  ...(hasPostgres ? [{ name: 'PostgreSQL (pg_dump)', fresh: freshPostgres }] : []),
]

describe.each(engines)('backup and restore: $name', ({ fresh }) => {
  it('restores every table exactly, refuses a non-empty database unless forced, and ends every session', async () => {
    const source = await fresh()
    await prepareDatabase({ databaseUrl: source.databaseUrl ?? '', pgliteDataDir: source.pgliteDataDir, seed: 'never' })
    const userId = await fillWithData(source)
    const before = await everything(source)
    expect(before.AuthSession).toHaveLength(1)

    const file = await backupDatabase(source, { outDir: tempFolder('crm-backups-') })
    expect(path.basename(file)).toMatch(/^crm-\d{8}T\d{6}Z\.(pgdump|pglite\.tar\.gz)$/)

    await changeData(source, userId)
    expect(await everything(source)).not.toEqual(before)

    // Not into a database with data in it...
    await expect(restoreDatabase(source, file)).rejects.toThrow(BackupError)
    await expect(restoreDatabase(source, file)).rejects.toThrow(/not empty.*--force/)
    // ...unless forced: then it is exactly as backed up, without its sessions.
    await restoreDatabase(source, file, { force: true })
    const expected = { ...before, AuthSession: [] }
    expect(await everything(source)).toEqual(expected)

    // And into an empty database.
    const empty = await fresh()
    await restoreDatabase(empty, file)
    expect(await everything(empty)).toEqual(expected)
  })
})

// The migration runner: the repository's schema and migrations agree, a model changed without a
// migration is caught (by the library and by `npm run db:check`), and the database is fully migrated.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { openConnection } from '@/lib/db'
import { diffSchemaAgainstMigrations, readSchema, startSchemaEngine } from '@/lib/migrations/schema-engine'
import { migrationNamesOnDisk, pendingMigrationNames } from '@/lib/migrations/status'

const repo = process.cwd()
const tsx = path.join(repo, 'node_modules', 'tsx', 'dist', 'cli.mjs')
const temporary: string[] = []
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

function runCheck(cwd: string) {
  return spawnSync(process.execPath, [tsx, path.join(repo, 'scripts', 'db.ts'), 'check'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '' },
    timeout: 120_000,
  })
}

/** A copy of prisma/ in a scratch folder, so the check can run against an edited schema. */
function scratchProject(editSchema: (schema: string) => string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crm-dbcheck-'))
  temporary.push(dir)
  cpSync(path.join(repo, 'prisma'), path.join(dir, 'prisma'), { recursive: true })
  symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'))
  const schemaPath = path.join(dir, 'prisma', 'schema.prisma')
  writeFileSync(schemaPath, editSchema(readFileSync(schemaPath, 'utf8')))
  return dir
}

const withExtraField = (schema: string) =>
  schema.replace(/model Abbreviation \{\n/, 'model Abbreviation {\n  note String?\n')

describe('migrations', () => {
  it('the test database has applied every migration on disk', async () => {
    expect(migrationNamesOnDisk().length).toBeGreaterThanOrEqual(2)
    expect(await pendingMigrationNames(db())).toEqual([])
  })

  it('creates the search extensions on this engine', async () => {
    const rows = await db().$queryRaw<{ extname: string }[]>`SELECT extname FROM pg_extension ORDER BY extname`
    expect(rows.map((r) => r.extname)).toEqual(expect.arrayContaining(['pg_trgm', 'unaccent']))
    const [row] = await db().$queryRaw<{ plain: string; similar: number }[]>`
      SELECT unaccent('regularización') AS plain, similarity('grupo beta', 'grupo veta')::float8 AS similar`
    expect(row?.plain).toBe('regularizacion')
    expect(row?.similar).toBeGreaterThan(0.3)
  })

  it('finds no difference between schema.prisma and the migrations, and finds a changed model', async () => {
    const connection = openConnection({ databaseUrl: '', pgliteDataDir: 'memory://' })
    const engine = await startSchemaEngine(connection.adapter)
    try {
      expect(await diffSchemaAgainstMigrations(engine, readSchema())).toBe('')
      const missing = await diffSchemaAgainstMigrations(engine, withExtraField(readSchema()))
      expect(missing).toMatch(/ALTER TABLE "Abbreviation" ADD COLUMN\s+"note" TEXT/)
    } finally {
      engine.free()
      await connection.close()
    }
  })

  it('`npm run db:check` passes on the repository and fails when a model changes without a migration', () => {
    const clean = runCheck(scratchProject((schema) => schema))
    expect(clean.status, clean.stderr).toBe(0)
    expect(clean.stdout).toMatch(/matches the \d+ migration/)

    const drifted = runCheck(scratchProject(withExtraField))
    expect(drifted.status).toBe(1)
    expect(drifted.stderr).toMatch(/disagree/)
    expect(drifted.stderr).toContain('"note"')
    // Two `npm run db:check` processes, each replaying every migration on a fresh PGlite: about 20 s
    // alone, over a minute on a loaded machine.
  }, 240_000)
})

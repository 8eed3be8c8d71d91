// prisma/sql/catalogue-search.sql is a readable copy of the catalogue search's SQL functions, which the
// migrations wrote over several files. It must match the migrated database: the same functions (none
// missing, none extra) with the same arguments and the same bodies (white space aside).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'

type Definition = { name: string; args: string; body: string }

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()

function definitionsInFile(): Definition[] {
  const sql = readFileSync(path.join(process.cwd(), 'prisma/sql/catalogue-search.sql'), 'utf8')
  const statement =
    /CREATE OR REPLACE FUNCTION (\w+)\(([\s\S]*?)\)\s*(?:RETURNS|LANGUAGE)[\s\S]*?\$(\w*)\$([\s\S]*?)\$\3\$/g
  return [...sql.matchAll(statement)].map((match) => ({
    name: match[1] ?? '',
    args: normalise(match[2] ?? ''),
    body: normalise(match[4] ?? ''),
  }))
}

describe('prisma/sql/catalogue-search.sql', () => {
  it('holds every crm_ function of the migrated database, each as the database defines it', async () => {
    const inFile = definitionsInFile()
    expect(inFile.length).toBeGreaterThan(10)
    const rows = await db().$queryRaw<{ name: string; args: string; body: string }[]>`
      SELECT p.proname AS name, pg_get_function_arguments(p.oid) AS args, p.prosrc AS body
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE p.proname LIKE 'crm\\_%' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
       ORDER BY p.proname`
    expect(inFile.map((definition) => definition.name).sort()).toEqual(rows.map((row) => row.name).sort())
    for (const row of rows) {
      const copy = inFile.find((definition) => definition.name === row.name)
      expect(copy?.body, row.name).toBe(normalise(row.body))
      // The database prints arguments its own way (e.g. "OUT x integer[]"): compare names and types loosely.
      expect(
        normalise(copy?.args ?? '')
          .toLowerCase()
          .replace(/[\s,]/g, ''),
        row.name,
      ).toBe(normalise(row.args).toLowerCase().replace(/[\s,]/g, ''))
    }
  })
})

// The coverage matrix and the comparison, checked against counts computed directly in SQL.
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { getComparison, getCoverageMatrix } from '@/lib/insight/queries'

type Row = { objective: number; actor: string; n: number }

async function sqlCells(where = ''): Promise<Map<string, number>> {
  const rows = await db().$queryRawUnsafe<Row[]>(`
    SELECT po."objectiveNumber" AS objective, a.slug AS actor, count(*)::int AS n
      FROM "Practice" p
      JOIN "PracticeObjective" po ON po."practiceId" = p.id
      JOIN "PracticeActor" pa ON pa."practiceId" = p.id
      JOIN "Actor" a ON a.id = pa."actorId"
     WHERE p.status = 'PUBLISHED' AND p."deletedAt" IS NULL ${where}
     GROUP BY 1, 2`)
  return new Map(rows.map((r) => [`${r.objective}/${r.actor}`, Number(r.n)]))
}

function matrixCells(matrix: Awaited<ReturnType<typeof getCoverageMatrix>>): Map<string, number> {
  const cells = new Map<string, number>()
  for (const [objective, row] of Object.entries(matrix.counts))
    for (const [actor, n] of Object.entries(row)) cells.set(`${objective}/${actor}`, n)
  return cells
}

describe('coverage matrix', () => {
  it('every cell equals the SQL count, and every actor with practices is a column', async () => {
    const matrix = await getCoverageMatrix('es', { kind: [], session: [] })
    const expected = await sqlCells()
    expect(matrixCells(matrix)).toEqual(expected)
    const columns = new Set(matrix.actors.map((a) => a.slug))
    for (const key of expected.keys()) expect(columns.has(key.split('/')[1]!)).toBe(true)
    expect(matrix.objectives).toHaveLength(23)
  })

  it('totals count distinct practices; gaps are the objectives without any', async () => {
    const matrix = await getCoverageMatrix('en', { kind: [], session: [] })
    const [{ n: total }] = (await db().$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "Practice" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL`,
    )) as [{ n: number }]
    expect(matrix.total).toBe(Number(total))
    const rows = await db().$queryRawUnsafe<{ objective: number; n: number }[]>(`
      SELECT o.number AS objective, count(p.id)::int AS n FROM "Objective" o
        LEFT JOIN "PracticeObjective" po ON po."objectiveNumber" = o.number
        LEFT JOIN "Practice" p ON p.id = po."practiceId" AND p.status = 'PUBLISHED' AND p."deletedAt" IS NULL
       GROUP BY o.number`)
    for (const row of rows)
      expect(matrix.rowTotals[row.objective] ?? 0, `objective ${row.objective}`).toBe(Number(row.n))
    expect(matrix.gaps).toEqual(
      rows
        .filter((r) => Number(r.n) === 0)
        .map((r) => r.objective)
        .sort((a, b) => a - b),
    )
    expect(matrix.gaps.length).toBeGreaterThan(0)
    const columns = await db().$queryRawUnsafe<{ actor: string; n: number }[]>(`
      SELECT a.slug AS actor, count(*)::int AS n FROM "PracticeActor" pa JOIN "Actor" a ON a.id = pa."actorId"
        JOIN "Practice" p ON p.id = pa."practiceId" WHERE p.status = 'PUBLISHED' AND p."deletedAt" IS NULL GROUP BY 1`)
    for (const column of columns) expect(matrix.columnTotals[column.actor], column.actor).toBe(Number(column.n))
  })

  it('kind and session filters narrow the counts exactly like SQL', async () => {
    const matrix = await getCoverageMatrix('es', { kind: ['tool'], session: ['sesion-1'] })
    const expected =
      await sqlCells(`AND p.kind = 'TOOL' AND EXISTS (SELECT 1 FROM "PracticeSession" ps JOIN "Session" s ON s.id = ps."sessionId"
      WHERE ps."practiceId" = p.id AND s.slug = 'sesion-1')`)
    expect(matrixCells(matrix)).toEqual(expected)
    expect(matrix.total).toBeGreaterThan(0)
  })

  it('leaves out drafts and deleted practices', async () => {
    const before = await getCoverageMatrix('es', { kind: [], session: [] })
    const practice = await db().practice.findFirst({
      where: { status: 'PUBLISHED', deletedAt: null, objectives: { some: {} } },
      select: { id: true },
    })
    await db().practice.update({ where: { id: practice!.id }, data: { deletedAt: new Date() } })
    try {
      const after = await getCoverageMatrix('es', { kind: [], session: [] })
      expect(after.total).toBe(before.total - 1)
      expect(matrixCells(after)).toEqual(await sqlCells())
    } finally {
      await db().practice.update({ where: { id: practice!.id }, data: { deletedAt: null } })
    }
  })
})

describe('comparison', () => {
  it("lists each actor's published practices by objective", async () => {
    const comparison = await getComparison('es', ['mx', 'cr', 'no-such-actor'])
    expect(comparison.actors.map((a) => a.slug)).toEqual(['mx', 'cr'])
    const expected = await sqlCells(`AND a.slug IN ('mx', 'cr')`)
    for (const [key, n] of expected) {
      const [objective, actor] = key.split('/')
      expect(comparison.practices[Number(objective)]?.[actor!]?.length, key).toBe(n)
    }
    const [{ n }] = (await db().$queryRawUnsafe<{ n: number }[]>(`
      SELECT count(*)::int AS n FROM "PracticeActor" pa JOIN "Actor" a ON a.id = pa."actorId"
        JOIN "Practice" p ON p.id = pa."practiceId" WHERE a.slug = 'mx' AND p.status = 'PUBLISHED' AND p."deletedAt" IS NULL`)) as [
      { n: number },
    ]
    expect(comparison.totals.mx).toBe(Number(n))
  })
})

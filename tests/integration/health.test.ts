// /api/health's logic: 200-worthy when the database answers, 503-worthy while it is down, and
// healthy again once it is back, with the same client (no restart).
import { afterAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import * as healthRoute from '@/app/api/health/route'
import * as liveRoute from '@/app/api/health/live/route'
import * as readyRoute from '@/app/api/health/ready/route'
import { createPrismaClient, databaseEngine, openConnection } from '@/lib/db'
import { checkHealth, getHealth } from '@/lib/health/queries'
import { prepareDatabase } from '@/lib/migrations/prepare'
import { startThrowawayCluster, type ThrowawayDatabase } from '../setup/throwaway-database'

let cluster: ThrowawayDatabase | undefined
afterAll(async () => {
  await cluster?.stop()
})

describe('health endpoints', () => {
  it('liveness answers without the database; readiness and /api/health answer 200 when migrated', async () => {
    const live = await liveRoute.GET()
    expect(live.status).toBe(200)
    expect(await live.json()).toMatchObject({ status: 'alive' })
    for (const route of [readyRoute, healthRoute]) {
      const response = await route.GET()
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toBe('no-store')
      expect(await response.json()).toMatchObject({ status: 'ok', migrations: { upToDate: true } })
    }
  })
})

describe('health', () => {
  it('reports the engine and up-to-date migrations for the app database', async () => {
    const health = await getHealth()
    expect(health.status).toBe('ok')
    expect(health.database.engine).toBe(inject('testDatabaseEngine'))
    expect(databaseEngine().kind).toBe(inject('testDatabaseEngine'))
    expect(health.migrations).toMatchObject({ upToDate: true, pending: [] })
  })

  it('reports pending migrations, goes unavailable while PostgreSQL is down and recovers without a restart', async (context) => {
    cluster = await startThrowawayCluster()
    if (!cluster?.pauseServer || !cluster.resumeServer) {
      context.skip('needs the PostgreSQL server binaries to stop and restart a server')
      return
    }
    const connection = openConnection({ databaseUrl: cluster.env.DATABASE_URL })
    const prisma = createPrismaClient(connection)
    try {
      // A database that has not been migrated: reachable, but not up to date.
      const fresh = await checkHealth(prisma, connection.engine)
      expect(fresh.status).toBe('migrations-pending')
      expect(fresh.migrations.upToDate).toBe(false)
      expect(fresh.migrations.pending.length).toBe(fresh.migrations.total)
      await prepareDatabase({ databaseUrl: cluster.env.DATABASE_URL, seed: 'never' })
      expect(await checkHealth(prisma, connection.engine)).toMatchObject({
        status: 'ok',
        migrations: { upToDate: true },
      })
      cluster.pauseServer()
      const down = await checkHealth(prisma, connection.engine)
      expect(down.status).toBe('unavailable')
      expect(down.database.reachable).toBe(false)
      expect(down.database.error).not.toMatch(/\n/)
      cluster.resumeServer()
      const up = await checkHealth(prisma, connection.engine)
      expect(up.status).toBe('ok')
      expect(up.migrations.upToDate).toBe(true)
    } finally {
      await prisma.$disconnect()
    }
  })
})

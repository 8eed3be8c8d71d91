// Readiness: 200 when the database answers and is migrated, 503 otherwise (with the reason). For a
// load balancer or an orchestrator's readiness probe: take the instance out of rotation, don't kill it.
import { getHealth } from '@/lib/health/queries'

export const dynamic = 'force-dynamic'

export async function GET() {
  const health = await getHealth()
  return Response.json(health, {
    status: health.status === 'ok' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  })
}

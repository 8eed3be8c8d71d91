// Liveness: 200 while the process serves requests at all, without touching the database (a database
// outage must not make a process manager restart a healthy process). For a liveness probe or a
// process manager's watchdog.
export const dynamic = 'force-dynamic'

export function GET() {
  return Response.json(
    { status: 'alive', uptimeSeconds: Math.round(process.uptime()) },
    { headers: { 'Cache-Control': 'no-store' } },
  )
}

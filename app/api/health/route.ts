// The readiness check under its historical name (scripts and monitors already poll it). Same answer
// as /api/health/ready.
export const dynamic = 'force-dynamic'

export { GET } from './ready/route'

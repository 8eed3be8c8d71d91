// better-auth's HTTP handler, limited to what a browser may call directly: reading the current
// session. Signing in and out, and password resets, go through the server actions in lib/auth/actions.ts
// (the per-account and per-IP limiter and the audit log run there); every other endpoint answers 404.
import { toNextJsHandler } from 'better-auth/next-js'
import { auth } from '@/lib/auth/auth'

const BASE_PATH = '/api/auth'
const ALLOWED: Record<string, readonly string[]> = {
  '/get-session': ['GET'],
  '/ok': ['GET'],
}

function handle(request: Request): Promise<Response> | Response {
  const path = new URL(request.url).pathname.slice(BASE_PATH.length).replace(/\/+$/, '')
  if (!ALLOWED[path]?.includes(request.method)) {
    return Response.json({ message: 'Not found' }, { status: 404 })
  }
  return toNextJsHandler(auth()).GET(request)
}

export const GET = handle
export const POST = handle
export const PATCH = handle
export const PUT = handle
export const DELETE = handle

// The secrets of the proposal flow: the status link's token (only its hash is stored, like password-reset
// tokens), the reference a proposer quotes, and the signed time at which the form was shown (the minimum
// fill time is measured by the server's clock, never the browser's).
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export function newStatusToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashStatusToken(token) }
}

export function hashStatusToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** "P-2026-000042": the year of receipt and the row's id. */
export function proposalReference(id: number, createdAt: Date): string {
  return `P-${createdAt.getUTCFullYear()}-${String(id).padStart(6, '0')}`
}

function signature(secret: string, issuedAt: number): string {
  return createHmac('sha256', secret).update(`proposal-form:${issuedAt}`).digest('base64url')
}

/** The hidden field the form carries: when it was rendered, signed so a bot cannot backdate it. */
export function signFormIssuedAt(secret: string, now = Date.now()): string {
  return `${now}.${signature(secret, now)}`
}

/** When a signed form token was issued, or null when it is malformed or not ours. */
export function verifyFormIssuedAt(secret: string, token: string | null | undefined): number | null {
  const match = /^(\d{13})\.([A-Za-z0-9_-]{43})$/.exec(token ?? '')
  if (!match) return null
  const issuedAt = Number(match[1])
  const expected = Buffer.from(signature(secret, issuedAt))
  const given = Buffer.from(match[2] ?? '')
  return expected.length === given.length && timingSafeEqual(expected, given) ? issuedAt : null
}

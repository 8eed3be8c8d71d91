import { describe, expect, it } from 'vitest'
import { StatusTokenSchema } from './schemas'
import { hashStatusToken, newStatusToken, proposalReference, signFormIssuedAt, verifyFormIssuedAt } from './tokens'

describe('proposal tokens', () => {
  it('issues unguessable status tokens and stores only their hash', () => {
    const a = newStatusToken()
    const b = newStatusToken()
    expect(a.token).not.toBe(b.token)
    expect(StatusTokenSchema.safeParse(a.token).success).toBe(true)
    expect(a.hash).toBe(hashStatusToken(a.token))
    expect(a.hash).not.toContain(a.token)
  })

  it('formats references by year and id', () => {
    expect(proposalReference(42, new Date('2026-11-30T10:00:00Z'))).toBe('P-2026-000042')
  })

  it('accepts only form timestamps signed with the secret, unchanged', () => {
    const secret = 'x'.repeat(32)
    const signed = signFormIssuedAt(secret, 1_700_000_000_000)
    expect(verifyFormIssuedAt(secret, signed)).toBe(1_700_000_000_000)
    expect(verifyFormIssuedAt('y'.repeat(32), signed)).toBeNull()
    const backdated = signed.replace('1700000000000', '1600000000000')
    expect(verifyFormIssuedAt(secret, backdated)).toBeNull()
    expect(verifyFormIssuedAt(secret, '')).toBeNull()
    expect(verifyFormIssuedAt(secret, null)).toBeNull()
  })
})

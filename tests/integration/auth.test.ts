// Sign-in, the per-account and per-IP limiter, sessions, sign-out, and the HTTP handler's allow-list.
import { describe, expect, it } from 'vitest'
import { DELETE, GET, POST } from '@/app/api/auth/[...all]/route'
import { SIGN_IN_MAX_FAILURES, signInWithPassword, signOut, signOutEverywhere } from '@/lib/auth/mutations'
import { clientIp, getUserFromHeaders } from '@/lib/auth/session'
import { db } from '@/lib/db'
import { makeUser, requestHeaders, signedInHeaders, signIn, unique, uniqueIp } from './auth-helpers'

const auditCount = (action: string, where: { targetId?: string; actorId?: string } = {}) =>
  db().auditLog.count({ where: { action, ...where } })

describe('sign-in', () => {
  it('signs in with the right password, creates a database session and audits it', async () => {
    const user = await makeUser('editor')
    const ip = uniqueIp()
    const result = await signIn(user.email, user.password, ip)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.user).toEqual({ id: user.id, email: user.email, name: user.name, role: 'editor' })
    const cookie = result.setCookie.join('\n')
    expect(cookie).toMatch(/session_token=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    expect(await db().authSession.count({ where: { userId: user.id } })).toBe(1)
    expect(await getUserFromHeaders(requestHeaders(ip, result.setCookie))).toEqual(result.user)
    const entry = await db().auditLog.findFirst({ where: { action: 'auth.sign-in', targetId: user.id }, select: { actorEmail: true, ip: true } })
    expect(entry).toEqual({ actorEmail: user.email, ip })
  })

  it('refuses a wrong password and an unknown email alike, and audits both', async () => {
    const user = await makeUser('editor')
    expect(await signIn(user.email, 'not-the-password-at-all')).toEqual({ ok: false, reason: 'INVALID_CREDENTIALS' })
    expect(await signIn(`nobody-${unique()}@example.org`, 'whatever-password')).toEqual({ ok: false, reason: 'INVALID_CREDENTIALS' })
    expect(await auditCount('auth.sign-in.failed', { targetId: user.id })).toBe(1)
    expect(await db().authSession.count({ where: { userId: user.id } })).toBe(0)
  })

  it('refuses a disabled user even with the right password', async () => {
    const user = await makeUser('editor')
    await db().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } })
    expect(await signIn(user.email, user.password)).toEqual({ ok: false, reason: 'INVALID_CREDENTIALS' })
    expect(await db().authSession.count({ where: { userId: user.id } })).toBe(0)
  })
})

describe('sign-in rate limit', () => {
  it('refuses the 6th attempt on an account within a minute without checking the password', async () => {
    const user = await makeUser('editor')
    for (let attempt = 0; attempt < SIGN_IN_MAX_FAILURES; attempt += 1) {
      // Each from a different IP: only the per-account limit applies.
      expect(await signIn(user.email, `wrong-password-${attempt}`)).toEqual({ ok: false, reason: 'INVALID_CREDENTIALS' })
    }
    // The right password is refused too: the limiter answered before the password was looked at.
    expect(await signIn(user.email, user.password)).toEqual({ ok: false, reason: 'RATE_LIMITED' })
    expect(await db().authSession.count({ where: { userId: user.id } })).toBe(0)
    expect(await db().auditLog.count({ where: { action: 'auth.sign-in.blocked', after: { path: ['email'], equals: user.email } } })).toBe(1)

    // Another account is not affected.
    const other = await makeUser('editor')
    expect((await signIn(other.email, other.password)).ok).toBe(true)

    // A minute later the account can sign in again.
    await db().signInAttempt.updateMany({ where: { email: user.email }, data: { createdAt: new Date(Date.now() - 61_000) } })
    expect((await signIn(user.email, user.password)).ok).toBe(true)
  })

  it('refuses the 6th attempt from an IP within a minute, whatever the account', async () => {
    const ip = uniqueIp()
    for (let attempt = 0; attempt < SIGN_IN_MAX_FAILURES; attempt += 1) {
      expect(await signIn(`nobody-${unique()}@example.org`, 'wrong-password', ip)).toEqual({ ok: false, reason: 'INVALID_CREDENTIALS' })
    }
    const user = await makeUser('admin')
    expect(await signIn(user.email, user.password, ip)).toEqual({ ok: false, reason: 'RATE_LIMITED' })
    // The same account from another IP is fine.
    expect((await signIn(user.email, user.password, uniqueIp())).ok).toBe(true)
  })

  it('counts concurrent wrong attempts against each other', async () => {
    const user = await makeUser('editor')
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, index) => signIn(user.email, `wrong-password-${index}`)),
    )
    expect(results.every((result) => !result.ok)).toBe(true)
    expect(await signIn(user.email, user.password)).toEqual({ ok: false, reason: 'RATE_LIMITED' })
  })
})

describe('sessions', () => {
  it('sign-out ends this session only and is audited', async () => {
    const user = await makeUser('editor')
    const first = await signedInHeaders(user)
    const second = await signedInHeaders(user)
    const current = await getUserFromHeaders(first)
    expect(current).not.toBeNull()
    await signOut({ user: current!, headers: first, ip: 'test' })
    expect(await getUserFromHeaders(first)).toBeNull()
    expect(await getUserFromHeaders(second)).not.toBeNull()
    expect(await auditCount('auth.sign-out', { actorId: user.id })).toBe(1)
  })

  it('sign-out everywhere ends every session of the user', async () => {
    const user = await makeUser('editor')
    const first = await signedInHeaders(user)
    const second = await signedInHeaders(user)
    const current = (await getUserFromHeaders(first))!
    expect(await signOutEverywhere({ user: current, headers: first, ip: 'test' })).toBe(2)
    expect(await getUserFromHeaders(first)).toBeNull()
    expect(await getUserFromHeaders(second)).toBeNull()
    expect(await auditCount('auth.sign-out-everywhere', { actorId: user.id })).toBe(1)
  })

  it('an expired session is no session', async () => {
    const user = await makeUser('editor')
    const headers = await signedInHeaders(user)
    await db().authSession.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } })
    expect(await getUserFromHeaders(headers)).toBeNull()
  })

  it('reads the client IP from x-forwarded-for, then x-real-ip', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '203.0.113.7, 10.0.0.1' }))).toBe('203.0.113.7')
    expect(clientIp(new Headers({ 'x-real-ip': '203.0.113.8' }))).toBe('203.0.113.8')
    expect(clientIp(new Headers())).toBe('unknown')
  })
})

describe('/api/auth/* handler', () => {
  const url = (path: string) => `http://localhost:3000/api/auth${path}`

  it('does not expose sign-in, sign-up or password endpoints: the limiter cannot be bypassed', async () => {
    const user = await makeUser('admin')
    const body = JSON.stringify({ email: user.email, password: user.password, name: 'x' })
    for (const path of ['/sign-in/email', '/sign-up/email', '/request-password-reset', '/reset-password', '/change-password', '/update-user', '/revoke-sessions', '/sign-out']) {
      const response = await POST(new Request(url(path), { method: 'POST', body, headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' } }))
      expect(response.status, path).toBe(404)
    }
    expect((await DELETE(new Request(url('/delete-user'), { method: 'DELETE' }))).status).toBe(404)
    expect(await db().authSession.count({ where: { userId: user.id } })).toBe(0)
  })

  it('answers get-session: null when anonymous, the user when signed in', async () => {
    const anonymous = await GET(new Request(url('/get-session')))
    expect(anonymous.status).toBe(200)
    expect(await anonymous.json()).toBeNull()
    const user = await makeUser('editor')
    const headers = await signedInHeaders(user)
    const signedIn = await GET(new Request(url('/get-session'), { headers }))
    expect(signedIn.status).toBe(200)
    const json = (await signedIn.json()) as { user: { email: string; role: string } }
    expect(json.user).toMatchObject({ email: user.email, role: 'editor' })
  })
})

describe('signInWithPassword input', () => {
  it('never stores the password', async () => {
    const user = await makeUser('editor')
    await signInWithPassword({ email: user.email, password: 'a-wrong-secret-value', ip: uniqueIp(), headers: new Headers() })
    const rows = await db().auditLog.findMany({ where: { after: { path: ['email'], equals: user.email } }, select: { before: true, after: true } })
    expect(JSON.stringify(rows)).not.toContain('a-wrong-secret-value')
    const account = await db().account.findFirst({ where: { userId: user.id }, select: { password: true } })
    expect(account?.password).not.toContain(user.password)
    expect(account?.password?.length).toBeGreaterThan(40)
  })
})

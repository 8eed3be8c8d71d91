// Sign-in, the per-account and per-IP limiter, sessions, sign-out, and the HTTP handler's allow-list.
import { describe, expect, it } from 'vitest'
import { DELETE, GET, POST } from '@/app/api/auth/[...all]/route'
import {
  ACCOUNT_SLOWDOWN_AFTER,
  ACCOUNT_SLOWDOWN_MAX_MS,
  LIMITER_RETENTION_MS,
  SIGN_IN_MAX_FAILURES,
  accountSlowdownMs,
  signInWithPassword,
  signOut,
  signOutEverywhere,
} from '@/lib/auth/mutations'
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
    const entry = await db().auditLog.findFirst({
      where: { action: 'auth.sign-in', targetId: user.id },
      select: { actorEmail: true, ip: true },
    })
    expect(entry).toEqual({ actorEmail: user.email, ip })
  })

  it('refuses a wrong password and an unknown email alike, and audits both', async () => {
    const user = await makeUser('editor')
    expect(await signIn(user.email, 'not-the-password-at-all')).toEqual({ ok: false, reason: 'INVALID_CREDENTIALS' })
    expect(await signIn(`nobody-${unique()}@example.org`, 'whatever-password')).toEqual({
      ok: false,
      reason: 'INVALID_CREDENTIALS',
    })
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
  const backdate = (where: { email?: string; ip?: string }, ms: number) =>
    db().signInAttempt.updateMany({ where, data: { createdAt: new Date(Date.now() - ms) } })

  it('refuses the 6th attempt from an IP within a minute, whatever the account, without checking the password', async () => {
    const ip = uniqueIp()
    for (let attempt = 0; attempt < SIGN_IN_MAX_FAILURES; attempt += 1) {
      expect(await signIn(`nobody-${unique()}@example.org`, 'wrong-password', ip)).toEqual({
        ok: false,
        reason: 'INVALID_CREDENTIALS',
      })
    }
    const user = await makeUser('admin')
    expect(await signIn(user.email, user.password, ip)).toEqual({ ok: false, reason: 'RATE_LIMITED' })
    expect(await db().authSession.count({ where: { userId: user.id } })).toBe(0)
    expect(
      await db().auditLog.count({
        where: { action: 'auth.sign-in.blocked', after: { path: ['email'], equals: user.email } },
      }),
    ).toBe(1)
    // The same account from another IP is fine.
    expect((await signIn(user.email, user.password, uniqueIp())).ok).toBe(true)
  })

  it('an attacker guessing from elsewhere cannot lock the owner out (finding 5)', async () => {
    const victim = await makeUser('editor')
    const attacker = uniqueIp()
    // Five wrong passwords a minute for the victim's email, for two minutes, plus refused extras.
    for (let minute = 2; minute >= 1; minute -= 1) {
      for (let attempt = 0; attempt < SIGN_IN_MAX_FAILURES + 2; attempt += 1)
        await signIn(victim.email, `guess-${minute}-${attempt}`, attacker)
      if (minute > 1) await backdate({ ip: attacker }, minute * 60_000)
    }
    expect(await signIn(victim.email, 'one-more-guess', attacker)).toEqual({ ok: false, reason: 'RATE_LIMITED' })
    // The owner, from their own address, signs in at once (slowed down a little, not refused).
    const started = Date.now()
    expect((await signIn(victim.email, victim.password, uniqueIp())).ok).toBe(true)
    expect(Date.now() - started).toBeGreaterThanOrEqual(accountSlowdownMs(2 * SIGN_IN_MAX_FAILURES) - 50)
  })

  it('refused attempts do not extend the block: a minute after the last counted failure, the right password works', async () => {
    const user = await makeUser('editor')
    const ip = uniqueIp()
    for (let attempt = 0; attempt < SIGN_IN_MAX_FAILURES; attempt += 1) await signIn(user.email, `wrong-${attempt}`, ip)
    await backdate({ ip }, 30_000)
    // Thirty seconds of refused attempts...
    for (let attempt = 0; attempt < 10; attempt += 1)
      expect(await signIn(user.email, `again-${attempt}`, ip)).toEqual({ ok: false, reason: 'RATE_LIMITED' })
    // ...and 31 s later (61 s after the five counted failures) the right password is checked and accepted.
    await backdate({ ip }, 61_000)
    expect((await signIn(user.email, user.password, ip)).ok).toBe(true)
  })

  it('slows an account with many recent failures down, step by step, never beyond the cap', () => {
    expect(accountSlowdownMs(ACCOUNT_SLOWDOWN_AFTER - 1)).toBe(0)
    expect(accountSlowdownMs(ACCOUNT_SLOWDOWN_AFTER)).toBeGreaterThan(0)
    expect(accountSlowdownMs(1_000)).toBe(ACCOUNT_SLOWDOWN_MAX_MS)
  })

  it('counts concurrent wrong attempts from one IP against each other', async () => {
    const user = await makeUser('editor')
    const ip = uniqueIp()
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, index) => signIn(user.email, `wrong-password-${index}`, ip)),
    )
    expect(
      results.filter((result) => !result.ok && result.reason === 'INVALID_CREDENTIALS').length,
    ).toBeLessThanOrEqual(SIGN_IN_MAX_FAILURES)
    expect(await signIn(user.email, user.password, ip)).toEqual({ ok: false, reason: 'RATE_LIMITED' })
  })

  it('takes as long for an unknown email as for a known one (finding 6)', async () => {
    const user = await makeUser('editor')
    const median = async (email: string) => {
      const times: number[] = []
      for (let round = 0; round < 5; round += 1) {
        const started = performance.now()
        await signIn(email, `wrong-password-${round}`)
        times.push(performance.now() - started)
      }
      return times.sort((a, b) => a - b)[2]!
    }
    await median(`warm-up-${unique()}@example.org`)
    const known = await median(user.email)
    const unknown = await median(`nobody-${unique()}@example.org`)
    // Before: 176 ms against 32 ms (the hash was skipped). Now both pay for one scrypt verification.
    expect(unknown / known).toBeGreaterThan(0.6)
    expect(unknown / known).toBeLessThan(1.6)
  })

  it('prunes sign-in attempts and rate-limit counters older than an hour (finding 10)', async () => {
    const email = `old-${unique()}@example.org`
    await db().signInAttempt.create({
      data: {
        email,
        ip: '192.0.2.1',
        succeeded: false,
        createdAt: new Date(Date.now() - LIMITER_RETENTION_MS - 1_000),
      },
    })
    await db().rateLimit.create({
      data: {
        id: `old-${email}`,
        key: `old-${email}`,
        count: 3,
        lastRequest: BigInt(Date.now() - LIMITER_RETENTION_MS - 1_000),
      },
    })
    await db().rateLimit.create({
      data: { id: `new-${email}`, key: `new-${email}`, count: 3, lastRequest: BigInt(Date.now()) },
    })
    await signIn(email, 'whatever-password')
    expect(
      await db().signInAttempt.count({
        where: { email, createdAt: { lt: new Date(Date.now() - LIMITER_RETENTION_MS) } },
      }),
    ).toBe(0)
    expect(
      await db().rateLimit.findMany({
        where: { key: { in: [`old-${email}`, `new-${email}`] } },
        select: { key: true },
      }),
    ).toEqual([{ key: `new-${email}` }])
  })

  it('stores only a valid, bounded client IP in the audit log (finding 4)', async () => {
    const email = `spoof-${unique()}@example.org`
    await signInWithPassword({
      email,
      password: 'whatever-password',
      ip: 'x'.repeat(8_000),
      headers: requestHeaders('192.0.2.9'),
    })
    const entry = await db().auditLog.findFirst({
      where: { action: 'auth.sign-in.failed', after: { path: ['email'], equals: email } },
      select: { ip: true },
    })
    expect(entry).toEqual({ ip: null })
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

  it('reads the client IP only from the header the server sets, never from X-Forwarded-For', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '203.0.113.7, 10.0.0.1' }))).toBe('unknown')
    expect(clientIp(new Headers({ 'x-real-ip': '203.0.113.8' }))).toBe('unknown')
    expect(clientIp(new Headers({ 'x-crm-client-ip': '203.0.113.9' }))).toBe('203.0.113.9')
    expect(clientIp(new Headers({ 'x-crm-client-ip': 'x'.repeat(8000) }))).toBe('unknown')
  })
})

describe('/api/auth/* handler', () => {
  const url = (path: string) => `http://localhost:3000/api/auth${path}`

  it('does not expose sign-in, sign-up or password endpoints: the limiter cannot be bypassed', async () => {
    const user = await makeUser('admin')
    const body = JSON.stringify({ email: user.email, password: user.password, name: 'x' })
    for (const path of [
      '/sign-in/email',
      '/sign-up/email',
      '/request-password-reset',
      '/reset-password',
      '/change-password',
      '/update-user',
      '/revoke-sessions',
      '/sign-out',
    ]) {
      const response = await POST(
        new Request(url(path), {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' },
        }),
      )
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
    await signInWithPassword({
      email: user.email,
      password: 'a-wrong-secret-value',
      ip: uniqueIp(),
      headers: new Headers(),
    })
    const rows = await db().auditLog.findMany({
      where: { after: { path: ['email'], equals: user.email } },
      select: { before: true, after: true },
    })
    expect(JSON.stringify(rows)).not.toContain('a-wrong-secret-value')
    const account = await db().account.findFirst({ where: { userId: user.id }, select: { password: true } })
    expect(account?.password).not.toContain(user.password)
    expect(account?.password?.length).toBeGreaterThan(40)
  })
})

// User management: the authorisation matrix, disabling, reset links, audit atomicity, user:create.
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { hashPassword } from 'better-auth/crypto'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { AUDIT_PAGE_SIZE, AuditFilterSchema, findAuditEntries, findAuditFacets } from '@/lib/audit/queries'
import { consumeRateLimit } from '@/lib/auth/mutations'
import { assertRole, getUserFromHeaders, type CurrentUser } from '@/lib/auth/session'
import { db } from '@/lib/db'
import { runUserCreate } from '@/lib/users/cli'
import {
  changeUserRole,
  createUser,
  issuePasswordResetLink,
  resetPasswordWithToken,
  RESET_LINK_TTL_MS,
  setUserDisabled,
} from '@/lib/users/mutations'
import { findUsers, getUser, isResetTokenUsable } from '@/lib/users/queries'
import { hashResetToken } from '@/lib/users/records'
import { codeOf } from './app-errors'
import { makeUser, signedInHeaders, signIn, unique } from './auth-helpers'

describe('authorisation matrix of the accounts operations', () => {
  // Every operation, run as: anonymous, editor, admin. All are admin-only.
  type Operation = { name: string; run: (actor: CurrentUser | null, target: CurrentUser) => Promise<unknown> }
  const operations: Operation[] = [
    {
      name: 'createUser',
      run: (actor) =>
        createUser({ actor, input: { email: `new-${unique()}@example.org`, name: 'New', role: 'editor' } }),
    },
    { name: 'changeUserRole', run: (actor, target) => changeUserRole({ actor, userId: target.id, role: 'admin' }) },
    { name: 'setUserDisabled', run: (actor, target) => setUserDisabled({ actor, userId: target.id, disabled: true }) },
    { name: 'issuePasswordResetLink', run: (actor, target) => issuePasswordResetLink({ actor, userId: target.id }) },
    { name: 'findUsers', run: (actor) => findUsers(actor) },
    { name: 'getUser', run: (actor, target) => getUser(actor, target.id) },
    { name: 'findAuditEntries', run: (actor) => findAuditEntries(actor, AuditFilterSchema.parse({})) },
    { name: 'findAuditFacets', run: (actor) => findAuditFacets(actor) },
  ]

  for (const operation of operations) {
    it(`${operation.name}: anonymous → UNAUTHENTICATED, editor → FORBIDDEN, admin → allowed`, async () => {
      const [admin, editor, target] = await Promise.all([makeUser('admin'), makeUser('editor'), makeUser('editor')])
      const auditBefore = await db().auditLog.count()
      expect(await codeOf(operation.run(null, target))).toBe('UNAUTHENTICATED')
      expect(await codeOf(operation.run(editor, target))).toBe('FORBIDDEN')
      // Refused operations change nothing and write no audit entry.
      expect(await db().auditLog.count()).toBe(auditBefore)
      expect(
        await db().user.findUnique({ where: { id: target.id }, select: { role: true, disabledAt: true } }),
      ).toEqual({
        role: 'editor',
        disabledAt: null,
      })
      expect(await codeOf(operation.run(admin, target))).toBe('OK')
    })
  }

  it('a disabled admin is refused: their session no longer yields a user', async () => {
    const [admin, other] = await Promise.all([makeUser('admin'), makeUser('admin')])
    const headers = await signedInHeaders(admin)
    expect(await getUserFromHeaders(headers)).toMatchObject({ id: admin.id, role: 'admin' })
    await setUserDisabled({ actor: other, userId: admin.id, disabled: true })
    const current = await getUserFromHeaders(headers)
    expect(current).toBeNull()
    expect(() => assertRole(current, { roles: ['admin'] })).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    )
    // Even if a stale session row survived, the user record says disabled.
    await db().authSession.create({
      data: { id: `s-${unique()}`, token: `t-${unique()}`, userId: admin.id, expiresAt: new Date(Date.now() + 60_000) },
    })
    expect(await getUserFromHeaders(headers)).toBeNull()
  })
})

describe('disabling and enabling', () => {
  it('disabling ends every session of the user at once, and is audited with the count', async () => {
    const [admin, editor] = await Promise.all([makeUser('admin'), makeUser('editor')])
    const first = await signedInHeaders(editor)
    const second = await signedInHeaders(editor)
    expect(await getUserFromHeaders(first)).not.toBeNull()
    await setUserDisabled({ actor: admin, userId: editor.id, disabled: true, ip: '198.51.100.1' })
    expect(await getUserFromHeaders(first)).toBeNull()
    expect(await getUserFromHeaders(second)).toBeNull()
    expect(await db().authSession.count({ where: { userId: editor.id } })).toBe(0)
    const entry = await db().auditLog.findFirst({
      where: { action: 'user.disable', targetId: editor.id },
      select: { actorId: true, after: true, ip: true },
    })
    expect(entry).toMatchObject({ actorId: admin.id, after: { sessionsEnded: 2 }, ip: '198.51.100.1' })
    expect(await signIn(editor.email, editor.password)).toEqual({ ok: false, reason: 'INVALID_CREDENTIALS' })

    await setUserDisabled({ actor: admin, userId: editor.id, disabled: false })
    expect((await signIn(editor.email, editor.password)).ok).toBe(true)
    expect(await db().auditLog.count({ where: { action: 'user.enable', targetId: editor.id } })).toBe(1)
  })

  it('an admin cannot disable themselves, and the last enabled admin cannot be demoted', async () => {
    const admin = await makeUser('admin')
    await expect(setUserDisabled({ actor: admin, userId: admin.id, disabled: true })).rejects.toMatchObject({
      code: 'INVALID',
    })
    // Make `admin` the only enabled admin for a moment.
    const others = await db().user.findMany({
      where: { role: 'admin', disabledAt: null, id: { not: admin.id } },
      select: { id: true },
    })
    const ids = others.map((other) => other.id)
    await db().user.updateMany({ where: { id: { in: ids } }, data: { disabledAt: new Date() } })
    try {
      await expect(changeUserRole({ actor: admin, userId: admin.id, role: 'editor' })).rejects.toMatchObject({
        code: 'INVALID',
      })
      expect((await db().user.findUnique({ where: { id: admin.id }, select: { role: true } }))?.role).toBe('admin')
    } finally {
      await db().user.updateMany({ where: { id: { in: ids } }, data: { disabledAt: null } })
    }
  })

  it('changing a role is audited with before and after', async () => {
    const [admin, editor] = await Promise.all([makeUser('admin'), makeUser('editor')])
    await changeUserRole({ actor: admin, userId: editor.id, role: 'admin' })
    const entry = await db().auditLog.findFirst({
      where: { action: 'user.role-change', targetId: editor.id },
      select: { before: true, after: true, actorEmail: true },
    })
    expect(entry).toEqual({ before: { role: 'editor' }, after: { role: 'admin' }, actorEmail: admin.email })
    const headers = await signedInHeaders(editor)
    expect(await getUserFromHeaders(headers)).toMatchObject({ role: 'admin' })
  })
})

describe('password-reset links', () => {
  it('work once, store only a hash, set the password and end the sessions', async () => {
    const [admin, editor] = await Promise.all([makeUser('admin'), makeUser('editor')])
    const oldSession = await signedInHeaders(editor)
    const issued = await issuePasswordResetLink({ actor: admin, userId: editor.id })
    expect(issued.resetToken).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const stored = await db().passwordResetToken.findMany({
      where: { userId: editor.id },
      select: { tokenHash: true, expiresAt: true },
    })
    expect(stored).toHaveLength(1)
    expect(stored[0]?.tokenHash).toBe(hashResetToken(issued.resetToken))
    expect(stored[0]?.tokenHash).not.toContain(issued.resetToken)
    expect(Math.abs((stored[0]?.expiresAt.getTime() ?? 0) - Date.now() - RESET_LINK_TTL_MS)).toBeLessThan(60_000)
    expect(JSON.stringify(await db().auditLog.findMany({ where: { targetId: editor.id } }))).not.toContain(
      issued.resetToken,
    )

    expect(await isResetTokenUsable(issued.resetToken)).toBe(true)
    await resetPasswordWithToken({ token: issued.resetToken, password: 'a brand new passphrase' })
    expect(await isResetTokenUsable(issued.resetToken)).toBe(false)
    expect(await getUserFromHeaders(oldSession)).toBeNull()
    expect(await signIn(editor.email, editor.password)).toEqual({ ok: false, reason: 'INVALID_CREDENTIALS' })
    expect((await signIn(editor.email, 'a brand new passphrase')).ok).toBe(true)
    expect(await db().auditLog.count({ where: { action: 'user.password-reset', targetId: editor.id } })).toBe(1)

    // Single use.
    await expect(
      resetPasswordWithToken({ token: issued.resetToken, password: 'yet another passphrase' }),
    ).rejects.toMatchObject({
      code: 'INVALID',
    })
    expect((await signIn(editor.email, 'yet another passphrase')).ok).toBe(false)
  })

  it('expire after 24 hours', async () => {
    const [admin, editor] = await Promise.all([makeUser('admin'), makeUser('editor')])
    const issued = await issuePasswordResetLink({ actor: admin, userId: editor.id })
    // 24 h later (PasswordResetToken is an ordinary table; the test moves its clock back).
    await db().passwordResetToken.updateMany({
      where: { userId: editor.id },
      data: { expiresAt: new Date(Date.now() - 1) },
    })
    expect(await isResetTokenUsable(issued.resetToken)).toBe(false)
    await expect(
      resetPasswordWithToken({ token: issued.resetToken, password: 'a brand new passphrase' }),
    ).rejects.toMatchObject({
      code: 'INVALID',
    })
    expect((await signIn(editor.email, editor.password)).ok).toBe(true)
  })

  it('a new link withdraws the older one; concurrent uses: exactly one wins', async () => {
    const [admin, editor] = await Promise.all([makeUser('admin'), makeUser('editor')])
    const first = await issuePasswordResetLink({ actor: admin, userId: editor.id })
    const second = await issuePasswordResetLink({ actor: admin, userId: editor.id })
    expect(await isResetTokenUsable(first.resetToken)).toBe(false)
    const results = await Promise.allSettled([
      resetPasswordWithToken({ token: second.resetToken, password: 'first concurrent passphrase' }),
      resetPasswordWithToken({ token: second.resetToken, password: 'other concurrent passphrase' }),
    ])
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
  })

  it('looks the link up and claims it before hashing anything: made-up tokens cost no scrypt (finding 7)', async () => {
    const started = performance.now()
    await hashPassword('one hash, for scale')
    const oneHash = performance.now() - started
    const bogusStarted = performance.now()
    for (let round = 0; round < 10; round += 1) {
      await expect(
        resetPasswordWithToken({ token: randomBytes(32).toString('base64url'), password: 'a brand new passphrase' }),
      ).rejects.toMatchObject({
        code: 'INVALID',
      })
    }
    // Before: ten hashes. Now: ten indexed lookups.
    expect(performance.now() - bogusStarted).toBeLessThan(oneHash * 3)
  })

  it('the anonymous reset is rate-limited per IP, atomically, in a fixed window (finding 7)', async () => {
    const key = `reset:192.0.2.${randomBytes(1)[0]}-${unique()}`
    const results = await Promise.all(
      Array.from({ length: 14 }, () => consumeRateLimit(key, { max: 10, windowMs: 60_000 })),
    )
    expect(results.filter(Boolean)).toHaveLength(10)
    expect(await consumeRateLimit(`${key}-other`, { max: 10, windowMs: 60_000 })).toBe(true)
    await db().rateLimit.update({ where: { key: `crm:${key}` }, data: { lastRequest: BigInt(Date.now() - 61_000) } })
    expect(await consumeRateLimit(key, { max: 10, windowMs: 60_000 })).toBe(true)
  })

  it('a new user gets a reset link instead of a password', async () => {
    const admin = await makeUser('admin')
    const email = `fresh-${unique()}@example.org`
    const created = await createUser({
      actor: admin,
      input: { email, name: 'Fresh', role: 'editor' },
      ip: '198.51.100.2',
    })
    expect(await db().account.count({ where: { userId: created.user.id } })).toBe(0)
    await resetPasswordWithToken({ token: created.resetToken, password: 'the fresh passphrase' })
    expect((await signIn(email, 'the fresh passphrase')).ok).toBe(true)
    const actions = await db().auditLog.findMany({
      where: { targetId: created.user.id },
      select: { action: true },
      orderBy: { id: 'asc' },
    })
    expect(actions.map((entry) => entry.action)).toEqual([
      'user.create',
      'user.reset-link',
      'user.password-reset',
      'auth.sign-in',
    ])
    await expect(createUser({ actor: admin, input: { email, name: 'Again', role: 'editor' } })).rejects.toMatchObject({
      code: 'CONFLICT',
    })
  })
})

describe('audit log', () => {
  it('is written in the same transaction as the change: when a later step fails, neither the change nor its entries remain', async () => {
    const [admin, editor] = await Promise.all([makeUser('admin'), makeUser('editor')])
    const suffix = unique()
    const email = `atomic-${suffix}@example.org`
    // A trigger makes the LAST statement of createUser fail (its second audit entry), after the user, the
    // reset link and the first audit entry ('user.create') were written; and it makes changeUserRole's
    // audit entry fail after the role was updated.
    await db().$executeRawUnsafe(
      `CREATE FUNCTION fail_${suffix}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$`,
    )
    await db().$executeRawUnsafe(
      `CREATE TRIGGER fail_${suffix} BEFORE INSERT ON "AuditLog" FOR EACH ROW
       WHEN (NEW."actorId" = '${admin.id}' AND NEW.action IN ('user.reset-link', 'user.role-change')) EXECUTE FUNCTION fail_${suffix}()`,
    )
    try {
      await expect(createUser({ actor: admin, input: { email, name: 'Atomic', role: 'editor' } })).rejects.toThrow(
        /refused by the test/,
      )
      await expect(changeUserRole({ actor: admin, userId: editor.id, role: 'admin' })).rejects.toThrow(
        /refused by the test/,
      )
    } finally {
      await db().$executeRawUnsafe(`DROP TRIGGER fail_${suffix} ON "AuditLog"`)
      await db().$executeRawUnsafe(`DROP FUNCTION fail_${suffix}()`)
    }
    expect(await db().user.count({ where: { email } })).toBe(0)
    expect(await db().auditLog.count({ where: { actorId: admin.id, action: 'user.create' } })).toBe(0)
    expect(await db().user.findUnique({ where: { id: editor.id }, select: { role: true } })).toEqual({ role: 'editor' })
    // Without the trigger the same changes commit with their entries.
    await createUser({ actor: admin, input: { email, name: 'Atomic', role: 'editor' } })
    await changeUserRole({ actor: admin, userId: editor.id, role: 'admin' })
    expect(
      await db().auditLog.count({
        where: { actorId: admin.id, action: { in: ['user.create', 'user.reset-link', 'user.role-change'] } },
      }),
    ).toBe(3)
  })

  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    const admin = await makeUser('admin')
    const entry = await db().auditLog.findFirstOrThrow({ where: { targetId: admin.id }, select: { id: true } })
    await expect(db().auditLog.update({ where: { id: entry.id }, data: { action: 'tampered' } })).rejects.toThrow(
      /append-only/,
    )
    await expect(db().auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/)
    await expect(db().auditLog.deleteMany({})).rejects.toThrow(/append-only/)
    await expect(db().$executeRawUnsafe('TRUNCATE "AuditLog"')).rejects.toThrow(/append-only/)
    expect(await db().auditLog.findUnique({ where: { id: entry.id }, select: { action: true } })).toEqual({
      action: 'user.create',
    })
  })

  it('filters by action, actor, target type and date, and paginates', async () => {
    const admin = await makeUser('admin')
    const editors = await Promise.all(Array.from({ length: 3 }, () => makeUser('editor')))
    for (const editor of editors) await changeUserRole({ actor: admin, userId: editor.id, role: 'admin' })
    const filter = (input: Record<string, string>) => AuditFilterSchema.parse(input)
    const byActor = await findAuditEntries(
      admin,
      filter({ actor: admin.email.toUpperCase(), action: 'user.role-change' }),
    )
    expect(byActor.total).toBe(3)
    expect(byActor.entries.every((entry) => entry.actorEmail === admin.email && entry.targetType === 'user')).toBe(true)
    const today = new Date().toISOString().slice(0, 10)
    expect((await findAuditEntries(admin, filter({ actor: admin.email, from: today, to: today }))).total).toBe(3)
    expect((await findAuditEntries(admin, filter({ actor: admin.email, to: '2000-01-01' }))).total).toBe(0)
    expect((await findAuditEntries(admin, filter({ actor: admin.email, targetType: 'practice' }))).total).toBe(0)
    // A bad value is ignored rather than an error.
    expect(filter({ from: 'yesterday', page: '-3' })).toMatchObject({ from: undefined, page: 1 })
    const all = await findAuditEntries(admin, filter({}))
    expect(all.entries.length).toBeLessThanOrEqual(AUDIT_PAGE_SIZE)
    expect(all.pageCount).toBe(Math.max(1, Math.ceil(all.total / AUDIT_PAGE_SIZE)))
    const facets = await findAuditFacets(admin)
    expect(facets.actions).toContain('user.role-change')
    expect(facets.targetTypes).toContain('user')
  })
})

describe('npm run user:create', () => {
  const engine = inject('testDatabaseEngine')

  it('creates a user with a password from standard input, refuses short ones and duplicates', async () => {
    const email = `cli-${unique()}@example.org`
    const result = await runUserCreate(db(), {
      argv: ['--email', email.toUpperCase(), '--role', 'editor', '--name', 'Cli User'],
      password: 'a passphrase from stdin',
    })
    expect(result).toEqual({ email, role: 'editor', generatedPassword: null })
    expect((await signIn(email, 'a passphrase from stdin')).ok).toBe(true)
    await expect(
      runUserCreate(db(), { argv: ['--email', email, '--role', 'editor'], password: 'another passphrase' }),
    ).rejects.toThrow(/already exists/)
    await expect(
      runUserCreate(db(), { argv: ['--email', `x-${email}`, '--role', 'editor'], password: 'short' }),
    ).rejects.toThrow(/at least 12/)
    await expect(runUserCreate(db(), { argv: ['--email', `y-${email}`, '--role', 'owner'] })).rejects.toThrow(
      /admin or editor/,
    )
    await expect(runUserCreate(db(), { argv: ['--role', 'admin'] })).rejects.toThrow(/--email/)
    const entry = await db().auditLog.findFirst({
      where: { action: 'user.create', after: { path: ['email'], equals: email } },
      select: { actorId: true, after: true },
    })
    expect(entry).toMatchObject({ actorId: null, after: { via: 'command line', role: 'editor' } })
  })

  it('generates a password when none is given', async () => {
    const email = `cli-${unique()}@example.org`
    const result = await runUserCreate(db(), { argv: [`--email=${email}`, '--role=admin'] })
    expect(result.generatedPassword).toMatch(/^[A-Za-z0-9]{24}$/)
    expect((await signIn(email, result.generatedPassword ?? '')).ok).toBe(true)
  })

  it.runIf(engine === 'postgresql')('runs as a command against the database (PostgreSQL)', async () => {
    const run = (args: string[], input?: string) =>
      spawnSync(
        process.execPath,
        [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/user-create.ts', ...args],
        {
          encoding: 'utf8',
          input: input ?? '',
          env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
          timeout: 120_000,
        },
      )
    const piped = `cmd-${unique()}@example.org`
    const first = run(['--email', piped, '--role', 'editor'], 'a piped passphrase\n')
    expect(first.stderr).toBe('')
    expect(first.status).toBe(0)
    expect(first.stdout).toContain(`Created editor ${piped}.`)
    expect(first.stdout).not.toContain('Password')
    expect((await signIn(piped, 'a piped passphrase')).ok).toBe(true)

    const generated = `cmd-${unique()}@example.org`
    const second = run(['--email', generated, '--role', 'admin'])
    expect(second.status).toBe(0)
    const password = /Password \(shown only this once[^)]*\): (\S+)/.exec(second.stdout)?.[1]
    expect(password).toMatch(/^[A-Za-z0-9]{24}$/)
    expect((await signIn(generated, password ?? '')).ok).toBe(true)

    const bad = run(['--email', 'not-an-email', '--role', 'admin'])
    expect(bad.status).toBe(1)
    expect(bad.stderr).toMatch(/--email: not a valid email address/)
  })
})

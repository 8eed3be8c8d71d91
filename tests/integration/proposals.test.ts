// Member states' proposals (issue 15) against the real database: the abuse limits, the moderation steps
// (conversion, correction, decline) with their audit entries and outbox messages, publication closing
// the proposal, the retention purge, and the outbox sent to a real SMTP server started here.
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import nodemailer from 'nodemailer'
import { SMTPServer } from 'smtp-server'
import { afterAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { findPracticeRows } from '@/lib/open-data/queries'
import { EXPORT_COLUMNS, toExportRow, toPracticeSummary } from '@/lib/open-data/serializers'
import { sendPendingMessages } from '@/lib/outbox/mutations'
import { publishPractice, submitForReview } from '@/lib/practices/mutations'
import {
  applyCorrection,
  convertProposal,
  declineProposal,
  purgeProposalPersonalData,
  submitProposal,
  type ProposalLimits,
} from '@/lib/proposals/mutations'
import { getPracticeProvenance } from '@/lib/proposals/provenance-queries'
import {
  countNewProposals,
  findOutboxMessages,
  findProposals,
  getProposalForModeration,
  getProposalStatus,
} from '@/lib/proposals/queries'
import { ProposalInputSchema } from '@/lib/proposals/schemas'
import { signFormIssuedAt } from '@/lib/proposals/tokens'
import { makeUser, uniqueIp } from './auth-helpers'
import { appErrorOf, codeOf } from './app-errors'
import { makePractice, removeCreatedPractices, track, word } from './editing-fixtures'

const SECRET = 's'.repeat(40)
const proposalIds = new Set<number>()

afterAll(async () => {
  if (proposalIds.size) {
    await db().outboxMessage.deleteMany({ where: { proposalId: { in: [...proposalIds] } } })
    await db().proposal.deleteMany({ where: { id: { in: [...proposalIds] } } })
  }
  await removeCreatedPractices()
})

async function input(overrides: Record<string, unknown> = {}) {
  const actor = await db().actor.findFirstOrThrow({ select: { id: true }, orderBy: { id: 'asc' } })
  return ProposalInputSchema.parse({
    type: 'NEW_PRACTICE',
    title: `Ventanilla única ${word()}`,
    kind: 'GOOD_PRACTICE',
    actor: String(actor.id),
    objectiveNumbers: ['4', '15'],
    summary: 'Un resumen.',
    description: 'Una descripción con <script>alert(1)</script>.',
    results: 'Menos tiempo de espera.',
    lessons: null,
    link: 'https://example.org/ventanilla',
    proposerName: 'Ana Pérez',
    proposerInstitution: 'Ministerio de Prueba',
    proposerEmail: `ana-${word()}@example.org`,
    ...overrides,
  })
}

/** Submits with a form shown `shownMsAgo` earlier, from a fresh IP unless given. */
async function submit(
  overrides: Record<string, unknown> = {},
  options: {
    ip?: string
    honeypot?: string
    shownMsAgo?: number
    formToken?: string
    limits?: Partial<ProposalLimits>
    locale?: 'es' | 'en'
  } = {},
) {
  const now = new Date()
  const submitted = await submitProposal({
    input: await input(overrides),
    locale: options.locale ?? 'es',
    ip: options.ip ?? uniqueIp(),
    honeypot: options.honeypot ?? '',
    formToken: options.formToken ?? signFormIssuedAt(SECRET, now.getTime() - (options.shownMsAgo ?? 10_000)),
    secret: SECRET,
    now,
    limits: options.limits,
  })
  proposalIds.add(submitted.id)
  return submitted
}

const reason = async (promise: Promise<unknown>) => ((await appErrorOf(promise)).details as { reason: string }).reason

describe('the proposal form: validation', () => {
  it('requires the fields, limits their size and accepts only http(s) links', async () => {
    const result = ProposalInputSchema.safeParse({
      title: 'x'.repeat(301),
      kind: 'GOOD_PRACTICE',
      actor: 'other',
      summary: '',
      description: 'ok',
      link: 'javascript:alert(1)',
      proposerName: 'A',
      proposerInstitution: 'B',
      proposerEmail: 'not-an-email',
      objectiveNumbers: ['99'],
    })
    expect(result.success).toBe(false)
    const codes = Object.fromEntries(result.error!.issues.map((issue) => [String(issue.path[0]), issue.message]))
    expect(codes).toMatchObject({
      title: 'tooLong',
      summary: 'required',
      link: 'invalidUrl',
      proposerEmail: 'invalidEmail',
      otherActorName: 'otherActorRequired',
      objectiveNumbers: 'invalidChoice',
    })
  })
})

describe('abuse limits', () => {
  it('refuses a filled honeypot, a form sent too fast, and a forged or stale timestamp', async () => {
    expect(await reason(submit({}, { honeypot: 'http://spam.example' }))).toBe('honeypot')
    expect(await reason(submit({}, { shownMsAgo: 500 }))).toBe('tooFast')
    expect(
      await reason(
        submit({}, { formToken: signFormIssuedAt('another-secret-of-32-characters!!', Date.now() - 10_000) }),
      ),
    ).toBe('formExpired')
    expect(await reason(submit({}, { shownMsAgo: 2 * 24 * 60 * 60_000 }))).toBe('formExpired')
  })

  it('limits submissions per IP through the shared limiter', async () => {
    const ip = uniqueIp()
    for (let n = 0; n < 2; n += 1) await submit({}, { ip, limits: { perIp: 2 } })
    const refused = await appErrorOf(submit({}, { ip, limits: { perIp: 2 } }))
    expect(refused.code).toBe('RATE_LIMITED')
    expect((refused.details as { reason: string }).reason).toBe('rateLimited')
    // Another client is not affected.
    expect((await submit({}, { limits: { perIp: 2 } })).reference).toMatch(/^P-\d{4}-\d{6}$/)
  })

  it('stops new proposals at the daily cap of unmoderated ones, without writing anything', async () => {
    const waiting = await db().proposal.count({
      where: { status: 'RECEIVED', createdAt: { gte: new Date(Date.now() - 24 * 60 * 60_000) } },
    })
    await submit({}, { limits: { dailyCap: waiting + 1 } })
    const before = await db().proposal.count()
    expect(await reason(submit({}, { limits: { dailyCap: waiting + 1 } }))).toBe('dailyCap')
    expect(await db().proposal.count()).toBe(before)
  })

  it('flags the same title and actor within a day as a possible duplicate', async () => {
    const title = `Duplicada ${word()}`
    const first = await submit({ title })
    const second = await submit({ title: title.toUpperCase() })
    expect(first.duplicateOfId).toBeNull()
    expect(second.duplicateOfId).toBe(first.id)
  })
})

describe('moderation', () => {
  it('an editor converts a proposal into a draft that an admin publishes; the proposal follows, with provenance', async () => {
    const [editor, admin] = await Promise.all([makeUser('editor'), makeUser('admin')])
    const submitted = await submit({ proposerInstitution: 'Instituto Nacional de Migración' })
    expect((await getProposalStatus(submitted.token))?.status).toBe('RECEIVED')
    // The receipt to the proposer (with the private link) and one message per active editor or admin.
    const arrival = await db().outboxMessage.findMany({
      where: { proposalId: submitted.id },
      select: { recipient: true, body: true },
    })
    expect(arrival.some((message) => message.body.includes(`/es/propuesta/${submitted.token}`))).toBe(true)
    expect(arrival.map((message) => message.recipient)).toEqual(expect.arrayContaining([editor.email, admin.email]))
    // The staff's message says it in both languages, each with the workspace link in that language.
    const toEditor = arrival.find((message) => message.recipient === editor.email)
    expect(toEditor?.body).toContain(`/es/gestion/propuestas/${submitted.id}`)
    expect(toEditor?.body).toContain(`/en/manage/proposals/${submitted.id}`)
    expect(toEditor?.body).toMatch(/Ha llegado una propuesta[\s\S]*A proposal has arrived/)

    expect(await codeOf(convertProposal({ user: null, id: submitted.id }))).toBe('UNAUTHENTICATED')
    const { practiceId } = await convertProposal({ user: editor, ip: '192.0.2.10', id: submitted.id })
    track(practiceId)
    const draft = await db().practice.findUniqueOrThrow({
      where: { id: practiceId },
      select: {
        status: true,
        source: true,
        proposedByInstitution: true,
        proposedAt: true,
        bodyEs: true,
        externalUrl: true,
        objectives: { select: { objectiveNumber: true } },
      },
    })
    expect(draft).toMatchObject({
      status: 'DRAFT',
      source: 'PROPOSAL',
      proposedByInstitution: 'Instituto Nacional de Migración',
      externalUrl: 'https://example.org/ventanilla',
    })
    expect(draft.bodyEs).toContain('## Resultados\n\nMenos tiempo de espera.')
    expect(draft.objectives.map((objective) => objective.objectiveNumber).sort()).toEqual([15, 4])
    expect((await getProposalStatus(submitted.token))?.status).toBe('IN_REVIEW')
    // Converting twice is refused.
    expect(await codeOf(convertProposal({ user: editor, id: submitted.id }))).toBe('INVALID')

    const reviewed = await submitForReview({ user: editor, id: practiceId, version: 1 })
    const published = await publishPractice({ user: admin, id: practiceId, version: reviewed.version })
    const status = await getProposalStatus(submitted.token)
    expect(status).toMatchObject({ status: 'PUBLISHED', publishedSlug: published.slug })
    const messages = await db().outboxMessage.findMany({
      where: { proposalId: submitted.id, recipient: { startsWith: 'ana-' } },
      orderBy: { id: 'asc' },
      select: { body: true },
    })
    expect(messages).toHaveLength(3)
    expect(messages[2]?.body).toContain(`/es/practicas/${published.slug}`)
    // The API and the exports carry the provenance too.
    const [row] = await findPracticeRows([published.slug])
    expect(toExportRow('es', row!, 'https://portal.example')).toMatchObject({
      source: 'proposal',
      proposedBy: 'Instituto Nacional de Migración',
    })
    expect(toPracticeSummary('en', row!, 'https://portal.example').firstPublishedAt).toMatch(/^\d{4}-/)
    expect(EXPORT_COLUMNS).toEqual(expect.arrayContaining(['source', 'proposedBy', 'proposedAt', 'firstPublishedAt']))
    const provenance = await getPracticeProvenance(published.slug)
    expect(provenance).toMatchObject({ source: 'PROPOSAL', proposedBy: 'Instituto Nacional de Migración' })
    expect(provenance?.firstPublishedAt).toBeInstanceOf(Date)

    const audit = await db().auditLog.findMany({
      where: { targetType: 'proposal', targetId: String(submitted.id) },
      orderBy: { id: 'asc' },
      select: { action: true },
    })
    expect(audit.map((entry) => entry.action)).toEqual(['proposal.receive', 'proposal.convert', 'proposal.publish'])
  })

  it("applies a correction as the published practice's pending draft, shown after publication", async () => {
    const [editor, admin] = await Promise.all([makeUser('editor'), makeUser('admin')])
    const practice = await makePractice(admin, 'PUBLISHED')
    const live = await db().practice.findUniqueOrThrow({
      where: { id: practice.id },
      select: { slug: true, titleEs: true },
    })
    const corrected = `${live.titleEs} (corregido)`
    const submitted = await submit({ type: 'CORRECTION', practiceSlug: live.slug, title: corrected, link: null })
    const { practiceId } = await applyCorrection({ user: editor, id: submitted.id })
    expect(practiceId).toBe(practice.id)
    const pending = await db().practice.findUniqueOrThrow({
      where: { id: practice.id },
      select: { titleEs: true, draft: true, version: true },
    })
    // The public columns are unchanged until an admin publishes the pending draft.
    expect(pending.titleEs).toBe(live.titleEs)
    expect((pending.draft as { titleEs: string }).titleEs).toBe(corrected)
    await publishPractice({ user: admin, id: practice.id, version: pending.version })
    expect(
      (await db().practice.findUniqueOrThrow({ where: { id: practice.id }, select: { titleEs: true } })).titleEs,
    ).toBe(corrected)
    expect((await getProposalStatus(submitted.token))?.status).toBe('PUBLISHED')
  })

  it('refuses a correction of a practice that is not published', async () => {
    const practice = await makePractice(await makeUser('admin'), 'DRAFT')
    const slug = (await db().practice.findUniqueOrThrow({ where: { id: practice.id }, select: { slug: true } })).slug
    expect(await reason(submit({ type: 'CORRECTION', practiceSlug: slug }))).toBe('unknownPractice')
  })

  it('declines with a reason the proposer reads; only editors and admins may', async () => {
    const editor = await makeUser('editor')
    const submitted = await submit()
    expect(await codeOf(declineProposal({ user: null, id: submitted.id, reason: 'x' }))).toBe('UNAUTHENTICATED')
    await declineProposal({ user: editor, id: submitted.id, reason: 'Ya figura en el catálogo.' })
    expect(await getProposalStatus(submitted.token)).toMatchObject({
      status: 'DECLINED',
      declineReason: 'Ya figura en el catálogo.',
    })
    expect(await codeOf(declineProposal({ user: editor, id: submitted.id, reason: 'otra vez' }))).toBe('INVALID')
    const last = await db().outboxMessage.findFirstOrThrow({
      where: { proposalId: submitted.id },
      orderBy: { id: 'desc' },
      select: { body: true },
    })
    expect(last.body).toContain('Ya figura en el catálogo.')
    expect(await getProposalStatus('A'.repeat(43))).toBeNull()
  })
})

describe('who reads what', () => {
  it('the queue and a proposal are for editors and admins; the outbox for admins', async () => {
    const [editor, admin] = await Promise.all([makeUser('editor'), makeUser('admin')])
    const submitted = await submit()
    expect(await codeOf(findProposals(null, {}))).toBe('UNAUTHENTICATED')
    expect(await codeOf(getProposalForModeration(null, submitted.id))).toBe('UNAUTHENTICATED')
    expect((await getProposalForModeration(editor, submitted.id))?.proposerEmail).toMatch(/^ana-/)
    expect((await findProposals(editor, { status: 'RECEIVED' })).some((row) => row.id === submitted.id)).toBe(true)
    expect((await findProposals(editor, { status: 'DECLINED' })).some((row) => row.id === submitted.id)).toBe(false)
    expect(await countNewProposals(editor)).toBeGreaterThan(0)
    expect(await codeOf(findOutboxMessages(editor))).toBe('FORBIDDEN')
    expect(await codeOf(findOutboxMessages(admin))).toBe('OK')
    // The public status never carries personal data.
    expect(JSON.stringify(await getProposalStatus(submitted.token))).not.toContain('Ana Pérez')
  })
})

describe('retention', () => {
  it('deletes the personal data of proposals closed longer ago than the retention period, and only those', async () => {
    const editor = await makeUser('editor')
    const old = await submit()
    const recent = await submit()
    const open = await submit()
    await declineProposal({ user: editor, id: old.id, reason: 'No corresponde.' })
    await declineProposal({ user: editor, id: recent.id, reason: 'No corresponde.' })
    await db().proposal.update({
      where: { id: old.id },
      data: { closedAt: new Date(Date.now() - 200 * 24 * 60 * 60_000) },
    })

    const result = await purgeProposalPersonalData({ retentionDays: 180 })
    expect(result.purged).toBeGreaterThanOrEqual(1)
    const rows = await db().proposal.findMany({
      where: { id: { in: [old.id, recent.id, open.id] } },
      select: {
        id: true,
        proposerName: true,
        proposerEmail: true,
        proposerInstitution: true,
        personalDataPurgedAt: true,
        title: true,
      },
    })
    const byId = new Map(rows.map((row) => [row.id, row]))
    expect(byId.get(old.id)).toMatchObject({ proposerName: null, proposerEmail: null, proposerInstitution: null })
    expect(byId.get(old.id)?.personalDataPurgedAt).toBeInstanceOf(Date)
    expect(byId.get(old.id)?.title).toMatch(/^Ventanilla/)
    expect(byId.get(recent.id)?.proposerName).toBe('Ana Pérez')
    expect(byId.get(open.id)?.proposerName).toBe('Ana Pérez')
    expect(await db().outboxMessage.count({ where: { proposalId: old.id } })).toBe(0)
  })
})

describe('the outbox', () => {
  it('sends due messages to a real SMTP server, and retries with backoff when the server is down', async () => {
    const received: { to: string[]; data: string }[] = []
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          received.push({
            to: session.envelope.rcptTo.map((address) => address.address),
            data: Buffer.concat(chunks).toString('utf8'),
          })
          callback()
        })
      },
    })
    server.listen(0, '127.0.0.1')
    await once(server.server, 'listening')
    const port = (server.server.address() as AddressInfo).port
    try {
      const submitted = await submit({ proposerEmail: `sink-${word()}@example.org` })
      // The database is shared by the whole run: the messages of every earlier test are due too. One
      // pooled connection sends them all, batch after batch, until nothing is due.
      const transport = nodemailer.createTransport({
        host: '127.0.0.1',
        port,
        secure: false,
        ignoreTLS: true,
        pool: true,
        maxConnections: 1,
        maxMessages: Infinity,
      })
      let sent = 0
      for (let report = { sent: 1 }; report.sent > 0; sent += report.sent) {
        report = await sendPendingMessages({ transport, from: 'noreply@portal.example', batch: 1_000 })
      }
      expect(sent).toBeGreaterThan(0)
      const mine = await db().outboxMessage.findMany({
        where: { proposalId: submitted.id },
        select: { recipient: true, status: true, sentAt: true, attempts: true },
      })
      expect(
        mine.every((message) => message.status === 'SENT' && message.sentAt !== null && message.attempts === 1),
      ).toBe(true)
      const receipt = received.find((message) => message.to.some((to) => to.startsWith('sink-')))
      expect(receipt?.data).toContain('Subject: Propuesta P-')
      transport.close()
    } finally {
      server.close()
    }

    // The server is gone: the next message fails, stays pending, and waits before its next attempt.
    const failing = await submit({ proposerEmail: `down-${word()}@example.org` })
    const dead = nodemailer.createTransport({
      host: '127.0.0.1',
      port,
      secure: false,
      ignoreTLS: true,
      connectionTimeout: 2_000,
    })
    const now = new Date()
    await sendPendingMessages({ transport: dead, from: 'noreply@portal.example', now, batch: 1_000 })
    const retried = await db().outboxMessage.findFirstOrThrow({
      where: { proposalId: failing.id, recipient: { startsWith: 'down-' } },
      select: { status: true, attempts: true, lastError: true, nextAttemptAt: true },
    })
    expect(retried).toMatchObject({ status: 'PENDING', attempts: 1 })
    expect(retried.lastError).toBeTruthy()
    expect(retried.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(now.getTime() + 60_000)
    // Not due yet: a second run leaves it alone.
    await sendPendingMessages({ transport: dead, from: 'noreply@portal.example', now, batch: 1_000 })
    expect(
      (
        await db().outboxMessage.findFirstOrThrow({
          where: { proposalId: failing.id, recipient: { startsWith: 'down-' } },
          select: { attempts: true },
        })
      ).attempts,
    ).toBe(1)
  }, 180_000)
})

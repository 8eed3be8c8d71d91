// The outbox (issue 15; docs/decisions/017): every message the portal sends is first a row, written in
// the transaction of the change it tells about, so a rolled-back change sends nothing and a committed one
// is never forgotten. sendPendingMessages() delivers them (with SMTP_URL set) and retries with backoff.
import 'server-only'
import type { Transporter } from 'nodemailer'
import { db } from '../db'
import type { Prisma } from '../generated/prisma/client'

type Tx = Prisma.TransactionClient

export type OutboxDraft = { recipient: string; subject: string; body: string; proposalId?: number | null }

/** Records messages inside the caller's transaction. */
export async function enqueueMessages(tx: Tx, messages: OutboxDraft[]): Promise<void> {
  if (messages.length === 0) return
  await tx.outboxMessage.createMany({
    data: messages.map((message) => ({
      recipient: message.recipient,
      subject: message.subject,
      body: message.body,
      proposalId: message.proposalId ?? null,
    })),
  })
}

/** After this many failed attempts a message is FAILED and left for an admin to read. */
export const MAX_ATTEMPTS = 8
/** How long a claimed message is invisible to other workers while this one sends it. */
const CLAIM_MS = 5 * 60_000

/** 1 min, 2 min, 4 min … capped at an hour: a mail server that is down is not hammered. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000)
}

export type SendReport = { sent: number; failed: number; gaveUp: number }

/**
 * Sends the messages that are due, oldest first. Each is claimed with FOR UPDATE SKIP LOCKED (several
 * instances may run the worker) and pushed CLAIM_MS into the future while it is sent, so a crash in the
 * middle only delays it.
 */
export async function sendPendingMessages({
  transport,
  from,
  now = new Date(),
  batch = 20,
}: {
  transport: Pick<Transporter, 'sendMail'>
  from: string
  now?: Date
  batch?: number
}): Promise<SendReport> {
  const claimed = await db().$queryRaw<
    { id: number; recipient: string; subject: string; body: string; attempts: number }[]
  >`
    UPDATE "OutboxMessage" SET "nextAttemptAt" = ${new Date(now.getTime() + CLAIM_MS)}
    WHERE "id" IN (
      SELECT "id" FROM "OutboxMessage"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}
      ORDER BY "id" LIMIT ${batch}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "recipient", "subject", "body", "attempts"`
  const report: SendReport = { sent: 0, failed: 0, gaveUp: 0 }
  for (const message of claimed.sort((a, b) => a.id - b.id)) {
    const attempts = message.attempts + 1
    try {
      await transport.sendMail({ from, to: message.recipient, subject: message.subject, text: message.body })
      await db().outboxMessage.update({
        where: { id: message.id },
        data: { status: 'SENT', attempts, sentAt: new Date(), lastError: null },
      })
      report.sent += 1
    } catch (error) {
      const gaveUp = attempts >= MAX_ATTEMPTS
      await db().outboxMessage.update({
        where: { id: message.id },
        data: {
          status: gaveUp ? 'FAILED' : 'PENDING',
          attempts,
          lastError: (error instanceof Error ? error.message : String(error)).slice(0, 1_000),
          nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
        },
      })
      if (gaveUp) report.gaveUp += 1
      else report.failed += 1
    }
  }
  return report
}

// The background loop of a running server (started from instrumentation.ts): sends the outbox when
// SMTP_URL is set, and purges proposers' personal data past the retention period. Every instance may
// run it: sending claims rows with SKIP LOCKED, and the purge is idempotent.
import 'server-only'
import { purgeProposalPersonalData } from '../proposals/mutations'
import { sendPendingMessages } from './mutations'
import { mailFrom, smtpTransport } from './transport'

const SEND_EVERY_MS = 30_000
const PURGE_EVERY_MS = 60 * 60_000

const globalForWorker = globalThis as unknown as { __crmOutboxWorker?: boolean }

export function startBackgroundJobs(): void {
  if (globalForWorker.__crmOutboxWorker) return
  globalForWorker.__crmOutboxWorker = true
  const transport = smtpTransport()
  const run = (name: string, job: () => Promise<unknown>) => () => {
    job().catch((error: unknown) => console.error(`[${name}]`, error instanceof Error ? error.message : error))
  }
  if (transport) {
    const send = run('outbox', () => sendPendingMessages({ transport, from: mailFrom() }))
    setInterval(send, SEND_EVERY_MS).unref()
    send()
  }
  const purge = run('proposals-purge', () => purgeProposalPersonalData())
  setInterval(purge, PURGE_EVERY_MS).unref()
  purge()
}

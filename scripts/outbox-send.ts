// `npm run outbox:send`: sends the outbox's due messages once through SMTP_URL (e.g. from cron, for an
// instance that runs no server). Without SMTP_URL it says so and sends nothing.
import { EnvError, loadDotEnvFile } from '../lib/env'
import { describeStartupError } from '../lib/startup-errors'

async function main() {
  loadDotEnvFile()
  const { sendPendingMessages } = await import('../lib/outbox/mutations')
  const { mailFrom, smtpTransport } = await import('../lib/outbox/transport')
  const transport = smtpTransport()
  if (!transport) {
    console.info('SMTP_URL is not set: nothing is sent (admins read the outbox in the workspace).')
    return
  }
  const report = await sendPendingMessages({ transport, from: mailFrom(), batch: 200 })
  transport.close()
  console.info(`Sent ${report.sent}; failed ${report.failed} (will retry); gave up on ${report.gaveUp}.`)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof EnvError ? error.message : describeStartupError(error))
    process.exit(1)
  },
)

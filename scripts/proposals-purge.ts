// `npm run proposals:purge`: deletes the proposer's personal data of proposals closed more than
// PROPOSAL_RETENTION_DAYS ago (docs/decisions/017). The running server also does it every hour.
import { EnvError, loadDotEnvFile } from '../lib/env'
import { describeStartupError } from '../lib/startup-errors'

async function main() {
  loadDotEnvFile()
  const { purgeProposalPersonalData } = await import('../lib/proposals/mutations')
  let total = 0
  // At most 1,000 proposals per pass: repeat until none is due.
  for (;;) {
    const { purged } = await purgeProposalPersonalData()
    total += purged
    if (purged === 0) break
  }
  console.info(`Deleted the personal data of ${total} closed proposal(s).`)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof EnvError ? error.message : describeStartupError(error))
    process.exit(1)
  },
)

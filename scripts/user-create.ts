// `npm run user:create -- --email <e> --role admin|editor [--name <n>]`: creates a workspace user.
// Prints a generated password once, or takes the password from standard input when it is not a
// terminal (`echo 'a long passphrase' | npm run user:create -- …`). This is how the first admin is made.
import { createPrismaClient, openConnection } from '../lib/db'
import { EnvError, loadDotEnvFile } from '../lib/env'
import { prepareDatabase } from '../lib/migrations/prepare'
import { describeStartupError } from '../lib/startup-errors'
import { CliError, runUserCreate } from '../lib/users/cli'

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer))
  // One trailing newline (from echo) is not part of the password.
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '')
}

async function main() {
  loadDotEnvFile()
  const argv = process.argv.slice(2)
  const password = process.stdin.isTTY ? undefined : await readStdin()
  // A fresh database gets its schema first (the same step as `npm start`; the seed is left to it).
  await prepareDatabase({ seed: 'never' })
  const connection = openConnection()
  const prisma = createPrismaClient(connection)
  try {
    const result = await runUserCreate(prisma, { argv, password: password === '' ? undefined : password })
    console.info(`Created ${result.role} ${result.email}.`)
    if (result.generatedPassword) {
      console.info(`Password (shown only this once; store it in a password manager): ${result.generatedPassword}`)
    }
  } finally {
    await prisma.$disconnect()
    await connection.close()
  }
}

main().catch((error: unknown) => {
  if (error instanceof CliError || error instanceof EnvError) console.error(error.message)
  else console.error(`user:create failed: ${describeStartupError(error)}`)
  process.exit(1)
})

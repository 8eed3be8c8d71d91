// `npm run db:seed`: loads content/ into the configured database (idempotent; see lib/content/seed.ts).
import { ContentError, loadContent } from '../lib/content/load'
import { seedDatabase } from '../lib/content/seed'
import { createPrismaClient, openConnection } from '../lib/db'
import { EnvError, loadDotEnvFile } from '../lib/env'
import { describeStartupError } from '../lib/startup-errors'

async function main() {
  loadDotEnvFile()
  const content = loadContent()
  const connection = openConnection()
  const prisma = createPrismaClient(connection)
  try {
    const report = await seedDatabase(prisma, content)
    console.info(
      `Seeded: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged` +
        (report.keptEdited.length ? `; kept ${report.keptEdited.length} practice(s) edited by the secretariat` : ''),
    )
  } finally {
    await prisma.$disconnect()
    await connection.close()
  }
}

main().catch((error: unknown) => {
  if (error instanceof ContentError || error instanceof EnvError) console.error(error.message)
  else console.error(`Seed failed: ${describeStartupError(error)}`)
  process.exit(1)
})

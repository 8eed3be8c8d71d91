// Turns the errors a misconfigured or unreachable database raises into one human line.
export function describeStartupError(error: unknown): string {
  const err = error as { code?: string; message?: string; cause?: unknown; name?: string }
  const code = err?.code ?? (err?.cause as { code?: string } | undefined)?.code
  const message = String(err?.message ?? error)
  switch (code) {
    // Prisma's own codes for the same failures.
    case 'P1001':
      return 'the database server cannot be reached (is PostgreSQL running at DATABASE_URL?)'
    case 'P1000':
      return 'the database rejected the user name or password in DATABASE_URL'
    case 'P1002':
      return 'the database did not answer in time (check DATABASE_URL and the network)'
    case 'P1003':
      return 'the database named in DATABASE_URL does not exist'
    case 'ECONNREFUSED':
      return 'the database refused the connection (is PostgreSQL running at DATABASE_URL?)'
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the database host in DATABASE_URL cannot be resolved'
    case 'ETIMEDOUT':
      return 'the database did not answer in time (check DATABASE_URL and the network)'
    case '28P01':
    case '28000':
      return 'the database rejected the user name or password in DATABASE_URL'
    case '3D000':
      return 'the database named in DATABASE_URL does not exist'
  }
  if (/Can't reach database server/i.test(message)) {
    return 'the database server cannot be reached (is PostgreSQL running at DATABASE_URL?)'
  }
  if (/authentication failed/i.test(message)) return 'the database rejected the user name or password in DATABASE_URL'
  if (/timeout/i.test(message)) return 'the database did not answer in time (check DATABASE_URL)'
  if (/ECONNREFUSED/.test(message))
    return 'the database refused the connection (is PostgreSQL running at DATABASE_URL?)'
  // One line, never a stack trace: Prisma puts the cause on the last line, others on the first.
  const lines = message
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  const prismaStyle = /invocation/.test(lines[0] ?? '')
  return (prismaStyle ? lines[lines.length - 1] : lines[0]) ?? 'unknown error'
}

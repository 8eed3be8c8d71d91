export function createDatabaseProbe(
  databaseUrl: string | undefined,
  options?: { timeoutMs?: number; rememberMs?: number },
): () => Promise<boolean>

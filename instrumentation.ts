// Fails fast, in one line, when the environment is misconfigured (lib/env.ts), then listens for other
// instances' cache invalidations (lib/cache/fan-out.ts). Node.js only: the imports sit inside the
// NEXT_RUNTIME test so the Edge build leaves them out.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { parseEnv, EnvError } = await import('./lib/env')
    try {
      parseEnv()
    } catch (error) {
      if (error instanceof EnvError) {
        console.error(error.message)
        process.exit(1)
      }
      throw error
    }
    // Not during `next build`: the build reads no database.
    if (process.env.NEXT_PHASE !== 'phase-production-build') {
      const { startCacheFanOut } = await import('./lib/cache/fan-out')
      await startCacheFanOut()
      // The outbox (sent only when SMTP_URL is set) and the proposals' retention purge (docs/decisions/017).
      const { startBackgroundJobs } = await import('./lib/outbox/worker')
      startBackgroundJobs()
    }
  }
}

// Fails fast, in one line, when the environment is misconfigured (lib/env.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
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
}

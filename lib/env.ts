// Every environment variable the portal reads, parsed once. A bad value stops start-up with a
// one-line message naming the variable (see scripts/start.ts and instrumentation.ts).
import { z } from 'zod'

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional()

const postgresUrl = optionalString.pipe(
  z
    .string()
    .refine((value) => {
      try {
        const url = new URL(value)
        return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== ''
      } catch {
        return false
      }
    }, 'must be a postgresql:// URL, e.g. postgresql://user:password@localhost:5432/crm')
    .optional(),
)

export const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** PostgreSQL connection URL. Unset → the embedded PGlite database. */
  DATABASE_URL: postgresUrl,
  /** Where the embedded database lives when DATABASE_URL is unset; `memory://` keeps it in memory. */
  PGLITE_DATA_DIR: optionalString.default('.data/pglite'),
  /** The public origin of the site, used for canonical links, feeds and the sitemap. */
  SITE_URL: optionalString
    .pipe(z.url({ protocol: /^https?$/, message: 'must be an http(s) URL, e.g. https://portal.example.org' }).optional())
    .default('http://localhost:3000'),
  /** Log level for server logs. */
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /**
   * Signs the session cookies (better-auth). Required in production, at least 32 characters; in
   * development and tests a random per-process value is used when unset (lib/auth/auth.ts).
   */
  BETTER_AUTH_SECRET: optionalString.pipe(
    z.string().min(32, 'must be at least 32 characters, e.g. the output of `openssl rand -base64 32`').optional(),
  ),
}).superRefine((value, ctx) => {
  if (value.NODE_ENV === 'production' && !value.BETTER_AUTH_SECRET) {
    ctx.addIssue({
      code: 'custom',
      path: ['BETTER_AUTH_SECRET'],
      message: 'is required in production (at least 32 characters, e.g. `openssl rand -base64 32`)',
    })
  }
})

export type Env = z.infer<typeof EnvSchema>

export class EnvError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'EnvError'
  }
}

/** Parses an environment; throws EnvError with a one-line message naming each bad variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = EnvSchema.safeParse(source)
  if (result.success) return result.data
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`)
  throw new EnvError(`Invalid configuration: ${problems.join('; ')}`)
}

let cached: Env | undefined

/** The parsed environment of this process (parsed on first use). */
export function env(): Env {
  cached ??= parseEnv()
  return cached
}

/** Command-line scripts read .env like Next does for the app (variables already set win). */
export function loadDotEnvFile(file = '.env'): void {
  try {
    process.loadEnvFile(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
}

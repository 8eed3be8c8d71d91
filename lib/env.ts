// Every environment variable the portal reads, parsed once. A bad value stops start-up with a
// one-line message naming the variable (see scripts/start.ts and instrumentation.ts).
import { z } from 'zod'
import { parseTrustProxy, trustProxyProblem } from './auth/trust-proxy.mjs'

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
    }, 'must be a postgresql:// URL (postgresql://USER:PASSWORD@HOST:5432/DATABASE)')
    .optional(),
)

export const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /** PostgreSQL connection URL. Unset → the embedded PGlite database. */
    DATABASE_URL: postgresUrl,
    /** Where the embedded database lives when DATABASE_URL is unset; `memory://` keeps it in memory. */
    PGLITE_DATA_DIR: optionalString.default('.data/pglite'),
    /**
     * The public origin of the site, used for canonical links, citations, feeds, exports, the sitemap and
     * password-reset links. Unset → http://localhost:$PORT, allowed only where that is the truth (see
     * siteUrlProblem below).
     */
    SITE_URL: optionalString.pipe(
      z.url({ protocol: /^https?$/, message: 'must be an http(s) URL, e.g. https://portal.example.org' }).optional(),
    ),
    /** The interface `npm start` binds to (scripts/start.ts defaults it to loopback). */
    HOSTNAME: optionalString,
    /** The port `npm start` serves on. */
    PORT: optionalString
      .pipe(
        z
          .string()
          .regex(/^\d{1,5}$/, 'must be a port number, e.g. 3000')
          .transform(Number)
          .optional(),
      )
      .default(3000),
    /**
     * Which reverse proxies to believe about the client's address and scheme (X-Forwarded-For/-Proto):
     * unset/`false`/`0` → none; a number → that many hops; otherwise a comma-separated list of addresses
     * or CIDR ranges (lib/auth/trust-proxy.ts).
     */
    TRUST_PROXY: optionalString,
    /** Log level for server logs. */
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
    /**
     * Signs the session cookies (better-auth). Required in production, at least 32 characters; in
     * development and tests a random per-process value is used when unset (lib/auth/auth.ts).
     */
    BETTER_AUTH_SECRET: optionalString.pipe(
      z.string().min(32, 'must be at least 32 characters, e.g. the output of `openssl rand -base64 32`').optional(),
    ),
    /** smtp:// or smtps:// URL of the mail server the outbox sends through; unset → admins read the outbox. */
    SMTP_URL: optionalString.pipe(
      z.url({ protocol: /^smtps?$/, message: 'must be an smtp:// or smtps:// URL' }).optional(),
    ),
    /** The sender of the portal's emails; unset → noreply@ the SITE_URL's host. */
    MAIL_FROM: optionalString.pipe(z.email({ message: 'must be an email address' }).optional()),
    /** Days the proposer's personal data is kept after a proposal is closed (docs/decisions/017). */
    PROPOSAL_RETENTION_DAYS: optionalString
      .pipe(
        z
          .string()
          .regex(/^\d{1,5}$/, 'must be a number of days')
          .transform(Number)
          .optional(),
      )
      .default(180),
    /** New proposals accepted per 24 hours while unmoderated; past it the form says to come back later. */
    PROPOSAL_DAILY_CAP: optionalString
      .pipe(
        z
          .string()
          .regex(/^\d{1,6}$/, 'must be a number')
          .transform(Number)
          .optional(),
      )
      .default(100),
  })
  .superRefine((value, ctx) => {
    if (value.NODE_ENV === 'production' && !value.BETTER_AUTH_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['BETTER_AUTH_SECRET'],
        message: 'is required in production (at least 32 characters, e.g. `openssl rand -base64 32`)',
      })
    }
    const trustProblem = trustProxyProblem(value.TRUST_PROXY)
    if (trustProblem) ctx.addIssue({ code: 'custom', path: ['TRUST_PROXY'], message: trustProblem })
    const siteProblem = siteUrlProblem(value)
    if (siteProblem) ctx.addIssue({ code: 'custom', path: ['SITE_URL'], message: siteProblem })
  })
  .transform(({ SITE_URL, ...rest }) => ({ ...rest, SITE_URL: SITE_URL ?? defaultSiteUrl(rest.PORT) }))

export type Env = z.output<typeof EnvSchema>

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]'])

/** Whether the portal is reachable only from this machine (so http://localhost:$PORT is its real origin). */
export function isLoopbackHost(host: string | undefined): boolean {
  return host !== undefined && LOOPBACK_HOSTS.has(host.toLowerCase())
}

export function defaultSiteUrl(port: number): string {
  return `http://localhost:${port}`
}

/**
 * The rule that keeps a wrong origin out of every page, feed, export and email: SITE_URL may be left
 * unset only where http://localhost:$PORT is true — outside production, or in production bound to a
 * loopback address with no reverse proxy declared. Anything else (bound to 0.0.0.0, a host name, or
 * behind a trusted proxy) must say its public origin.
 */
function siteUrlProblem(value: {
  NODE_ENV: string
  SITE_URL?: string
  HOSTNAME?: string
  TRUST_PROXY?: string
}): string | undefined {
  if (value.SITE_URL || value.NODE_ENV !== 'production') return undefined
  if (!isLoopbackHost(value.HOSTNAME)) {
    const where = value.HOSTNAME ? `HOSTNAME=${value.HOSTNAME}` : 'every interface (HOSTNAME unset)'
    return `is required when serving on ${where}: set it to the public origin, e.g. https://portal.example.org`
  }
  if (trustProxyProblem(value.TRUST_PROXY) === undefined && parseTrustProxy(value.TRUST_PROXY).kind !== 'none') {
    return 'is required behind a reverse proxy (TRUST_PROXY is set): set it to the public origin, e.g. https://portal.example.org'
  }
  return undefined
}

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

// The better-auth instance: email + password, sessions in the database (docs/decisions/005).
// Sign-in, sign-out and password resets from the UI go through lib/auth/sign-in.ts and the server
// actions (the per-account and per-IP limiter and the audit log run there); the HTTP handler at
// /api/auth/* only serves a small allow-list (app/api/auth/[...all]/route.ts).
import 'server-only'
import { randomBytes } from 'node:crypto'
import { betterAuth } from 'better-auth'
import { prismaAdapter } from 'better-auth/adapters/prisma'
import { nextCookies } from 'better-auth/next-js'
import { db } from '@/lib/db'
import { env } from '@/lib/env'
import { canHoldSession } from './queries'
import { CLIENT_IP_HEADER } from './trust-proxy.mjs'
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/users/schemas'

/** A session lasts a week and is extended once a day while it is used. */
const SESSION_EXPIRES_IN = 60 * 60 * 24 * 7
const SESSION_UPDATE_AGE = 60 * 60 * 24

const globalForSecret = globalThis as unknown as { __crmAuthSecret?: string }

/** BETTER_AUTH_SECRET, or (development and tests only) a random value for this process. */
export function authSecret(): string {
  const configured = env().BETTER_AUTH_SECRET
  if (configured) return configured
  if (!globalForSecret.__crmAuthSecret) {
    console.warn(
      '[auth] BETTER_AUTH_SECRET is not set: using a random secret for this process (sessions end on restart).',
    )
    globalForSecret.__crmAuthSecret = randomBytes(32).toString('base64')
  }
  return globalForSecret.__crmAuthSecret
}

function createAuth() {
  const { SITE_URL } = env()
  // Served over https: Secure cookies (with the __Secure- prefix). Behind a TLS-terminating proxy with
  // an http SITE_URL, scripts/serve.mjs adds Secure per request when the trusted proxy says https.
  const secureCookies = SITE_URL.startsWith('https:')
  return betterAuth({
    appName: 'CRM',
    baseURL: SITE_URL,
    basePath: '/api/auth',
    secret: authSecret(),
    trustedOrigins: [new URL(SITE_URL).origin],
    database: prismaAdapter(db(), { provider: 'postgresql', transaction: true }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      revokeSessionsOnPasswordReset: true,
    },
    user: {
      additionalFields: {
        role: { type: 'string', required: false, defaultValue: 'editor', input: false },
        disabledAt: { type: 'date', required: false, input: false },
      },
    },
    session: {
      modelName: 'authSession',
      expiresIn: SESSION_EXPIRES_IN,
      updateAge: SESSION_UPDATE_AGE,
      // No cookie cache: every request reads the session row, so deleting it (sign-out everywhere,
      // disabling a user) ends the session at once.
      cookieCache: { enabled: false },
    },
    rateLimit: {
      enabled: true,
      storage: 'database',
      modelName: 'rateLimit',
      window: 60,
      max: 100,
      customRules: {
        '/sign-in/*': { window: 60, max: 5 },
        '/get-session': { window: 60, max: 300 },
      },
    },
    advanced: {
      useSecureCookies: secureCookies,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure: secureCookies, path: '/' },
      // Only the address scripts/serve.mjs worked out (TRUST_PROXY), never a client's X-Forwarded-For.
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
    databaseHooks: {
      session: {
        create: {
          // Defence in depth: a disabled user never gets a session, whatever path asked for one.
          before: async (session) => {
            if (!(await canHoldSession(session.userId))) return false
            return { data: session }
          },
        },
      },
    },
    telemetry: { enabled: false },
    // nextCookies must be the last plugin: it copies better-auth's Set-Cookie headers into Next's cookies().
    plugins: [nextCookies()],
  })
}

export type Auth = ReturnType<typeof createAuth>

const globalForAuth = globalThis as unknown as { __crmAuth?: Auth }

/** The process's better-auth instance, created on first use (never at build time). */
export function auth(): Auth {
  globalForAuth.__crmAuth ??= createAuth()
  return globalForAuth.__crmAuth
}

// Shared by the accounts tests: users with known passwords, and sign-in from "a browser".
import { randomBytes } from 'node:crypto'
import { signInWithPassword } from '@/lib/auth/mutations'
import type { CurrentUser, Role } from '@/lib/auth/session'
import { db } from '@/lib/db'
import { createUserWithPassword } from '@/lib/users/cli'

export const unique = () => randomBytes(6).toString('hex')

/** A different client IP for each test, so the per-IP limit of one test never touches another. */
export const uniqueIp = () => `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]}`

export async function makeUser(role: Role, name = `${role} ${unique()}`): Promise<CurrentUser & { password: string }> {
  const password = `pass-${randomBytes(12).toString('hex')}`
  const user = await createUserWithPassword(db(), {
    input: { email: `${role}-${unique()}@example.org`, name, role },
    password,
  })
  return { id: user.id, email: user.email, name: user.name, role, password }
}

/** Headers of a request from `ip`, with the cookies of a sign-in response when given. */
export function requestHeaders(ip: string, setCookie: string[] = []): Headers {
  const headers = new Headers({ 'x-crm-client-ip': ip, 'user-agent': 'vitest' })
  const cookie = setCookie.map((line) => line.split(';')[0]).join('; ')
  if (cookie) headers.set('cookie', cookie)
  return headers
}

export async function signIn(email: string, password: string, ip = uniqueIp()) {
  return signInWithPassword({ email, password, ip, headers: requestHeaders(ip) })
}

/** The cookie headers of a signed-in browser of `user`. */
export async function signedInHeaders(user: { email: string; password: string }): Promise<Headers> {
  const ip = uniqueIp()
  const result = await signIn(user.email, user.password, ip)
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`)
  return requestHeaders(ip, result.setCookie)
}

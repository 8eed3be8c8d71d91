// The core of `npm run user:create` (scripts/user-create.ts), importable by tests.
import { hashPassword } from 'better-auth/crypto'
import type { PrismaClient } from '@/lib/generated/prisma/client'
import { isAppError } from '@/lib/errors'
import { createUserRow, generatePassword } from './records'
import { CliUserInputSchema, PasswordSchema, type UserCreateInput } from './schemas'

export const USAGE =
  'usage: npm run user:create -- --email <email> --role admin|editor [--name <name>]  (a password on standard input is used instead of a generated one)'

export class CliError extends Error {}

/** Parses `--email e --role r [--name n]` (also `--email=e`). */
export function parseUserCreateArgs(argv: readonly string[]) {
  const options: Record<string, string> = {}
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? ''
    const match = /^--(email|role|name)(?:=(.*))?$/.exec(arg)
    if (!match?.[1]) throw new CliError(`unknown argument ${JSON.stringify(arg)}\n${USAGE}`)
    const value = match[2] ?? argv[(index += 1)]
    if (value === undefined) throw new CliError(`--${match[1]} needs a value\n${USAGE}`)
    options[match[1]] = value
  }
  const parsed = CliUserInputSchema.safeParse(options)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${cliMessage(issue.message)}`)
    throw new CliError(`${problems.join('; ')}\n${USAGE}`)
  }
  return parsed.data
}

function cliMessage(key: string): string {
  const messages: Record<string, string> = {
    emailRequired: 'required',
    emailInvalid: 'not a valid email address',
    roleInvalid: 'must be admin or editor',
  }
  return messages[key] ?? key
}

/**
 * Creates the user. Without `password` one is generated and returned (to print once); with one,
 * it must be 12–128 characters.
 */
export async function runUserCreate(
  prisma: PrismaClient,
  { argv, password }: { argv: readonly string[]; password?: string },
): Promise<{ email: string; role: string; generatedPassword: string | null }> {
  const input = parseUserCreateArgs(argv)
  let chosen = password
  if (chosen !== undefined) {
    const checked = PasswordSchema.safeParse(chosen)
    if (!checked.success) {
      throw new CliError(
        checked.error.issues[0]?.message === 'passwordTooLong'
          ? 'the password from standard input is longer than 128 characters'
          : 'the password from standard input must be at least 12 characters long',
      )
    }
  }
  const generated = chosen === undefined ? generatePassword() : null
  chosen ??= generated ?? ''
  try {
    const user = await createUserWithPassword(prisma, {
      input: { email: input.email, role: input.role, name: input.name ?? input.email.split('@')[0] ?? input.email },
      password: chosen,
    })
    return { email: user.email, role: user.role, generatedPassword: generated }
  } catch (error) {
    if (isAppError(error, 'CONFLICT')) {
      throw new CliError(`a user with the email ${input.email} already exists`)
    }
    throw error
  }
}

/**
 * Creates a user with a password (the bootstrap of the first admin). The audit entry has no actor;
 * it says it came from the command line.
 */
export async function createUserWithPassword(
  prisma: PrismaClient,
  { input, password }: { input: UserCreateInput; password: string },
) {
  const passwordHash = await hashPassword(password)
  return prisma.$transaction(async (tx) => {
    return createUserRow(tx, input, passwordHash, 'command line')
  })
}

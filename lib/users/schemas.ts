// The shapes of the accounts domain at its boundaries (forms, the command line). Error messages are
// keys of the "Users.errors" / "SignIn.errors" message namespaces, translated by the actions.
import { z } from 'zod'
import { withoutControlCharacters } from '../input-text'

export const ROLE_VALUES = ['admin', 'editor'] as const
export const RoleSchema = z.enum(ROLE_VALUES, { error: 'roleInvalid' })

export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 128

const email = z
  .string({ error: 'emailRequired' })
  .trim()
  .toLowerCase()
  .min(1, { error: 'emailRequired' })
  .max(254, { error: 'emailInvalid' })
  .pipe(z.email({ error: 'emailInvalid' }))

export const EmailSchema = email

export const PasswordSchema = z
  .string({ error: 'passwordRequired' })
  .min(MIN_PASSWORD_LENGTH, { error: 'passwordTooShort' })
  .max(MAX_PASSWORD_LENGTH, { error: 'passwordTooLong' })

export const UserIdSchema = z.string().transform(withoutControlCharacters).pipe(z.string().trim().min(1).max(100))

export const UserCreateInputSchema = z.object({
  email,
  name: z
    .string({ error: 'nameRequired' })
    .transform(withoutControlCharacters)
    .pipe(z.string().trim().min(1, { error: 'nameRequired' }).max(120, { error: 'nameTooLong' })),
  role: RoleSchema,
})
export type UserCreateInput = z.infer<typeof UserCreateInputSchema>

export const UserRoleInputSchema = z.object({ userId: UserIdSchema, role: RoleSchema })
export type UserRoleInput = z.infer<typeof UserRoleInputSchema>

export const UserDisabledInputSchema = z.object({
  userId: UserIdSchema,
  disabled: z.enum(['true', 'false']).transform((value) => value === 'true'),
})
export type UserDisabledInput = z.infer<typeof UserDisabledInputSchema>

export const SignInInputSchema = z.object({
  email,
  // Any length: the check is the password itself (a short one simply does not match).
  password: z
    .string({ error: 'passwordRequired' })
    .min(1, { error: 'passwordRequired' })
    .max(MAX_PASSWORD_LENGTH * 4),
  next: z.string().optional(),
})
export type SignInInput = z.infer<typeof SignInInputSchema>

/** A reset token: 43 URL-safe base64 characters (32 random bytes). */
export const ResetTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/)

export const PasswordResetInputSchema = z
  .object({
    token: ResetTokenSchema,
    password: PasswordSchema,
    confirmation: z.string({ error: 'confirmationMismatch' }),
  })
  .refine((value) => value.password === value.confirmation, { path: ['confirmation'], error: 'confirmationMismatch' })
export type PasswordResetInput = z.infer<typeof PasswordResetInputSchema>

/** Command-line input of `npm run user:create`. */
export const CliUserInputSchema = z.object({
  email,
  role: RoleSchema,
  name: z.string().trim().min(1).max(120).optional(),
})

// The one shape a form's server action returns, and the translation of zod issues into it.
// Used by every form's server action (accounts, users, follow-up, import, the practice editor).
import type { z } from 'zod'

export type FieldErrors = Record<string, string>

/** null before the first submission. */
export type FormState<Data = undefined> =
  | null
  | { ok: true; data: Data }
  | {
      ok: false
      fieldErrors: FieldErrors
      formError?: string
      /** What the user typed (never passwords), so the form can show it again. */
      values: Record<string, string>
    }

/** The non-secret text fields of a submitted form, to give back to the form on an error. */
export function formValues(formData: FormData, keep: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {}
  for (const key of keep) {
    const value = formData.get(key)
    if (typeof value === 'string') values[key] = value
  }
  return values
}

/** The first issue per field, its message (a message key) translated. */
export function translateIssues(error: z.ZodError, translate: (key: string) => string): FieldErrors {
  const fieldErrors: FieldErrors = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '_form')
    if (!fieldErrors[field]) fieldErrors[field] = translate(issue.message)
  }
  return fieldErrors
}

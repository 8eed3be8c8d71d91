// The repeated part of every form action's error handling: a translator that falls back to the
// namespace's generic error, and one mapping from AppError codes to message keys.
import { getTranslations } from 'next-intl/server'
import type { AppError, AppErrorCode } from '@/lib/errors'

export type Translate = (key: string) => string

/** The message namespaces whose `errors` object the form actions read. */
export type ErrorNamespace = 'PracticeEditor' | 'Users' | 'FollowUp' | 'SignIn'

/** `errors.<key>` of the namespace; an unknown key reads as `errors.generic`. */
export async function translator(namespace: ErrorNamespace): Promise<Translate> {
  const t = await getTranslations(namespace)
  return (key: string) => {
    const path = `errors.${key}` as Parameters<typeof t>[0]
    return t.has(path) ? t(path) : t('errors.generic' as Parameters<typeof t>[0])
  }
}

const KEY_BY_CODE: Partial<Record<AppErrorCode, string>> = {
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'notFound',
}

/**
 * The message key of a domain error: the code's own key, else the `reason` the mutation gave in its
 * details, else `generic`. `overrides` gives a form its own key for a code (e.g. CONFLICT).
 */
export function appErrorKey(error: AppError, overrides: Partial<Record<AppErrorCode, string>> = {}): string {
  const reason = (error.details as { reason?: unknown } | undefined)?.reason
  return overrides[error.code] ?? KEY_BY_CODE[error.code] ?? (typeof reason === 'string' ? reason : 'generic')
}

// Where to go after signing in: only a path on this site (never "//host" or "https://…"),
// so the sign-in page cannot be used as an open redirect.
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== 'string') return null
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null
  if (value.length > 500 || /[\u0000-\u001f]/.test(value)) return null
  return value
}

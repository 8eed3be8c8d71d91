// Where to go after signing in: only a path on this site (never "//host" or "https://…"),
// so the sign-in page cannot be used as an open redirect. Returned percent-encoded (ASCII only): a
// raw non-ASCII character in the Location header was a 500 after the session was already created.
const BASE = 'http://portal.invalid'

export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== 'string') return null
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null
  if (value.length > 500 || /[\u0000-\u001f\u007f]/.test(value)) return null
  let url: URL
  try {
    url = new URL(value, BASE)
  } catch {
    return null
  }
  if (url.origin !== BASE) return null
  const path = `${url.pathname}${url.search}${url.hash}`
  // After normalisation ("/./\\x", "/%2e%2e/…") it must still be a plain path on this site.
  if (path.startsWith('//') || path.startsWith('/\\') || path.length > 1_500) return null
  return path
}

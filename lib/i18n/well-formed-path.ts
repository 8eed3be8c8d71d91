// Whether a request path is safe to route: every segment decodes as UTF-8, and what it decodes to
// holds no "%" (which a second decoding would choke on) and no control characters. No route of the
// portal has a segment that needs either.
const FORBIDDEN_DECODED = /[%\u0000-\u001f\u007f]/

export function isWellFormedPath(pathname: string): boolean {
  try {
    return pathname.split('/').every((segment) => !FORBIDDEN_DECODED.test(decodeURIComponent(segment)))
  } catch {
    return false
  }
}

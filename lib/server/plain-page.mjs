// The few pages the serving process answers by itself, before or instead of Next: a submission too
// large, a server too busy, the database unreachable. Plain HTML in the path's language, from the
// RequestErrors messages, so they read like the portal even when the app cannot render.
import { readFileSync } from 'node:fs'

const MESSAGES = Object.fromEntries(
  ['es', 'en'].map((locale) => [
    locale,
    JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), 'utf8')),
  ]),
)

export const escapeHtml = (value) => String(value).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** The locale a request path belongs to: English under /en, Spanish (the default) otherwise. */
export function localeOfPath(url) {
  return String(url ?? '').split('/')[1] === 'en' ? 'en' : 'es'
}

/** One namespace of a locale's messages. */
export function messagesOf(locale, namespace) {
  return (MESSAGES[locale] ?? MESSAGES.es)[namespace]
}

/** The RequestErrors messages of a locale. */
export function requestErrors(locale) {
  return messagesOf(locale, 'RequestErrors')
}

/** A minimal, valid, self-contained page: a title, one paragraph and one link. */
export function plainPage({ locale, title, text, link }) {
  return (
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>` +
    `<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>` +
    `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></p></main></body></html>`
  )
}

/**
 * A 503 for a request the portal cannot serve right now, with Retry-After: `busy` (the queue is full)
 * or `database` (unreachable). Pages get the plain page in their language; the API gets problem JSON
 * in English, like its other errors (lib/open-data/problem.ts).
 */
export function unavailableResponse(url, { reason, retryAfterSeconds }) {
  const isApi = String(url ?? '').startsWith('/api/')
  const locale = isApi ? 'en' : localeOfPath(url)
  const t = requestErrors(locale)
  const title = reason === 'busy' ? t.busyTitle : t.unavailableTitle
  const text = reason === 'busy' ? t.busy : t.unavailable
  const body = isApi
    ? JSON.stringify({ type: 'about:blank', title, status: 503, detail: text })
    : plainPage({ locale, title, text, link: { href: String(url ?? '/').split('?')[0], text: t.retry } })
  return {
    status: 503,
    headers: {
      'Content-Type': isApi ? 'application/problem+json; charset=utf-8' : 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Retry-After': String(retryAfterSeconds),
    },
    body,
  }
}

/** Sends a response built here on a response nothing has been written to. */
export function sendResponse(req, res, { status, headers, body }) {
  res.writeHead(status, { ...headers, 'Content-Length': Buffer.byteLength(body) })
  res.end(req.method === 'HEAD' ? undefined : body)
}

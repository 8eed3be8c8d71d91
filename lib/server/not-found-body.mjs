// A 404 page that reads without JavaScript. Next 16 answers a notFound() thrown by a page under our
// [locale] root layout with status 404 and an empty document, `<html id="__next_error__">` with no
// lang and a generic title; the localised 404 (app/[locale]/not-found.tsx) only appears once the
// scripts run (vercel/next.js#62228, open). Until Next fixes it, the serving process fills that empty
// document in: the language, a "not found" title, and the same text and links as the React page.
// The scripts stay, and as the document is an error shell the browser app renders the full page over
// it (createRoot, not hydration), so nothing changes for a visitor with JavaScript.
import { gunzipSync, brotliDecompressSync, inflateSync } from 'node:zlib'
import { escapeHtml, localeOfPath, messagesOf } from './plain-page.mjs'

const EMPTY_ERROR_DOCUMENT = '<html id="__next_error__">'
const PRACTICES_PATH = { es: '/es/practicas', en: '/en/practices' }

function decoded(body, encoding) {
  if (encoding === 'gzip') return gunzipSync(body)
  if (encoding === 'br') return brotliDecompressSync(body)
  if (encoding === 'deflate') return inflateSync(body)
  return body
}

/**
 * The completed 404 document, or null when the response is not Next's empty error document (an API
 * 404, or a 404 that Next did render).
 * @param {{ url: string | undefined, contentType: unknown, contentEncoding: unknown, headers: Record<string, string> }} response
 * @param {Buffer} body
 */
export function completeNotFound({ url, contentType, contentEncoding }, body) {
  if (!String(contentType ?? '').startsWith('text/html')) return null
  let html
  try {
    html = decoded(body, String(contentEncoding ?? '')).toString('utf8')
  } catch {
    return null
  }
  if (!html.includes(EMPTY_ERROR_DOCUMENT)) return null
  const locale = localeOfPath(url)
  const t = messagesOf(locale, 'NotFound')
  const siteName = messagesOf(locale, 'Metadata').siteName
  const content =
    `<main id="main"><p>404</p><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.description)}</p><ul>` +
    `<li><a href="/${locale}">${escapeHtml(t.home)}</a></li><li><a href="${PRACTICES_PATH[locale]}">${escapeHtml(t.practices)}</a></li>` +
    `</ul></main>`
  const completed = html
    .replace(EMPTY_ERROR_DOCUMENT, `<html id="__next_error__" lang="${locale}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(`${t.metaTitle} · ${siteName}`)}</title>`)
    .replace(/<body([^>]*)>/, (open) => `${open}${content}`)
  // Only the body changes: the app's Cache-Control stays, so a shared cache replaces its copy of a page
  // that is gone (a no-store 404 would leave nginx serving the stale page).
  return { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: completed }
}

// The answer to a form submission larger than Next's server-action body limit (next.config.js,
// serverActions.bodySizeLimit: 3 MB): a 413 with a short page in the language of the path, instead of
// Next's bare 500. Forms check sizes in the browser first; this is for everyone else.
import en from '../../messages/en.json'
import es from '../../messages/es.json'

export const MAX_REQUEST_BYTES = 3 * 1024 * 1024

const MESSAGES = { es: es.RequestLimits, en: en.RequestLimits }

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

export function tooLargeResponse(pathname: string): Response {
  const locale = pathname.split('/')[1] === 'en' ? 'en' : 'es'
  const t = MESSAGES[locale]
  const body = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t.title)}</title></head><body><main><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.tooLarge)}</p><p><a href="${escapeHtml(pathname)}">${escapeHtml(t.back)}</a></p></main></body></html>`
  return new Response(body, { status: 413, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close' } })
}

// The answer the proxy gives a path that does not decode, before any page renders: a 400 page in the
// language of the path. Rendering it was a 500 (Next's param decoding and next-intl's usePathname both
// decode the visitor's URL, whatever the proxy rewrites it to). Its sibling for oversized submissions,
// the 413 page, is in scripts/serve.mjs (the proxy does not see a request's length).
import en from '../../messages/en.json'
import es from '../../messages/es.json'

const MESSAGES = { es: es.RequestErrors, en: en.RequestErrors }

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

function localeOf(pathname: string): 'es' | 'en' {
  return pathname.split('/')[1] === 'en' ? 'en' : 'es'
}

function page(
  status: number,
  locale: 'es' | 'en',
  title: string,
  text: string,
  link: { href: string; label: string },
): Response {
  const body =
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>` +
    `<p>${escapeHtml(text)}</p><p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p></main></body></html>`
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}

export function badPathResponse(pathname: string): Response {
  const locale = localeOf(pathname)
  const t = MESSAGES[locale]
  return page(400, locale, t.badPathTitle, t.badPath, { href: `/${locale}`, label: t.home })
}

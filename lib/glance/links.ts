// The URLs a picture links to: localised paths in the page, absolute URLs in a downloaded file (which
// has no page around it to resolve a path against).
import type { Locale } from 'next-intl'
import type { Href } from '@/components/forum/hrefs'
import { getPathname } from '@/i18n/navigation'

export function pictureLinks(locale: Locale, origin?: string): (href: Href) => string {
  return (href) => {
    // Link's href type is wider than getPathname's (a UrlObject query may be null); ours never is.
    const path = getPathname({ locale, href: href as Parameters<typeof getPathname>[0]['href'] })
    return origin ? new URL(path, origin).href : path
  }
}

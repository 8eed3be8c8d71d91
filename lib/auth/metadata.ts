// Metadata of the sign-in and workspace pages: the shared pageMetadata, never indexed.
import type { Metadata } from 'next'
import type { Locale } from 'next-intl'
import { pageMetadata, type PageHref } from '@/lib/i18n/metadata'

export async function privatePageMetadata(options: {
  locale: Locale
  pathname: PageHref
  title: string
  description?: string
}): Promise<Metadata> {
  return { ...(await pageMetadata(options)), robots: { index: false, follow: false } }
}

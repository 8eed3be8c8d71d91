// `generateMetadata` of the pages whose title and description are fixed strings of their own message
// namespace (`metaTitle`, `metaDescription`): one definition instead of the same five lines per page.
import type { Metadata } from 'next'
import type { Messages } from 'next-intl'
import { getTranslations } from 'next-intl/server'
import { privatePageMetadata } from '@/lib/auth/metadata'
import { pageMetadata, type PageHref } from './metadata'
import { pageLocale } from './page-locale'

/** A message namespace with a `metaTitle` (and, for public pages, a `metaDescription`). */
type TitledNamespace = { [N in keyof Messages]: Messages[N] extends { metaTitle: string } ? N : never }[keyof Messages]
type DescribedNamespace = {
  [N in TitledNamespace]: Messages[N] extends { metaDescription: string } ? N : never
}[TitledNamespace]

type PageParams = { params: Promise<{ locale: string }> }

/** A public page's metadata from `<namespace>.metaTitle` and `<namespace>.metaDescription`. */
export function messagesMetadata(namespace: DescribedNamespace, pathname: PageHref) {
  return async function generateMetadata({ params }: PageParams): Promise<Metadata> {
    const locale = await pageLocale(params)
    const t = await getTranslations({ locale })
    return pageMetadata({
      locale,
      pathname,
      title: t(`${namespace}.metaTitle`),
      description: t(`${namespace}.metaDescription`),
    })
  }
}

/** A workspace page's metadata (never indexed) from `<namespace>.metaTitle`. */
export function privateMessagesMetadata(namespace: TitledNamespace, pathname: PageHref) {
  return async function generateMetadata({ params }: PageParams): Promise<Metadata> {
    const locale = await pageLocale(params)
    const t = await getTranslations({ locale })
    return privatePageMetadata({ locale, pathname, title: t(`${namespace}.metaTitle`) })
  }
}

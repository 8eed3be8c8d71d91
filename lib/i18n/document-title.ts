import type { Metadata } from 'next'
import { truncate } from '@/lib/forum/markdown'

/** About what search results show of a title; the full title stays in the page's <h1>. */
export const TITLE_MAX_LENGTH = 70

/**
 * The <title>: the page title with the layout's " · <siteName>" when the whole fits in TITLE_MAX_LENGTH,
 * else the page title alone, cut at a word to that length (a practice title can run to 240 characters).
 */
export function documentTitle(title: string | undefined, siteName: string): Metadata['title'] {
  if (!title) return { absolute: siteName }
  if (`${title} · ${siteName}`.length <= TITLE_MAX_LENGTH) return title
  return { absolute: truncate(title, TITLE_MAX_LENGTH) }
}

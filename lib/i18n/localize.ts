// Picking the visitor's language from the database's bilingual columns (xxxEs / xxxEn).
import type { Locale } from 'next-intl'

/** A text in the visitor's language; `untranslated` when English was asked for and only Spanish exists. */
export type Localized = { text: string; untranslated: boolean }

/** For columns that exist in both languages. */
export function pick(locale: Locale, es: string, en: string): string {
  return locale === 'en' ? en : es
}

/** For columns whose English may be missing (practices added by the secretariat): falls back to Spanish. */
export function pickOptional(locale: Locale, es: string, en: string | null | undefined): Localized {
  if (locale === 'en' && en != null && en.trim() !== '') return { text: en, untranslated: false }
  return { text: es, untranslated: locale === 'en' }
}

/** For optional columns in both languages (e.g. a session without an overview): null when absent. */
export function pickNullable(locale: Locale, es: string | null, en: string | null): string | null {
  const value = locale === 'en' ? en : es
  return value != null && value.trim() !== '' ? value : null
}

/** Sorts by a string key in the locale's collation. */
export function byText<T>(locale: Locale, key: (item: T) => string): (a: T, b: T) => number {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' })
  return (a, b) => collator.compare(key(a), key(b))
}

// Dates on the public pages, in one style per language (docs/english-style.md): Spanish "28 de septiembre de
// 2023", English day-month-year as the UN writes it, "28 September 2023" (the 'en' locale alone would give the
// US "September 28, 2023"). Calendar dates are UTC days, so no time zone can shift them.
import type { Locale } from 'next-intl'

const FORMAT_LOCALE: Record<Locale, string> = { es: 'es', en: 'en-GB' }

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(FORMAT_LOCALE[locale], { ...options, timeZone: 'UTC' })
}

/** "28 de septiembre de 2023" / "28 September 2023". */
export function formatDate(locale: Locale, date: Date): string {
  return formatter(locale, { dateStyle: 'long' }).format(date)
}

/** "27–28 de septiembre de 2023" / "27–28 September 2023". */
export function formatDateRange(locale: Locale, start: Date, end: Date): string {
  // Between two day numbers the dash is closed up ("27–28"), as in the report's own texts.
  return formatter(locale, { dateStyle: 'long' })
    .formatRange(start, end)
    .replace(/(\d)\s+–\s+(\d)/, '$1–$2')
}

/** "septiembre de 2023" / "September 2023". */
export function formatMonth(locale: Locale, date: Date): string {
  return formatter(locale, { month: 'long', year: 'numeric' }).format(date)
}

/** The calendar day of a date, for <time dateTime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}

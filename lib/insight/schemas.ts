// The comparison page's URL state (?actors=mx,cr), read tolerantly: repeated or comma-separated,
// any casing, blanks and duplicates dropped. Which slugs exist is for the page to check.
import { z } from 'zod'

export const MAX_COMPARED = 4

export type CompareSelection = { slugs: string[]; tooMany: boolean; malformed: string[] }

const slugPattern = /^[a-z0-9][a-z0-9-]{0,79}$/

export function parseCompareActors(value: unknown): CompareSelection {
  const raw = z
    .union([z.string(), z.array(z.string())])
    .catch([])
    .parse(value ?? [])
  const values = (Array.isArray(raw) ? raw : [raw])
    .slice(0, 20)
    .flatMap((item) => item.split(','))
    .map((item) => item.trim().toLowerCase())
    .filter((item) => item !== '')
  const unique = [...new Set(values)]
  const malformed = unique.filter((slug) => !slugPattern.test(slug)).map((slug) => slug.slice(0, 40))
  const valid = unique.filter((slug) => slugPattern.test(slug))
  return { slugs: valid.slice(0, MAX_COMPARED), tooMany: valid.length > MAX_COMPARED, malformed }
}

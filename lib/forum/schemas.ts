// zod schemas of the forum pages' route params (house style rule 4). A param that fails them is an
// unknown page: the page calls notFound(), never throws.
import { z } from 'zod'

export const OBJECTIVE_COUNT = 23

/** "1" … "23", written the canonical way (no sign, no leading zero, no decimals). */
export const ObjectiveNumberParamSchema = z
  .string()
  .regex(/^[1-9][0-9]?$/)
  .transform(Number)
  .pipe(z.number().int().min(1).max(OBJECTIVE_COUNT))
export type ObjectiveNumberParam = z.infer<typeof ObjectiveNumberParamSchema>

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A session slug, e.g. "sesion-2a". */
export const SessionSlugParamSchema = z.string().max(100).regex(slugPattern)

/**
 * A country code in the URL: two ASCII letters in any casing. `canonical` is the lower-case form the
 * portal uses; `isCanonical` is false for "MX" or "Mx" (the page redirects them permanently).
 */
export const CountryCodeParamSchema = z
  .string()
  .regex(/^[A-Za-z]{2}$/)
  .transform((code) => ({ canonical: code.toLowerCase(), isCanonical: code === code.toLowerCase() }))
export type CountryCodeParam = z.infer<typeof CountryCodeParamSchema>

/** An organisation slug in the URL, in any casing (e.g. "OIM" redirects to "oim"). */
export const OrganizationSlugParamSchema = z
  .string()
  .max(100)
  .transform((slug) => ({ canonical: slug.toLowerCase(), isCanonical: slug === slug.toLowerCase() }))
  .refine((slug) => slugPattern.test(slug.canonical))
export type OrganizationSlugParam = z.infer<typeof OrganizationSlugParamSchema>

/** Route params arrive URL-decoded by Next; a failed parse is undefined. */
export function parseParam<T>(schema: z.ZodType<T, string>, value: string): T | undefined {
  const result = schema.safeParse(value)
  return result.success ? result.data : undefined
}

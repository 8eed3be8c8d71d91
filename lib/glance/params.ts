// The query string of a picture download (/api/v1/glance/{picture}.svg), read tolerantly like the
// catalogue's: a bad or unknown value falls back to its default (all published practices, Spanish), so
// any URL gives a picture and never an error.
import { z } from 'zod'
import type { PracticeKind } from '../generated/prisma/enums'
import { ObjectiveNumberParamSchema, SessionSlugParamSchema } from '../forum/schemas'
import { KIND_BY_SLUG, PRACTICE_KIND_SLUGS } from '../practices/schemas'

const first = (value: string[]) => value[0]

export const GlanceParamsSchema = z.object({
  locale: z
    .array(z.string())
    .transform(first)
    .pipe(z.enum(['es', 'en']).catch('es'))
    .catch('es'),
  objective: z.array(z.string()).transform(first).pipe(ObjectiveNumberParamSchema.optional()).catch(undefined),
  session: z.array(z.string()).transform(first).pipe(SessionSlugParamSchema.optional()).catch(undefined),
  kind: z
    .array(z.string())
    .transform((values) =>
      [...new Set(values.flatMap((value) => value.split(',')))].filter((v): v is (typeof PRACTICE_KIND_SLUGS)[number] =>
        (PRACTICE_KIND_SLUGS as readonly string[]).includes(v),
      ),
    )
    .transform((slugs) => slugs.map((slug): PracticeKind => KIND_BY_SLUG[slug]))
    .catch([]),
  actor: z
    .array(z.string())
    .transform(first)
    .pipe(
      z
        .string()
        .regex(/^[a-z]{2}$/)
        .optional(),
    )
    .catch(undefined),
})
export type GlanceParams = z.infer<typeof GlanceParamsSchema>

const PICTURE_FILE = /^(map|objectives|sessions|kinds)\.svg$/

/** The picture a file name asks for ("map.svg" → "map"), or null. */
export function pictureFromFileName(fileName: string): 'map' | 'objectives' | 'sessions' | 'kinds' | null {
  const match = PICTURE_FILE.exec(fileName)
  return match ? (match[1] as 'map' | 'objectives' | 'sessions' | 'kinds') : null
}

export function parseGlanceParams(search: URLSearchParams): GlanceParams {
  const keys = ['locale', 'objective', 'session', 'kind', 'actor'] as const
  return GlanceParamsSchema.parse(Object.fromEntries(keys.map((key) => [key, search.getAll(key)])))
}

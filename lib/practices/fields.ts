// One definition of what a practice is made of and of who may see it. Everything that lists the
// practice's fields (selects, snapshots, export columns, the API, the editor) derives from here.
import { Prisma } from '../generated/prisma/client'

/** The public sees published practices only (never drafts, reviews, archived or deleted ones). */
export const PUBLISHED_PRACTICE = { status: 'PUBLISHED', deletedAt: null } as const satisfies Prisma.PracticeWhereInput
/** The same rule in SQL, for raw queries that name the practice `p`. */
export const PUBLISHED_PRACTICE_SQL = Prisma.sql`p.status = 'PUBLISHED' AND p."deletedAt" IS NULL`

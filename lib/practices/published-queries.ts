import 'server-only'
// The published rule of lib/practices/fields.ts as a SQL fragment for raw queries that name the practice `p`.
import { Prisma } from '../generated/prisma/client'
import { PUBLISHED_PRACTICE_CONDITION } from './fields'

export const PUBLISHED_PRACTICE_SQL = Prisma.raw(PUBLISHED_PRACTICE_CONDITION)

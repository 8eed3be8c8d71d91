// The follow-up page of the workspace (admins): every cooperation idea and recommendation with its
// follow-up fields, texts in the UI language.
import 'server-only'
import type { Locale } from 'next-intl'
import { assertRole, type CurrentUser } from '../auth/session'
import { db } from '../db'
import type { Prisma } from '../generated/prisma/client'
import type { FollowUpStatus, RecommendationKind } from '../generated/prisma/enums'
import { pick } from '@/lib/i18n/localize'
import { RECOMMENDATION_KIND_ORDER, followUpSelect } from '@/lib/forum/refs'

export type FollowUpItem = {
  id: number
  key: string
  text: string
  status: FollowUpStatus
  noteEs: string | null
  noteEn: string | null
  checkedAt: Date | null
}

export type FollowUpIdea = FollowUpItem & { table: number; position: number; sessionCode: string }
export type FollowUpRecommendation = FollowUpItem & { kind: RecommendationKind; position: number }

const followUpFields = {
  id: true,
  key: true,
  textEs: true,
  textEn: true,
  ...followUpSelect,
} as const satisfies Prisma.RecommendationSelect & Prisma.CooperationIdeaSelect

type Row = Prisma.RecommendationGetPayload<{ select: typeof followUpFields }>

function toItem(locale: Locale, row: Row): FollowUpItem {
  return {
    id: row.id,
    key: row.key,
    text: pick(locale, row.textEs, row.textEn),
    status: row.followUpStatus,
    noteEs: row.followUpNoteEs,
    noteEn: row.followUpNoteEn,
    checkedAt: row.followUpCheckedAt,
  }
}

export async function findFollowUpItems(
  user: CurrentUser | null,
  locale: Locale,
): Promise<{ ideas: FollowUpIdea[]; recommendations: FollowUpRecommendation[] }> {
  assertRole(user, { roles: ['admin'] })
  const [ideas, recommendations] = await Promise.all([
    db().cooperationIdea.findMany({
      select: { ...followUpFields, table: true, position: true, session: { select: { code: true } } },
      orderBy: [{ table: 'asc' }, { position: 'asc' }],
    }),
    db().recommendation.findMany({ select: { ...followUpFields, kind: true, position: true } }),
  ])
  return {
    ideas: ideas.map((row) => ({
      ...toItem(locale, row),
      table: row.table,
      position: row.position,
      sessionCode: row.session.code,
    })),
    recommendations: recommendations
      .map((row) => ({ ...toItem(locale, row), kind: row.kind, position: row.position }))
      .sort(
        (a, b) =>
          RECOMMENDATION_KIND_ORDER.indexOf(a.kind) - RECOMMENDATION_KIND_ORDER.indexOf(b.kind) ||
          a.position - b.position,
      ),
  }
}

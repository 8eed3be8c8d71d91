// The secretariat's reads of practices: every status, drafts and deleted ones included, so every
// function here requires a signed-in editor or admin (never for anonymous visitors).
import 'server-only'
import type { Locale } from 'next-intl'
import { assertRole, type CurrentUser } from '../auth/session'
import { db } from '../db'
import type { Prisma } from '../generated/prisma/client'
import type { PracticeKind, PublicationStatus, TranslationStatus } from '../generated/prisma/enums'
import { pick, pickNullable } from '@/lib/i18n/localize'
import { columnsSnapshot, practiceState } from './practice-state'
import {
  parseSnapshot,
  WORKSPACE_PAGE_SIZE,
  type PracticeSnapshot,
  type WorkspacePracticeParams,
} from './editing-schemas'

function requireWorkspaceUser(user: CurrentUser | null): CurrentUser {
  return assertRole(user, { roles: ['admin', 'editor'] })
}

export type WorkspacePracticeRow = {
  id: number
  slug: string
  kind: PracticeKind
  titleEs: string
  titleEn: string | null
  status: PublicationStatus
  /** The status of a published practice's pending changes, if it has any. */
  pendingStatus: PublicationStatus | null
  translationStatusEs: TranslationStatus
  translationStatusEn: TranslationStatus
  version: number
  updatedAt: Date
  deleted: boolean
}

export type WorkspacePracticePage = {
  items: WorkspacePracticeRow[]
  total: number
  page: number
  pageSize: number
  pageCount: number
}

/** Ids of practices whose pending draft's title contains the query (the columns hold the old one). */
async function pendingTitleMatches(q: string): Promise<number[]> {
  const pattern = `%${q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`
  const rows = await db().$queryRaw<{ id: number }[]>`
    SELECT id FROM "Practice" WHERE draft IS NOT NULL
      AND (draft->>'titleEs' ILIKE ${pattern} OR draft->>'titleEn' ILIKE ${pattern})`
  return rows.map((row) => row.id)
}

function whereOf(params: WorkspacePracticeParams, pendingIds: number[]): Prisma.PracticeWhereInput {
  const and: Prisma.PracticeWhereInput[] = []
  if (params.status === 'DELETED') and.push({ deletedAt: { not: null } })
  else and.push({ deletedAt: null })
  if (params.status === 'PENDING') and.push({ status: 'PUBLISHED', draftStatus: { not: null } })
  else if (params.status === 'IN_REVIEW')
    and.push({ OR: [{ status: 'IN_REVIEW' }, { status: 'PUBLISHED', draftStatus: 'IN_REVIEW' }] })
  else if (params.status && params.status !== 'DELETED') and.push({ status: params.status })
  if (params.kind) and.push({ kind: params.kind })
  if (params.session) and.push({ sessions: { some: { session: { slug: params.session } } } })
  if (params.es) and.push({ translationStatusEs: params.es })
  if (params.en) and.push({ translationStatusEn: params.en })
  if (params.q) {
    const contains = { contains: params.q, mode: 'insensitive' as const }
    const or: Prisma.PracticeWhereInput[] = [
      { titleEs: contains },
      { titleEn: contains },
      { slug: contains },
      { reportTitle: contains },
    ]
    if (/^[1-9][0-9]{0,8}$/.test(params.q)) or.push({ id: Number(params.q) })
    if (pendingIds.length > 0) or.push({ id: { in: pendingIds } })
    and.push({ OR: or })
  }
  return { AND: and }
}

function orderOf(params: WorkspacePracticeParams): Prisma.PracticeOrderByWithRelationInput[] {
  const defaultDir = params.sort === 'updated' || params.sort === 'version' ? 'desc' : 'asc'
  const dir = params.dir ?? defaultDir
  const key: Record<WorkspacePracticeParams['sort'], Prisma.PracticeOrderByWithRelationInput> = {
    updated: { updatedAt: dir },
    title: { titleEs: dir },
    status: { status: dir },
    kind: { kind: dir },
    version: { version: dir },
  }
  return [key[params.sort], { id: 'asc' }]
}

/** The workspace table: search, filters, sorting and pagination over every practice. */
export async function findWorkspacePractices(
  user: CurrentUser | null,
  params: WorkspacePracticeParams,
): Promise<WorkspacePracticePage> {
  requireWorkspaceUser(user)
  const where = whereOf(params, params.q ? await pendingTitleMatches(params.q) : [])
  const pageSize = WORKSPACE_PAGE_SIZE
  const total = await db().practice.count({ where })
  const pageCount = Math.max(1, Math.ceil(total / pageSize))
  const page = Math.min(params.page, pageCount)
  const rows = await db().practice.findMany({
    where,
    orderBy: orderOf(params),
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: {
      id: true,
      slug: true,
      kind: true,
      titleEs: true,
      titleEn: true,
      status: true,
      draftStatus: true,
      translationStatusEs: true,
      translationStatusEn: true,
      version: true,
      updatedAt: true,
      deletedAt: true,
      draft: true,
    },
  })
  return {
    items: rows.map((row) => {
      // The table shows the title being worked on (a pending draft's, if any).
      const draft = row.status === 'PUBLISHED' && row.draft !== null ? parseSnapshot(row.draft) : null
      return {
        id: row.id,
        slug: row.slug,
        kind: draft?.kind ?? row.kind,
        titleEs: draft?.titleEs ?? row.titleEs,
        titleEn: draft ? draft.titleEn : row.titleEn,
        status: row.status,
        pendingStatus: row.status === 'PUBLISHED' && row.draft !== null ? (row.draftStatus ?? 'DRAFT') : null,
        translationStatusEs: draft?.translationStatusEs ?? row.translationStatusEs,
        translationStatusEn: draft?.translationStatusEn ?? row.translationStatusEn,
        version: row.version,
        updatedAt: row.updatedAt,
        deleted: row.deletedAt !== null,
      }
    }),
    total,
    page,
    pageSize,
    pageCount,
  }
}

export type EditablePractice = {
  id: number
  version: number
  /** The public status (columns). */
  status: PublicationStatus
  /** The status of what is being edited: a published practice's pending changes have their own. */
  workingStatus: PublicationStatus
  pending: boolean
  publishedAt: Date | null
  deletedAt: Date | null
  updatedAt: Date
  /** What the workspace edits (the pending draft, else the columns). */
  snapshot: PracticeSnapshot
  /** What the public sees, when the practice is published; else null. */
  live: PracticeSnapshot | null
}

/** One practice for the editor (deleted ones too: the page offers to restore them); null if none. */
export async function getPracticeForEditing(user: CurrentUser | null, id: number): Promise<EditablePractice | null> {
  requireWorkspaceUser(user)
  const row = await db().practice.findUnique({ where: { id }, select: practiceState })
  if (!row) return null
  const columns = columnsSnapshot(row)
  const draft = row.status === 'PUBLISHED' && row.draft !== null ? parseSnapshot(row.draft) : null
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    workingStatus: draft ? (row.draftStatus ?? 'DRAFT') : row.status,
    pending: draft !== null,
    publishedAt: row.publishedAt,
    deletedAt: row.deletedAt,
    updatedAt: row.updatedAt,
    snapshot: draft ?? columns,
    live: row.status === 'PUBLISHED' ? columns : null,
  }
}

export type EditorOptions = {
  actors: { id: number; name: string; acronym: string | null; type: 'COUNTRY' | 'ORGANIZATION' }[]
  objectives: { number: number; title: string }[]
  sessions: { id: number; slug: string; code: string; title: string }[]
}

/** The choices of the editor's pickers, labelled in the UI language. */
export async function findEditorOptions(user: CurrentUser | null, locale: Locale): Promise<EditorOptions> {
  requireWorkspaceUser(user)
  const [actors, objectives, sessions] = await Promise.all([
    db().actor.findMany({
      select: { id: true, type: true, nameEs: true, nameEn: true, acronymEs: true, acronymEn: true },
      orderBy: { nameEs: 'asc' },
    }),
    db().objective.findMany({ select: { number: true, titleEs: true, titleEn: true }, orderBy: { number: 'asc' } }),
    db().session.findMany({
      select: { id: true, slug: true, code: true, titleEs: true, titleEn: true },
      orderBy: { position: 'asc' },
    }),
  ])
  const collator = new Intl.Collator(locale, { sensitivity: 'base' })
  return {
    actors: actors
      .map((actor) => ({
        id: actor.id,
        type: actor.type,
        name: pick(locale, actor.nameEs, actor.nameEn),
        acronym: pickNullable(locale, actor.acronymEs, actor.acronymEn),
      }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    objectives: objectives.map((objective) => ({
      number: objective.number,
      title: pick(locale, objective.titleEs, objective.titleEn),
    })),
    sessions: sessions.map((session) => ({
      id: session.id,
      slug: session.slug,
      code: session.code,
      title: pick(locale, session.titleEs, session.titleEn),
    })),
  }
}

export type RevisionSummary = {
  version: number
  status: PublicationStatus
  authorName: string | null
  note: string | null
  createdAt: Date
}

/** A practice's revisions, newest first. */
export async function findPracticeRevisions(user: CurrentUser | null, practiceId: number): Promise<RevisionSummary[]> {
  requireWorkspaceUser(user)
  const rows = await db().practiceRevision.findMany({
    where: { practiceId },
    orderBy: { version: 'desc' },
    select: { version: true, status: true, note: true, createdAt: true, author: { select: { name: true } } },
  })
  return rows.map((row) => ({
    version: row.version,
    status: row.status,
    note: row.note,
    createdAt: row.createdAt,
    authorName: row.author?.name ?? null,
  }))
}

/** The snapshots of some versions of a practice (missing versions are absent from the map). */
export async function getRevisionSnapshots(
  user: CurrentUser | null,
  practiceId: number,
  versions: number[],
): Promise<Map<number, PracticeSnapshot>> {
  requireWorkspaceUser(user)
  const rows = await db().practiceRevision.findMany({
    where: { practiceId, version: { in: versions } },
    select: { version: true, snapshot: true },
  })
  const map = new Map<number, PracticeSnapshot>()
  for (const row of rows) {
    const snapshot = parseSnapshot(row.snapshot)
    if (snapshot) map.set(row.version, snapshot)
  }
  return map
}

/** The snapshot a form was loaded at, for the conflict screen: its revision, else null. */
export async function getRevisionSnapshot(
  user: CurrentUser | null,
  practiceId: number,
  version: number,
): Promise<PracticeSnapshot | null> {
  const map = await getRevisionSnapshots(user, practiceId, [version])
  return map.get(version) ?? null
}

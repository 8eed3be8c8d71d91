// The stored state of a practice as the workspace reads it, and its public columns as a snapshot:
// one definition for the editing queries and the mutations.
import type { Prisma } from '../generated/prisma/client'
import type { PracticeSnapshot } from './editing-schemas'
import { PRACTICE_SNAPSHOT_COLUMNS, pickColumns, selectColumns } from './fields'

/** The record the current state of a practice is read from. */
export const practiceState = {
  id: true,
  ...selectColumns(PRACTICE_SNAPSHOT_COLUMNS),
  status: true,
  version: true,
  publishedAt: true,
  deletedAt: true,
  draft: true,
  draftStatus: true,
  updatedAt: true,
  actors: { select: { actorId: true }, orderBy: [{ position: 'asc' }, { actorId: 'asc' }] },
  objectives: { select: { objectiveNumber: true }, orderBy: { objectiveNumber: 'asc' } },
  sessions: { select: { sessionId: true, listedKind: true }, orderBy: { sessionId: 'asc' } },
} satisfies Prisma.PracticeSelect

export type PracticeState = Prisma.PracticeGetPayload<{ select: typeof practiceState }>

/** What the public sees (the columns and link tables). */
export function columnsSnapshot(row: PracticeState): PracticeSnapshot {
  return {
    ...pickColumns(row, PRACTICE_SNAPSHOT_COLUMNS),
    actorIds: row.actors.map((actor) => actor.actorId),
    objectiveNumbers: row.objectives.map((objective) => objective.objectiveNumber),
    sessions: row.sessions.map((session) => ({ id: session.sessionId, listedKind: session.listedKind })),
  }
}

/** What the workspace edits: the pending draft of a published practice, else the columns. */

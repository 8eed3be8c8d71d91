// Shared by the editing tests: valid editor input, practices in each state, and their clean-up (the
// integration run shares one seeded database, so every practice made here is removed afterwards).
import { randomBytes } from 'node:crypto'
import type { CurrentUser } from '@/lib/auth/session'
import { db } from '@/lib/db'
import { PracticeInputSchema, type PracticeInput } from '@/lib/practices/editing-schemas'
import {
  archivePractice,
  createPractice,
  deletePractice,
  publishPractice,
  submitForReview,
  updatePractice,
} from '@/lib/practices/mutations'

export const word = () => `zq${randomBytes(5).toString('hex')}`

const created = new Set<number>()

/** Valid input (the schema's output), with a unique title word. */
export async function practiceInput(overrides: Record<string, unknown> = {}): Promise<PracticeInput> {
  const [actor, session] = await Promise.all([
    db().actor.findFirstOrThrow({ select: { id: true }, orderBy: { id: 'asc' } }),
    db().session.findFirstOrThrow({ select: { id: true }, orderBy: { position: 'asc' } }),
  ])
  return PracticeInputSchema.parse({
    kind: 'GOOD_PRACTICE',
    titleEs: `Práctica de prueba ${word()}`,
    summaryEs: 'Resumen de prueba.',
    translationStatusEs: 'SOURCE',
    translationStatusEn: 'MISSING',
    actorIds: [String(actor.id)],
    objectiveNumbers: ['7'],
    sessionIds: [String(session.id)],
    ...overrides,
  })
}

export type PracticeState = 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | 'PENDING' | 'PENDING_REVIEW' | 'ARCHIVED' | 'DELETED'

/** A practice made by `admin` and brought to `state`; returns its id, version and title. */
export async function makePractice(
  admin: CurrentUser,
  state: PracticeState = 'DRAFT',
  overrides: Record<string, unknown> = {},
) {
  const input = await practiceInput(overrides)
  let saved = await createPractice({ user: admin, input })
  created.add(saved.id)
  const step = async (run: (version: number) => Promise<{ version: number; id: number; slug: string }>) => {
    saved = await run(saved.version)
  }
  if (state === 'IN_REVIEW') await step((version) => submitForReview({ user: admin, id: saved.id, version }))
  if (['PUBLISHED', 'PENDING', 'PENDING_REVIEW', 'ARCHIVED'].includes(state))
    await step((version) => publishPractice({ user: admin, id: saved.id, version }))
  if (state === 'PENDING' || state === 'PENDING_REVIEW') {
    await step((version) =>
      updatePractice({ user: admin, id: saved.id, version, input: { ...input, titleEs: `${input.titleEs} (cambio)` } }),
    )
  }
  if (state === 'PENDING_REVIEW') await step((version) => submitForReview({ user: admin, id: saved.id, version }))
  if (state === 'ARCHIVED') await step((version) => archivePractice({ user: admin, id: saved.id, version }))
  if (state === 'DELETED') await step((version) => deletePractice({ user: admin, id: saved.id, version }))
  return { ...saved, input }
}

/** Records a practice made outside makePractice, for the clean-up. */
export function track(id: number) {
  created.add(id)
}

export async function removeCreatedPractices() {
  if (created.size === 0) return
  await db().practice.deleteMany({ where: { id: { in: [...created] } } })
  created.clear()
}

export async function auditCount(practiceId: number) {
  return db().auditLog.count({ where: { targetType: 'practice', targetId: String(practiceId) } })
}

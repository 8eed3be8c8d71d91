// Field-by-field differences between two versions of a practice (pure; shared by the history page,
// the conflict screen and the review of pending changes), and a word-level diff of long texts.
import { SNAPSHOT_FIELDS, type PracticeSnapshot } from './editing-schemas'

export type SnapshotField = keyof PracticeSnapshot

export type FieldChange<F extends SnapshotField = SnapshotField> = {
  field: F
  before: PracticeSnapshot[F] | null
  after: PracticeSnapshot[F] | null
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * The fields whose values differ, in the snapshot's field order. `before` null means "nothing"
 * (e.g. a new practice): every non-empty field of `after` is a change.
 */
export function diffSnapshots(before: PracticeSnapshot | null, after: PracticeSnapshot | null): FieldChange[] {
  const changes: FieldChange[] = []
  for (const field of SNAPSHOT_FIELDS) {
    const a = before ? normalize(before[field]) : null
    const b = after ? normalize(after[field]) : null
    if (!same(a, b)) changes.push({ field, before: a, after: b } as FieldChange)
  }
  return changes
}

/** Empty strings and empty lists count as "nothing". */
function normalize<T>(value: T): T | null {
  if (value === undefined || value === null) return null
  if (typeof value === 'string' && value === '') return null
  if (Array.isArray(value) && value.length === 0) return null
  return value
}

/** Which fields differ between two snapshots (for the conflict screen's "both changed" warning). */
export function changedFields(before: PracticeSnapshot | null, after: PracticeSnapshot | null): Set<SnapshotField> {
  return new Set(diffSnapshots(before, after).map((change) => change.field))
}

export type WordDiffSegment = { type: 'same' | 'added' | 'removed'; text: string }

/** Above this many tokens per side, the word diff gives up and shows "all removed, all added". */
export const MAX_WORD_DIFF_TOKENS = 2_000

/** Splits into words and the whitespace between them (joined back, the tokens give the text). */
export function tokenize(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? []
}

/**
 * A word-level diff (longest common subsequence) of two texts: consecutive segments of the same type
 * are merged. Joining the 'same' and 'removed' segments gives `before`; 'same' and 'added' give `after`.
 */
export function diffWords(before: string, after: string): WordDiffSegment[] {
  if (before === after) return before === '' ? [] : [{ type: 'same', text: before }]
  const a = tokenize(before)
  const b = tokenize(after)
  // Common prefix and suffix first: most edits touch a small part of a long text.
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1
    endB -= 1
  }
  const segments: WordDiffSegment[] = []
  const push = (type: WordDiffSegment['type'], text: string) => {
    if (text === '') return
    const last = segments[segments.length - 1]
    if (last && last.type === type) last.text += text
    else segments.push({ type, text })
  }
  push('same', a.slice(0, start).join(''))
  const midA = a.slice(start, endA)
  const midB = b.slice(start, endB)
  if (midA.length > MAX_WORD_DIFF_TOKENS || midB.length > MAX_WORD_DIFF_TOKENS) {
    push('removed', midA.join(''))
    push('added', midB.join(''))
  } else {
    for (const segment of lcsDiff(midA, midB)) push(segment.type, segment.text)
  }
  push('same', a.slice(endA).join(''))
  return segments
}

function lcsDiff(a: string[], b: string[]): WordDiffSegment[] {
  const n = a.length
  const m = b.length
  // lengths[i][j] = LCS length of a[i..] and b[j..], in one flat array.
  const width = m + 1
  const lengths = new Uint32Array((n + 1) * width)
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lengths[i * width + j] =
        a[i] === b[j]
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0)
    }
  }
  const out: WordDiffSegment[] = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ type: 'same', text: a[i] ?? '' })
      i += 1
      j += 1
    } else if ((lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0)) {
      out.push({ type: 'removed', text: a[i] ?? '' })
      i += 1
    } else {
      out.push({ type: 'added', text: b[j] ?? '' })
      j += 1
    }
  }
  while (i < n) out.push({ type: 'removed', text: a[i++] ?? '' })
  while (j < m) out.push({ type: 'added', text: b[j++] ?? '' })
  return out
}

import { describe, expect, it } from 'vitest'
import { changedFields, diffSnapshots, diffWords, MAX_WORD_DIFF_TOKENS, tokenize } from './diff'
import { practiceSnapshot } from '@/tests/fixtures/practice-snapshot'

const base = practiceSnapshot({ actorIds: [3, 1], objectiveNumbers: [7], sessions: [{ id: 2, listedKind: 'POLICY' }] })

describe('diffSnapshots', () => {
  it('lists only the fields that differ, in field order, with before and after', () => {
    const after = { ...base, titleEn: 'Title', objectiveNumbers: [7, 9], translationStatusEn: 'TRANSLATED' as const }
    expect(diffSnapshots(base, after)).toEqual([
      { field: 'titleEn', before: null, after: 'Title' },
      { field: 'translationStatusEn', before: 'MISSING', after: 'TRANSLATED' },
      { field: 'objectiveNumbers', before: [7], after: [7, 9] },
    ])
  })

  it('identical snapshots have no changes; empty strings and lists equal null', () => {
    expect(diffSnapshots(base, { ...base })).toEqual([])
    expect(diffSnapshots({ ...base, bodyEs: '' }, base)).toEqual([])
    expect(diffSnapshots({ ...base, actorIds: [] }, { ...base, actorIds: [] })).toEqual([])
  })

  it('actor order and a session heading count as changes', () => {
    expect(diffSnapshots(base, { ...base, actorIds: [1, 3] }).map((change) => change.field)).toEqual(['actorIds'])
    expect(
      diffSnapshots(base, { ...base, sessions: [{ id: 2, listedKind: 'TOOL' }] }).map((change) => change.field),
    ).toEqual(['sessions'])
  })

  it('against nothing (a new practice), every non-empty field is a change', () => {
    const fields = diffSnapshots(null, base).map((change) => change.field)
    expect(fields).toEqual([
      'slug',
      'kind',
      'titleEs',
      'summaryEs',
      'translationStatusEs',
      'translationStatusEn',
      'actorIds',
      'objectiveNumbers',
      'sessions',
    ])
    expect(changedFields(base, { ...base, summaryEs: 'Otro' })).toEqual(new Set(['summaryEs']))
  })
})

describe('diffWords', () => {
  const join = (segments: { type: string; text: string }[], keep: string) =>
    segments
      .filter((s) => s.type === 'same' || s.type === keep)
      .map((s) => s.text)
      .join('')

  it('marks the changed words and keeps the rest', () => {
    const segments = diffWords('El plan nacional de migración', 'El plan regional de migración segura')
    expect(segments).toEqual([
      { type: 'same', text: 'El plan ' },
      { type: 'removed', text: 'nacional' },
      { type: 'added', text: 'regional' },
      { type: 'same', text: ' de migración' },
      { type: 'added', text: ' segura' },
    ])
  })

  it('rebuilds both texts from its segments', () => {
    const before = 'uno dos tres\ncuatro cinco'
    const after = 'cero uno tres\ncuatro seis cinco'
    const segments = diffWords(before, after)
    expect(join(segments, 'removed')).toBe(before)
    expect(join(segments, 'added')).toBe(after)
  })

  it('handles empty and identical texts', () => {
    expect(diffWords('', '')).toEqual([])
    expect(diffWords('igual', 'igual')).toEqual([{ type: 'same', text: 'igual' }])
    expect(diffWords('', 'nuevo')).toEqual([{ type: 'added', text: 'nuevo' }])
    expect(diffWords('viejo', '')).toEqual([{ type: 'removed', text: 'viejo' }])
  })

  it('gives up on very long changed texts: all removed, all added, still exact', () => {
    const before = Array.from({ length: MAX_WORD_DIFF_TOKENS }, (_, i) => `a${i}`).join(' ')
    const after = Array.from({ length: MAX_WORD_DIFF_TOKENS }, (_, i) => `b${i}`).join(' ')
    const segments = diffWords(before, after)
    expect(segments.map((s) => s.type)).toEqual(['removed', 'added'])
    expect(join(segments, 'added')).toBe(after)
  })

  it('tokenize keeps whitespace, so tokens join back to the text', () => {
    expect(tokenize('a  b\nc')).toEqual(['a', '  ', 'b', '\n', 'c'])
  })
})

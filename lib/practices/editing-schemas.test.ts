import { describe, expect, it } from 'vitest'
import {
  parseSnapshot,
  parseWorkspacePracticeParams,
  PracticeIdParamSchema,
  PracticeInputSchema,
} from './editing-schemas'

const valid = {
  kind: 'POLICY',
  titleEs: '  Título  ',
  summaryEs: 'Resumen',
  translationStatusEs: 'SOURCE',
  translationStatusEn: 'MISSING',
  actorIds: ['3', '3', '1'],
  objectiveNumbers: ['7'],
  sessionIds: [],
}

const codes = (input: Record<string, unknown>) => {
  const result = PracticeInputSchema.safeParse(input)
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]))
}

describe('PracticeInputSchema', () => {
  it('trims texts, turns empty optional texts into null and removes duplicate ids', () => {
    const parsed = PracticeInputSchema.parse({ ...valid, titleEn: '   ', bodyEs: 'Cuerpo\r\n' })
    expect(parsed).toMatchObject({
      titleEs: 'Título',
      titleEn: null,
      bodyEs: 'Cuerpo',
      slug: null,
      actorIds: [3, 1],
      objectiveNumbers: [7],
    })
  })

  it('returns error codes per field (translated by the action)', () => {
    expect(codes({ ...valid, titleEs: ' ', kind: 'OTHER' })).toEqual({ titleEs: 'required', kind: 'invalidChoice' })
    expect(codes({ ...valid, titleEs: 'x'.repeat(301) })).toEqual({ titleEs: 'tooLong' })
    expect(codes({ ...valid, slug: 'Con Espacios' })).toEqual({ slug: 'invalidSlug' })
    expect(codes({ ...valid, objectiveNumbers: ['24'] })).toEqual({ objectiveNumbers: 'invalidChoice' })
  })

  it('accepts only http(s) external links', () => {
    expect(codes({ ...valid, externalUrl: 'javascript:alert(1)' })).toEqual({ externalUrl: 'invalidUrl' })
    expect(codes({ ...valid, externalUrl: 'data:text/html,<script>' })).toEqual({ externalUrl: 'invalidUrl' })
    expect(codes({ ...valid, externalUrl: '/relative' })).toEqual({ externalUrl: 'invalidUrl' })
    expect(codes({ ...valid, externalUrl: 'https://example.org/a' })).toEqual({})
  })

  it('a language marked as translated needs its title and summary', () => {
    expect(codes({ ...valid, translationStatusEn: 'TRANSLATED' })).toEqual({
      titleEn: 'translationIncomplete',
      summaryEn: 'translationIncomplete',
    })
    expect(codes({ ...valid, translationStatusEn: 'REVIEWED', titleEn: 'T', summaryEn: 'S' })).toEqual({})
  })

  it('keeps markup as typed: escaping is the renderer’s job', () => {
    expect(PracticeInputSchema.parse({ ...valid, titleEs: '<script>alert(1)</script>' }).titleEs).toBe(
      '<script>alert(1)</script>',
    )
  })
})

describe('params and snapshots', () => {
  it('route ids: digits only, else a 404', () => {
    expect(PracticeIdParamSchema.safeParse('12').data).toBe(12)
    for (const bad of ['0', '-1', '1e3', 'abc', '99999999999'])
      expect(PracticeIdParamSchema.safeParse(bad).success).toBe(false)
  })

  it('workspace search params fall back to defaults instead of failing', () => {
    expect(
      parseWorkspacePracticeParams({ status: 'NOPE', sort: 'x', page: '-3', kind: ['TOOL', 'POLICY'], q: '  ' }),
    ).toEqual({
      q: undefined,
      status: undefined,
      kind: 'TOOL',
      session: undefined,
      es: undefined,
      en: undefined,
      sort: 'updated',
      dir: undefined,
      page: 1,
    })
  })

  it('a stored snapshot is read tolerantly; garbage is null', () => {
    expect(parseSnapshot({ slug: 'a', kind: 'TOOL', titleEs: 'T', summaryEs: 'S' })).toMatchObject({
      actorIds: [],
      translationStatusEn: 'MISSING',
      titleEn: null,
    })
    expect(parseSnapshot('not json')).toBeNull()
    expect(parseSnapshot(null)).toBeNull()
  })
})

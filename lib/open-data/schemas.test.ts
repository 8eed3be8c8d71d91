import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { InvalidParamsError } from './problem'
import { LocaleParamsSchema, parseQuery, PracticeListParamsSchema } from './schemas'

function parse(query: string) {
  return parseQuery(PracticeListParamsSchema, new URLSearchParams(query))
}

function problems(query: string, schema: z.ZodObject = PracticeListParamsSchema) {
  try {
    parseQuery(schema, new URLSearchParams(query))
  } catch (error) {
    if (error instanceof InvalidParamsError) return error.params.map((p) => p.name)
    throw error
  }
  return []
}

describe('API query parameters', () => {
  it('defaults', () => {
    expect(parse('')).toEqual({
      locale: 'es',
      objective: [],
      actor: [],
      session: [],
      kind: [],
      source: [],
      page: 1,
      pageSize: 20,
    })
  })

  it('reads repeated and comma-separated lists, deduplicated', () => {
    const params = parse(
      'objective=21&objective=7,21&actor=mx,cr&kind=tool&source=proposal,forum-report&source=proposal&locale=en&sort=updated&page=2&pageSize=100',
    )
    expect(params).toMatchObject({
      objective: [21, 7],
      actor: ['mx', 'cr'],
      kind: ['tool'],
      source: ['proposal', 'forum-report'],
      locale: 'en',
      sort: 'updated',
      page: 2,
      pageSize: 100,
    })
  })

  it('names every bad parameter', () => {
    expect(problems('pageSize=101')).toEqual(['pageSize'])
    expect(problems('pageSize=0&page=-1')).toEqual(['page', 'pageSize'])
    expect(problems('page=1e400')).toEqual(['page'])
    expect(problems('page=99999999999999999999999')).toEqual(['page'])
    expect(problems('objective=24')).toEqual(['objective'])
    expect(problems('objective=abc')).toEqual(['objective'])
    expect(problems('kind=recipe')).toEqual(['kind'])
    expect(problems('source=hearsay')).toEqual(['source'])
    expect(problems('sort=random')).toEqual(['sort'])
    expect(problems('locale=fr')).toEqual(['locale'])
    expect(problems('actor=MX%20OR%201=1')).toEqual(['actor'])
    expect(problems(`q=${'a'.repeat(10_000)}`)).toEqual(['q'])
    expect(problems('page=1&page=2')).toEqual(['page'])
    expect(problems('color=red')).toEqual(['color'])
    expect(problems('objective=1', LocaleParamsSchema)).toEqual(['objective'])
  })
})

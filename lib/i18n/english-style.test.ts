// docs/english-style.md, enforced on the source of every English text: messages/en.json and the English
// side of every content file. The rendered pages are checked in tests/e2e/english-style.spec.ts.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadContent } from '@/lib/content/load'
import { findForbiddenEnglishVariants } from './english-style'

/** Every string under an `en` key (content files) or every string (en.json), with where it is. */
function englishStrings(value: unknown, where: string, inEnglish: boolean): { where: string; text: string }[] {
  if (typeof value === 'string') return inEnglish ? [{ where, text: value }] : []
  if (Array.isArray(value)) return value.flatMap((item, index) => englishStrings(item, `${where}[${index}]`, inEnglish))
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      englishStrings(item, `${where}.${key}`, inEnglish || key === 'en'),
    )
  }
  return []
}

function violations(strings: { where: string; text: string }[]) {
  return strings.flatMap(({ where, text }) =>
    findForbiddenEnglishVariants(text).map((v) => `${where}: "${v.found}" → ${v.use}`),
  )
}

describe('English style', () => {
  it('finds the variants it forbids', () => {
    const found = (text: string) => findForbiddenEnglishVariants(text).map((v) => v.found)
    expect(found('Regional Conference on Migration (CRM)')).toEqual(['CRM'])
    expect(found('the 1st Regional Forum')).toContain('1st Regional Forum')
    expect(found('the First Regional Forum of Champion Countries of the Americas')).toEqual([])
    expect(found('the First Regional Forum, in Panama')).toEqual(['First Regional Forum'])
    expect(found('civil-society organisations')).toEqual(['organisations'])
    expect(found('Updated November 30, 2026')).toEqual(['November 30, 2026'])
    expect(found('RCM Good Practice Portal, 28 September 2023, organization, regularization, Grupo Beta')).toEqual([])
  })

  it('holds in messages/en.json', () => {
    const messages = JSON.parse(readFileSync(path.join(process.cwd(), 'messages', 'en.json'), 'utf8')) as unknown
    expect(violations(englishStrings(messages, 'en.json', true))).toEqual([])
  })

  it('holds in the English side of every content file', () => {
    expect(violations(englishStrings(loadContent(), 'content', false))).toEqual([])
  })
})

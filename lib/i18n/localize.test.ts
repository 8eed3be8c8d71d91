import { describe, expect, it } from 'vitest'
import { pick, pickNullable, pickOptional } from './localize'

describe('localize', () => {
  it('picks the language', () => {
    expect(pick('es', 'hola', 'hello')).toBe('hola')
    expect(pick('en', 'hola', 'hello')).toBe('hello')
  })

  it('falls back to Spanish, marked, when English is missing', () => {
    expect(pickOptional('en', 'hola', null)).toEqual({ text: 'hola', untranslated: true })
    expect(pickOptional('en', 'hola', '  ')).toEqual({ text: 'hola', untranslated: true })
    expect(pickOptional('en', 'hola', 'hello')).toEqual({ text: 'hello', untranslated: false })
    expect(pickOptional('es', 'hola', null)).toEqual({ text: 'hola', untranslated: false })
  })

  it('gives null for an absent optional text', () => {
    expect(pickNullable('en', 'texto', null)).toBeNull()
    expect(pickNullable('es', 'texto', null)).toBe('texto')
  })
})

import { describe, expect, it } from 'vitest'
import { parseEnv } from '@/lib/env'
import { safeReturnPath } from './return-path'

describe('BETTER_AUTH_SECRET', () => {
  it('is required in production, with at least 32 characters', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/BETTER_AUTH_SECRET is required in production/)
    expect(() => parseEnv({ NODE_ENV: 'production', BETTER_AUTH_SECRET: 'too-short' })).toThrow(
      /BETTER_AUTH_SECRET must be at least 32 characters/,
    )
    expect(
      parseEnv({ NODE_ENV: 'production', HOSTNAME: '127.0.0.1', BETTER_AUTH_SECRET: 'x'.repeat(32) })
        .BETTER_AUTH_SECRET,
    ).toBe('x'.repeat(32))
  })

  it('may be unset in development and tests', () => {
    expect(parseEnv({ NODE_ENV: 'development' }).BETTER_AUTH_SECRET).toBeUndefined()
    expect(parseEnv({ NODE_ENV: 'test', BETTER_AUTH_SECRET: ' ' }).BETTER_AUTH_SECRET).toBeUndefined()
  })
})

describe('safeReturnPath', () => {
  it('keeps a path on this site', () => {
    expect(safeReturnPath('/en/manage/audit?page=2')).toBe('/en/manage/audit?page=2')
  })

  it('percent-encodes what a Location header cannot carry raw (finding 8: a 500 after sign-in)', () => {
    expect(safeReturnPath('/\u3000/gestion')).toBe('/%E3%80%80/gestion')
    expect(safeReturnPath('/es/gestión?q=sí#ñ')).toBe('/es/gesti%C3%B3n?q=s%C3%AD#%C3%B1')
    expect(safeReturnPath('/es/gestion/practicas?page=2')).toBe('/es/gestion/practicas?page=2')
  })

  it.each([
    undefined,
    '',
    'https://evil.example',
    '//evil.example/x',
    '/\\evil.example',
    'manage',
    '/x\nLocation: y',
    '/\t/evil.example',
  ])('refuses %j (open redirect)', (value) => {
    expect(safeReturnPath(value)).toBeNull()
  })
})

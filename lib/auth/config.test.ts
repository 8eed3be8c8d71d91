import { describe, expect, it } from 'vitest'
import { parseEnv } from '@/lib/env'
import { safeReturnPath } from './return-path'

describe('BETTER_AUTH_SECRET', () => {
  it('is required in production, with at least 32 characters', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/BETTER_AUTH_SECRET is required in production/)
    expect(() => parseEnv({ NODE_ENV: 'production', BETTER_AUTH_SECRET: 'too-short' })).toThrow(/BETTER_AUTH_SECRET must be at least 32 characters/)
    expect(parseEnv({ NODE_ENV: 'production', BETTER_AUTH_SECRET: 'x'.repeat(32) }).BETTER_AUTH_SECRET).toBe('x'.repeat(32))
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

  it.each([undefined, '', 'https://evil.example', '//evil.example/x', '/\\evil.example', 'manage', '/x\nLocation: y'])(
    'refuses %j (open redirect)',
    (value) => {
      expect(safeReturnPath(value)).toBeNull()
    },
  )
})

import { describe, expect, it } from 'vitest'
import { EnvError, parseEnv } from './env'

describe('parseEnv', () => {
  it('defaults to the embedded database when DATABASE_URL is unset or blank', () => {
    expect(parseEnv({}).DATABASE_URL).toBeUndefined()
    expect(parseEnv({ DATABASE_URL: '  ' }).DATABASE_URL).toBeUndefined()
    expect(parseEnv({}).PGLITE_DATA_DIR).toBe('.data/pglite')
  })

  it('accepts a PostgreSQL URL', () => {
    const url = 'postgresql://crm:secret@db.internal:5432/crm'
    expect(parseEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url)
  })

  it.each(['nonsense', 'mysql://x@localhost/db', 'postgresql://'])(
    'rejects DATABASE_URL=%s in one line naming it',
    (value) => {
      let error: unknown
      try {
        parseEnv({ DATABASE_URL: value })
      } catch (caught) {
        error = caught
      }
      expect(error).toBeInstanceOf(EnvError)
      const message = (error as Error).message
      expect(message).toContain('DATABASE_URL')
      expect(message).not.toContain('\n')
    },
  )

  it('rejects a bad SITE_URL and LOG_LEVEL, naming both', () => {
    expect(() => parseEnv({ SITE_URL: 'ftp://x', LOG_LEVEL: 'loud' })).toThrow(
      /SITE_URL.*LOG_LEVEL|LOG_LEVEL.*SITE_URL/,
    )
  })
})

describe('SITE_URL (the origin every page, feed, export and email shows)', () => {
  const production = { NODE_ENV: 'production', BETTER_AUTH_SECRET: 'x'.repeat(32) }

  it('is http://localhost with the real port when unset and bound to loopback', () => {
    expect(parseEnv({ ...production, HOSTNAME: '127.0.0.1', PORT: '3125' }).SITE_URL).toBe('http://localhost:3125')
    expect(parseEnv({ ...production, HOSTNAME: 'localhost' }).SITE_URL).toBe('http://localhost:3000')
    expect(parseEnv({ PORT: '4000' }).SITE_URL).toBe('http://localhost:4000')
  })

  it.each([['0.0.0.0'], ['portal.internal'], ['10.0.0.5'], [undefined]])(
    'is required in production bound to %s, in one line naming it',
    (host) => {
      let message = ''
      try {
        parseEnv({ ...production, HOSTNAME: host })
      } catch (error) {
        expect(error).toBeInstanceOf(EnvError)
        message = (error as Error).message
      }
      expect(message).toMatch(/^Invalid configuration: SITE_URL is required when serving on /)
      expect(message).not.toContain('\n')
    },
  )

  it('is required behind a trusted reverse proxy, even on loopback', () => {
    expect(() => parseEnv({ ...production, HOSTNAME: '127.0.0.1', TRUST_PROXY: '1' })).toThrow(
      /SITE_URL is required behind a reverse proxy/,
    )
    expect(parseEnv({ ...production, HOSTNAME: '127.0.0.1', TRUST_PROXY: 'false' }).SITE_URL).toBe(
      'http://localhost:3000',
    )
  })

  it('is used as given when set', () => {
    expect(parseEnv({ ...production, HOSTNAME: '0.0.0.0', SITE_URL: 'https://portal.example.org' }).SITE_URL).toBe(
      'https://portal.example.org',
    )
  })

  it('rejects a bad PORT and TRUST_PROXY, naming them', () => {
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(/PORT must be a port number/)
    expect(() => parseEnv({ TRUST_PROXY: '10.0.0.0/99' })).toThrow(
      /TRUST_PROXY must be a hop count or a comma-separated list/,
    )
    expect(() => parseEnv({ TRUST_PROXY: 'yes please' })).toThrow(/TRUST_PROXY/)
  })
})

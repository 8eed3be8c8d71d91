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

  it.each(['nonsense', 'mysql://x@localhost/db', 'postgresql://'])('rejects DATABASE_URL=%s in one line naming it', (value) => {
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
  })

  it('rejects a bad SITE_URL and LOG_LEVEL, naming both', () => {
    expect(() => parseEnv({ SITE_URL: 'ftp://x', LOG_LEVEL: 'loud' })).toThrow(/SITE_URL.*LOG_LEVEL|LOG_LEVEL.*SITE_URL/)
  })
})

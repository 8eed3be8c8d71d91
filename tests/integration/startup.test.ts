// Bad configuration stops `npm start` with one human line, never a stack trace.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

function start(env: Record<string, string>) {
  return spawnSync(process.execPath, [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/start.ts'], {
    encoding: 'utf8',
    env: { ...process.env, SKIP_BUILD: '1', PORT: '3999', ...env },
    timeout: 60_000,
  })
}

const errorLines = (stderr: string) => stderr.split('\n').filter((line) => line.trim() !== '')

describe('npm start with bad configuration', () => {
  it('names the bad variable', () => {
    const result = start({ DATABASE_URL: 'nonsense' })
    expect(result.status).toBe(1)
    expect(errorLines(result.stderr)).toEqual([
      expect.stringMatching(/^Invalid configuration: DATABASE_URL must be a postgresql:\/\/ URL/),
    ])
  })

  it('says the database is unreachable, in one line', () => {
    const result = start({ DATABASE_URL: 'postgresql://crm@127.0.0.1:1/crm' })
    expect(result.status).toBe(1)
    const lines = errorLines(result.stderr)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/cannot start: the database (server cannot be reached|refused the connection)/)
  })

  it('refuses to publish a made-up origin: bound to every interface without SITE_URL', () => {
    const result = start({ HOSTNAME: '0.0.0.0', SITE_URL: '', DATABASE_URL: 'postgresql://crm@127.0.0.1:1/crm' })
    expect(result.status).toBe(1)
    expect(errorLines(result.stderr)).toEqual([
      expect.stringMatching(/^Invalid configuration: SITE_URL is required when serving on HOSTNAME=0\.0\.0\.0/),
    ])
  })
})

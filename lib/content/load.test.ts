import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parse, stringify } from 'yaml'
import { ContentError, DEFAULT_CONTENT_DIR, loadContent } from './load'

const dirs: string[] = []
function copyOfContent(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crm-content-'))
  cpSync(DEFAULT_CONTENT_DIR, dir, { recursive: true })
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function problemsOf(dir: string): string[] {
  try {
    loadContent(dir)
  } catch (error) {
    if (error instanceof ContentError) return error.problems
    throw error
  }
  return []
}

describe('loadContent', () => {
  it('loads the repository content without problems', () => {
    expect(problemsOf(DEFAULT_CONTENT_DIR)).toEqual([])
  })

  it('names the file and the field of a bad value', () => {
    const dir = copyOfContent()
    const file = path.join(dir, 'practices.yaml')
    const practices = parse(readFileSync(file, 'utf8')) as { summary: { en: string } }[]
    practices[0]!.summary.en = ''
    writeFileSync(file, stringify(practices))
    const problems = problemsOf(dir)
    expect(problems.some((p) => p.startsWith(`${path.basename(dir)}/practices.yaml: [0].summary.en:`))).toBe(true)
  })

  it('rejects an objective number outside 1–23', () => {
    const dir = copyOfContent()
    const file = path.join(dir, 'objectives.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace(/number: 23\b/, 'number: 24'))
    expect(problemsOf(dir).join('\n')).toMatch(/objectives\.yaml: \[22\]\.number: must be 1–23/)
  })

  it('reports a reference to an unknown actor', () => {
    const dir = copyOfContent()
    const file = path.join(dir, 'actors.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace(/slug: oim\b/, 'slug: oim-renamed'))
    expect(problemsOf(dir).join('\n')).toMatch(/practices\.yaml: \[\d+\]\.actors\[\d+\]: unknown actor "oim"/)
  })

  it('reports YAML syntax errors with the file name', () => {
    const dir = copyOfContent()
    writeFileSync(path.join(dir, 'sessions.yaml'), '- code: [unclosed\n')
    expect(problemsOf(dir).join('\n')).toMatch(/sessions\.yaml: /)
  })
})

// Reads and validates the content files. Errors name the file and the field
// (e.g. "content/practices.yaml: [12].summary.en: must not be empty").
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import type { z } from 'zod'
import { CONTENT_FILES, type Content } from './schemas'

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid content:\n  ${problems.join('\n  ')}`)
    this.name = 'ContentError'
  }
}

export const DEFAULT_CONTENT_DIR = path.join(process.cwd(), 'content')

function formatPath(issuePath: ReadonlyArray<PropertyKey>): string {
  return issuePath
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('')
    .replace(/^\./, '')
}

function readYaml(dir: string, file: string, problems: string[]): unknown {
  const label = path.join(path.basename(dir), file)
  try {
    return parse(readFileSync(path.join(dir, file), 'utf8'))
  } catch (error) {
    problems.push(`${label}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
    return undefined
  }
}

/** Loads every content file, validates each against its schema and the references between them. */
export function loadContent(dir: string = DEFAULT_CONTENT_DIR): Content {
  const problems: string[] = []
  const loaded: Partial<Record<keyof Content, unknown>> = {}

  for (const [name, { file, schema }] of Object.entries(CONTENT_FILES) as [
    keyof Content,
    { file: string; schema: z.ZodType },
  ][]) {
    const raw = readYaml(dir, file, problems)
    if (raw === undefined && problems.length > 0) continue
    const result = schema.safeParse(raw)
    if (result.success) {
      loaded[name] = result.data
    } else {
      for (const issue of result.error.issues) {
        const where = formatPath(issue.path)
        problems.push(`${path.join(path.basename(dir), file)}: ${where || '(root)'}: ${issue.message}`)
      }
    }
  }
  if (problems.length > 0) throw new ContentError(problems)

  const content = loaded as Content
  checkReferences(content, problems)
  if (problems.length > 0) throw new ContentError(problems)
  return content
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>()
  return values.filter((value) => (seen.has(value) ? true : (seen.add(value), false)))
}

function checkReferences(content: Content, problems: string[]): void {
  const sessions = new Set(content.sessions.map((s) => s.slug))
  const actors = new Set(content.actors.map((a) => a.slug))
  const practices = new Set(content.practices.map((p) => p.slug))
  const objectives = new Set(content.objectives.map((o) => o.number))

  const unique: [string, string[]][] = [
    ['content/objectives.yaml: number', content.objectives.map((o) => String(o.number))],
    ['content/sessions.yaml: slug', content.sessions.map((s) => s.slug)],
    ['content/sessions.yaml: code', content.sessions.map((s) => s.code)],
    ['content/actors.yaml: slug', content.actors.map((a) => a.slug)],
    ['content/practices.yaml: slug', content.practices.map((p) => p.slug)],
    ['content/practices.yaml: title.es', content.practices.map((p) => p.title.es.toLowerCase())],
    ['content/cooperation-ideas.yaml: key', content.cooperationIdeas.map((c) => c.key)],
    ['content/recommendations.yaml: key', content.recommendations.map((r) => r.key)],
    ['content/communique.yaml: paragraphs.anchor', content.communique.paragraphs.map((p) => p.anchor)],
    ['content/key-figures.yaml: key', content.keyFigures.map((k) => k.key)],
    ['content/delegations.yaml: key', content.delegations.map((d) => d.key)],
    ['content/abbreviations.yaml: abbr', content.abbreviations.map((a) => a.abbr)],
    ['content/report-sections.yaml: key', content.reportSections.map((r) => r.key)],
  ]
  for (const [label, values] of unique) {
    for (const value of new Set(duplicates(values))) problems.push(`${label}: duplicate "${value}"`)
  }

  const check = (file: string, where: string, set: Set<string | number>, value: string | number, what: string) => {
    if (!set.has(value)) problems.push(`content/${file}: ${where}: unknown ${what} "${value}"`)
  }

  content.sessions.forEach((s, i) =>
    s.objectives.forEach((n, j) => check('sessions.yaml', `[${i}].objectives[${j}]`, objectives, n, 'objective')),
  )
  content.practices.forEach((p, i) => {
    p.actors.forEach((a, j) => check('practices.yaml', `[${i}].actors[${j}]`, actors, a, 'actor'))
    p.objectives.forEach((n, j) => check('practices.yaml', `[${i}].objectives[${j}]`, objectives, n, 'objective'))
    p.listedIn.forEach((l, j) => check('practices.yaml', `[${i}].listedIn[${j}].session`, sessions, l.session, 'session'))
    for (const a of new Set(duplicates(p.actors))) problems.push(`content/practices.yaml: [${i}].actors: duplicate "${a}"`)
    const listed = duplicates(p.listedIn.map((l) => l.session))
    for (const s of new Set(listed)) problems.push(`content/practices.yaml: [${i}].listedIn: session "${s}" twice`)
  })
  content.cooperationIdeas.forEach((c, i) => {
    check('cooperation-ideas.yaml', `[${i}].session`, sessions, c.session, 'session')
    c.objectives.forEach((n, j) => check('cooperation-ideas.yaml', `[${i}].objectives[${j}]`, objectives, n, 'objective'))
    c.practices.forEach((p, j) => check('cooperation-ideas.yaml', `[${i}].practices[${j}]`, practices, p, 'practice'))
  })
  content.recommendations.forEach((r, i) => {
    r.objectives.forEach((n, j) => check('recommendations.yaml', `[${i}].objectives[${j}]`, objectives, n, 'objective'))
    r.sessions.forEach((s, j) => check('recommendations.yaml', `[${i}].sessions[${j}]`, sessions, s, 'session'))
    r.practices.forEach((p, j) => check('recommendations.yaml', `[${i}].practices[${j}]`, practices, p, 'practice'))
  })
  content.delegations.forEach((d, i) => {
    if (d.actor) check('delegations.yaml', `[${i}].actor`, actors, d.actor, 'actor')
  })
}

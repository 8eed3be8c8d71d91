// The OpenAPI document (valid OpenAPI 3.1, and every documented endpoint answers as documented),
// the CSV and JSON exports and the Atom feed.
import { Validator } from '@seriousme/openapi-schema-validator'
import Ajv2020 from 'ajv/dist/2020'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import * as actors from '@/app/api/v1/actors/route'
import * as communique from '@/app/api/v1/communique/route'
import * as exportCsv from '@/app/api/v1/export/practices.csv/route'
import * as exportJson from '@/app/api/v1/export/practices.json/route'
import * as feed from '@/app/api/v1/feed/practices/route'
import * as objectives from '@/app/api/v1/objectives/route'
import * as openapi from '@/app/api/v1/openapi.json/route'
import * as practice from '@/app/api/v1/practices/[slug]/route'
import * as practices from '@/app/api/v1/practices/route'
import * as recommendations from '@/app/api/v1/recommendations/route'
import * as sessions from '@/app/api/v1/sessions/route'
import { db } from '@/lib/db'
import { neutraliseFormulaCell, parseCsv, UTF8_BOM } from '@/lib/open-data/csv'
import type { OpenApiDocument } from '@/lib/open-data/openapi'
import { PracticeExportSchema } from '@/lib/open-data/schemas'
import { EXPORT_COLUMNS, exportRowToCsvCells } from '@/lib/open-data/serializers'

const BASE = 'http://localhost:3000'
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>

const handlers: Record<string, Handler> = {
  '/api/v1/practices': practices.GET,
  '/api/v1/practices/{slug}': practice.GET as Handler,
  '/api/v1/objectives': objectives.GET,
  '/api/v1/actors': actors.GET,
  '/api/v1/sessions': sessions.GET,
  '/api/v1/recommendations': recommendations.GET,
  '/api/v1/communique': communique.GET,
  '/api/v1/export/practices.csv': exportCsv.GET,
  '/api/v1/export/practices.json': exportJson.GET,
  '/api/v1/feed/practices': feed.GET,
}

async function publishedCount(where = ''): Promise<number> {
  const rows = await db().$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM "Practice" p WHERE p.status = 'PUBLISHED' AND p."deletedAt" IS NULL ${where}`,
  )
  return Number(rows[0]?.n)
}

async function loadDocument(): Promise<OpenApiDocument> {
  const response = await openapi.GET(new Request(`${BASE}/api/v1/openapi.json`))
  expect(response.status).toBe(200)
  return (await response.json()) as OpenApiDocument
}

describe('OpenAPI document', () => {
  it('validates as OpenAPI 3.1', async () => {
    const document = await loadDocument()
    expect(document.openapi).toBe('3.1.0')
    const result = await new Validator().validate(document as unknown as Parameters<Validator['validate']>[0])
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
  })

  it('documents every route handler of /api/v1 (and nothing else)', async () => {
    const document = await loadDocument()
    expect(Object.keys(document.paths).sort()).toEqual(Object.keys(handlers).sort())
  })

  it('every documented endpoint answers its documented example as documented', async () => {
    const document = await loadDocument()
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true })
    ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)) && /T/.test(value))
    ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/)
    ajv.addFormat('uri', (value: string) => URL.canParse(value))
    ajv.addSchema(document as unknown as object, 'openapi')
    const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')

    for (const [path, item] of Object.entries(document.paths)) {
      const operation = item.get as {
        parameters: { name: string; in: string; example?: unknown }[]
        responses: Record<string, { content?: Record<string, unknown> }>
      }
      const search = new URLSearchParams()
      const params: Record<string, string> = {}
      let resolved = path
      for (const parameter of operation.parameters) {
        if (parameter.example === undefined) continue
        if (parameter.in === 'path') {
          params[parameter.name] = String(parameter.example)
          resolved = resolved.replace(`{${parameter.name}}`, encodeURIComponent(String(parameter.example)))
        } else if (Array.isArray(parameter.example)) {
          for (const value of parameter.example) search.append(parameter.name, String(value))
        } else {
          search.set(parameter.name, String(parameter.example))
        }
      }
      // q narrows to nothing combined with every other example; documented examples are also tried one by one below.
      search.delete('q')
      const handler = handlers[path]!
      const response = await handler(new Request(`${BASE}${resolved}?${search}`), { params: Promise.resolve(params) })
      expect(response.status, `${path}?${search}`).toBe(200)
      const contentType = response.headers.get('content-type') ?? ''
      const [mediaType] = Object.keys(operation.responses['200']!.content ?? {})
      expect(contentType.startsWith(mediaType!), `${path}: ${contentType}`).toBe(true)
      if (mediaType === 'application/json') {
        const validate = ajv.getSchema(
          `openapi#/${pointer('paths', path, 'get', 'responses', '200', 'content', 'application/json', 'schema')}`,
        )!
        const body = await response.json()
        const valid = validate(body)
        expect(validate.errors ?? [], path).toEqual([])
        expect(valid).toBe(true)
      }
      // The documented 400: an unknown parameter.
      const bad = await handler(new Request(`${BASE}${resolved}?not-a-parameter=1`), {
        params: Promise.resolve(params),
      })
      expect(bad.status).toBe(400)
      const validateProblem = ajv.getSchema(`openapi#/${pointer('components', 'schemas', 'Problem')}`)!
      expect(validateProblem(await bad.json())).toBe(true)
    }
  })

  it('the q example finds something', async () => {
    const response = await practices.GET(
      new Request(`${BASE}/api/v1/practices?q=${encodeURIComponent('migración laboral')}`),
    )
    expect(response.status).toBe(200)
    expect((await response.json()).total).toBeGreaterThan(0)
  })
})

describe('exports', () => {
  it('CSV: BOM, RFC 4180, one row per practice, the same cells as the JSON export', async () => {
    const csvResponse = await exportCsv.GET(new Request(`${BASE}/api/v1/export/practices.csv`))
    expect(csvResponse.status).toBe(200)
    expect(csvResponse.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/)
    expect(csvResponse.headers.get('content-disposition')).toMatch(
      /^attachment; filename="practicas-\d{4}-\d{2}-\d{2}\.csv"$/,
    )
    expect(csvResponse.headers.get('access-control-allow-origin')).toBe('*')
    const bytes = new Uint8Array(await csvResponse.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    expect(text.startsWith(UTF8_BOM)).toBe(true)
    expect(text).toMatch(/\r\n$/)
    const [header, ...records] = parseCsv(text)
    expect(header).toEqual([...EXPORT_COLUMNS])
    expect(records).toHaveLength(await publishedCount())
    expect(new Set(records.map((r) => r.length))).toEqual(new Set([EXPORT_COLUMNS.length]))

    const json = PracticeExportSchema.parse(
      await (await exportJson.GET(new Request(`${BASE}/api/v1/export/practices.json`))).json(),
    )
    // The same cells, formula-like ones (e.g. a body that opens with a "- " list) behind an apostrophe.
    expect(records).toEqual(json.items.map((item) => exportRowToCsvCells(item).map(neutraliseFormulaCell)))
    // The real data exercises the quoting: commas, quotes and line breaks survive the round trip.
    const cells = records.flat()
    expect(cells.some((cell) => cell.includes(','))).toBe(true)
    expect(cells.some((cell) => cell.includes('\n'))).toBe(true)
    expect(cells.some((cell) => /[áéíóúñ]/.test(cell))).toBe(true)
    // Lists: codes and names, ";"-joined.
    const objectivesColumn = EXPORT_COLUMNS.indexOf('objectives')
    expect(records.some((r) => /^\d+(;\d+)+$/.test(r[objectivesColumn]!))).toBe(true)
  })

  it('quotes a quote, a comma and a newline written into a practice', async () => {
    const target = await db().practice.findFirst({
      where: { status: 'PUBLISHED', deletedAt: null },
      select: { id: true, slug: true, summaryEs: true },
    })
    const tricky = 'Dijo "sí", luego\r\notra línea, y fin'
    await db().practice.update({ where: { id: target!.id }, data: { summaryEs: tricky } })
    try {
      const text = await (await exportCsv.GET(new Request(`${BASE}/api/v1/export/practices.csv`))).text()
      expect(text).toContain('"Dijo ""sí"", luego\r\notra línea, y fin"')
      const row = parseCsv(text).find((r) => r[0] === target!.slug)!
      expect(row[EXPORT_COLUMNS.indexOf('summaryEs')]).toBe(tricky)
    } finally {
      await db().practice.update({ where: { id: target!.id }, data: { summaryEs: target!.summaryEs } })
    }
  })

  it('exports the filtered set and rejects bad filters', async () => {
    const json = PracticeExportSchema.parse(
      await (await exportJson.GET(new Request(`${BASE}/api/v1/export/practices.json?objective=21&locale=en`))).json(),
    )
    expect(json.total).toBe(
      await publishedCount(
        `AND EXISTS (SELECT 1 FROM "PracticeObjective" o WHERE o."practiceId" = p.id AND o."objectiveNumber" = 21)`,
      ),
    )
    expect(json.filters).toEqual({ locale: 'en', objective: [21] })
    for (const item of json.items) expect(item.objectives).toContain(21)
    expect((await exportCsv.GET(new Request(`${BASE}/api/v1/export/practices.csv?page=2`))).status).toBe(400)
    expect((await exportJson.GET(new Request(`${BASE}/api/v1/export/practices.json?kind=x`))).status).toBe(400)
  })

  it('304 on If-None-Match', async () => {
    const first = await exportCsv.GET(new Request(`${BASE}/api/v1/export/practices.csv?kind=tool`))
    const second = await exportCsv.GET(
      new Request(`${BASE}/api/v1/export/practices.csv?kind=tool`, {
        headers: { 'If-None-Match': first.headers.get('etag')! },
      }),
    )
    expect(second.status).toBe(304)
  })
})

describe('Atom feed', () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['entry', 'link', 'category', 'author'].includes(name),
  })

  it('is well-formed Atom with the newest practices first', async () => {
    const response = await feed.GET(new Request(`${BASE}/api/v1/feed/practices`))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const xml = await response.text()
    expect(XMLValidator.validate(xml)).toBe(true)
    const document = parser.parse(xml)
    expect(document.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom')
    const entries = document.feed.entry as { updated: string; id: string; title: { '#text': string } }[]
    expect(entries.length).toBe(Math.min(50, await publishedCount()))
    const dates = entries.map((e) => Date.parse(e.updated))
    expect([...dates].sort((a, b) => b - a)).toEqual(dates)
    expect(document.feed.updated).toBe(entries[0]!.updated)
  })

  it('follows the catalogue filters and names them in its title', async () => {
    const response = await feed.GET(new Request(`${BASE}/api/v1/feed/practices?objective=21&actor=mx&locale=en`))
    const xml = await response.text()
    expect(XMLValidator.validate(xml)).toBe(true)
    const document = parser.parse(xml)
    expect(document.feed.title['#text']).toContain('Objective 21')
    expect(document.feed.title['#text']).toContain('Mexico')
    const entries = (document.feed.entry ?? []) as { category?: { '@_term': string }[]; link: { '@_href': string }[] }[]
    expect(entries.length).toBe(
      await publishedCount(`AND EXISTS (SELECT 1 FROM "PracticeObjective" o WHERE o."practiceId" = p.id AND o."objectiveNumber" = 21)
        AND EXISTS (SELECT 1 FROM "PracticeActor" pa JOIN "Actor" a ON a.id = pa."actorId" WHERE pa."practiceId" = p.id AND a.slug = 'mx')`),
    )
    for (const entry of entries) {
      expect(entry.category?.map((c) => c['@_term'])).toContain('objective-21')
      expect(entry.link[0]!['@_href']).toMatch(/\/en\/practices\//)
    }
    const self = (document.feed.link as { '@_rel': string; '@_href': string }[]).find((l) => l['@_rel'] === 'self')!
    expect(self['@_href']).toBe('http://localhost:3000/api/v1/feed/practices?objective=21&actor=mx&locale=en')
  })

  it('rejects bad filters with a problem, and sort is not a feed parameter', async () => {
    expect((await feed.GET(new Request(`${BASE}/api/v1/feed/practices?objective=99`))).status).toBe(400)
    expect((await feed.GET(new Request(`${BASE}/api/v1/feed/practices?sort=title`))).status).toBe(400)
  })
})

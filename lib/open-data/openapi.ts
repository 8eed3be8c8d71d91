// The OpenAPI 3.1 document of the public API, generated from the zod schemas the handlers use
// (schemas.ts): parameters from the request schemas (io: input), responses from the response
// schemas, every named schema once under components.schemas.
import { z } from 'zod'
import {
  ActorListSchema,
  CommuniqueSchema,
  FeedParamsSchema,
  LocaleParamsSchema,
  ObjectiveListSchema,
  PracticeDetailSchema,
  PracticeExportSchema,
  PracticeFilterParamsSchema,
  PracticeListParamsSchema,
  PracticeListSchema,
  PracticeSlugParamSchema,
  ProblemSchema,
  RecommendationListSchema,
  SessionListSchema,
} from './schemas'

type JsonSchema = Record<string, unknown>
type Components = Record<string, JsonSchema>

const COMPONENT_PREFIX = '#/components/schemas/'

/** A zod schema as an OpenAPI 3.1 schema; named sub-schemas move to components, referenced by $ref. */
function toSchema(schema: z.ZodType, components: Components, io: 'input' | 'output' = 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema
  const rewritten = JSON.parse(JSON.stringify(json).replaceAll('"#/$defs/', `"${COMPONENT_PREFIX}`)) as JsonSchema
  const { $schema: _schema, $defs, ...rest } = rewritten
  for (const [name, definition] of Object.entries(($defs ?? {}) as Components)) components[name] = definition
  return rest
}

type ParameterObject = {
  name: string
  in: 'query' | 'path'
  required: boolean
  description?: string
  schema: JsonSchema
  style?: 'form'
  explode?: boolean
  example?: unknown
}

function queryParameters(schema: z.ZodObject, components: Components): ParameterObject[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const json = toSchema(field as z.ZodType, components, 'input')
    const { description, example, ...rest } = json as JsonSchema & { description?: string; example?: unknown }
    const isArray = rest.type === 'array'
    return {
      name,
      in: 'query' as const,
      required: false,
      ...(description ? { description } : {}),
      schema: rest,
      ...(isArray ? { style: 'form' as const, explode: true } : {}),
      ...(example !== undefined ? { example } : {}),
    }
  })
}

const problemContent = { 'application/problem+json': { schema: { $ref: `${COMPONENT_PREFIX}Problem` } } }

const errorResponses = {
  '400': {
    description: 'A bad query parameter: the problem body names it (`invalidParams`).',
    content: problemContent,
  },
  '500': { description: 'A fault of the server (never caused by the request).', content: problemContent },
}

const notModified = {
  '304': { description: 'Not modified: the `If-None-Match` ETag (or `If-Modified-Since` date) is current.' },
}

const cachingHeaders = {
  ETag: { description: 'Entity tag of the representation.', schema: { type: 'string' } },
  'Cache-Control': { description: 'Caching policy.', schema: { type: 'string' } },
  'Access-Control-Allow-Origin': { description: 'Always `*` (CORS open for GET).', schema: { type: 'string' } },
}

function jsonOperation(
  summary: string,
  description: string,
  params: z.ZodObject,
  response: z.ZodType,
  components: Components,
  extra: { pathParameters?: ParameterObject[]; notFound?: string } = {},
) {
  return {
    get: {
      summary,
      description,
      parameters: [...(extra.pathParameters ?? []), ...queryParameters(params, components)],
      responses: {
        '200': {
          description: 'OK',
          headers: cachingHeaders,
          content: { 'application/json': { schema: toSchema(response, components) } },
        },
        ...notModified,
        ...errorResponses,
        ...(extra.notFound ? { '404': { description: extra.notFound, content: problemContent } } : {}),
      },
    },
  }
}

export function buildOpenApiDocument(origin: string) {
  const components: Components = {}
  // A named schema lands in components (the $ref it returns is not needed here).
  toSchema(ProblemSchema, components)

  const slugParameter: ParameterObject = {
    name: 'slug',
    in: 'path',
    required: true,
    description: 'The practice slug (see `slug` in the list).',
    schema: toSchema(PracticeSlugParamSchema, components, 'input'),
    example: 'programa-bienestar-imss',
  }
  delete slugParameter.schema.description
  delete slugParameter.schema.example

  const filters = "Filters are the catalogue's: any query string of the /practices page works here (without `page`)."

  return {
    openapi: '3.1.0',
    info: {
      title: 'CRM good-practice portal — public API',
      version: '1.0.0',
      description:
        'Read-only data of the good-practice portal of the Regional Conference on Migration (CRM): published practices with ' +
        'their objectives of the Global Compact for Migration, actors and forum sessions; the objectives, actors, sessions, ' +
        'recommendations and joint communiqué. Texts in Spanish (`locale=es`, default) or English (`locale=en`). ' +
        'Responses carry `ETag`, `Cache-Control` and, for practice data, `Last-Modified`; a matching `If-None-Match` gets 304. ' +
        'CORS is open for GET. Errors are RFC 9457 problem details (`application/problem+json`).',
    },
    servers: [{ url: origin }],
    paths: {
      '/api/v1/practices': jsonOperation(
        'Search the practices',
        'One page of published practices matching the filters (OR within a filter, AND across filters), the total and, for each filter, the count of every value.',
        PracticeListParamsSchema,
        PracticeListSchema,
        components,
      ),
      '/api/v1/practices/{slug}': jsonOperation(
        'One practice',
        'A published practice with its full text.',
        LocaleParamsSchema,
        PracticeDetailSchema,
        components,
        {
          pathParameters: [slugParameter],
          notFound: 'No published practice has this slug.',
        },
      ),
      '/api/v1/objectives': jsonOperation(
        'The 23 objectives',
        'The objectives of the Global Compact for Safe, Orderly and Regular Migration, with their number of published practices.',
        LocaleParamsSchema,
        ObjectiveListSchema,
        components,
      ),
      '/api/v1/actors': jsonOperation(
        'Countries and organisations',
        'Every actor with its group and number of published practices.',
        LocaleParamsSchema,
        ActorListSchema,
        components,
      ),
      '/api/v1/sessions': jsonOperation(
        'Forum sessions',
        'The sessions of the forum in order, with their objectives.',
        LocaleParamsSchema,
        SessionListSchema,
        components,
      ),
      '/api/v1/recommendations': jsonOperation(
        'Recommendations and cooperation ideas',
        "The forum's recommendations (final, post-test, conclusions) and the working tables' cooperation ideas.",
        LocaleParamsSchema,
        RecommendationListSchema,
        components,
      ),
      '/api/v1/communique': jsonOperation(
        'The joint communiqué',
        'The joint communiqué, paragraph by paragraph, with stable anchors.',
        LocaleParamsSchema,
        CommuniqueSchema,
        components,
        {
          notFound: 'The communiqué is not in the database.',
        },
      ),
      '/api/v1/export/practices.json': jsonOperation(
        'Export practices (JSON)',
        `Every practice matching the filters, both languages of each text. ${filters}`,
        PracticeFilterParamsSchema,
        PracticeExportSchema,
        components,
      ),
      '/api/v1/export/practices.csv': {
        get: {
          summary: 'Export practices (CSV)',
          description: `The same rows as the JSON export as RFC 4180 CSV (UTF-8 with BOM, CRLF); lists are ";"-joined codes and, in the *Names columns, names. ${filters}`,
          parameters: queryParameters(PracticeFilterParamsSchema, components),
          responses: {
            '200': {
              description: 'OK',
              headers: cachingHeaders,
              content: { 'text/csv': { schema: { type: 'string' } } },
            },
            ...notModified,
            ...errorResponses,
          },
        },
      },
      '/api/v1/feed/practices': {
        get: {
          summary: 'Atom feed of practices',
          description: `The ${50} most recently published or updated practices matching the filters, newest first, as Atom 1.0. ${filters}`,
          parameters: queryParameters(FeedParamsSchema, components),
          responses: {
            '200': {
              description: 'OK',
              headers: cachingHeaders,
              content: { 'application/atom+xml': { schema: { type: 'string' } } },
            },
            ...notModified,
            ...errorResponses,
          },
        },
      },
    },
    components: { schemas: components },
  }
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>

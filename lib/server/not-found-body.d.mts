import type { Replacement } from './hold-response.mjs'

export function completeNotFound(
  response: { url: string | undefined; contentType: unknown; contentEncoding: unknown },
  body: Buffer,
): Replacement | null

// Holding back the few responses the serving process may need to correct after Next has written
// them: a 5xx that was really "the database is unreachable" (a 503 is the honest answer), and a 404
// whose HTML Next left without a body (vercel/next.js#62228). The response is held only when its status
// matches `hold`; successful responses are never delayed or buffered. When the held response ends,
// `settle` decides: null lets it through unchanged, a replacement is sent instead.

/** Headers that describe the held body, so never outlive it; a replacement's own headers replace theirs too. */
const BODY_HEADERS = ['content-length', 'content-encoding', 'etag']

/**
 * @param {import('node:http').ServerResponse} res
 * @param {{
 *   hold: (status: number) => boolean,
 *   settle: (held: { status: number, headers: Record<string, unknown>, body: Buffer }) => Promise<null | { status: number, headers: Record<string, string>, body: string }>,
 * }} policy
 */
export function holdResponse(res, { hold, settle }) {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders }
  let holding = false
  let heldHead = null
  /** @type {Array<[kind: 'write' | 'end', ...args: unknown[]]>} */
  const held = []

  const startHoldingIfDue = () => {
    if (!holding && !res.headersSent && hold(res.statusCode)) res.writeHead(res.statusCode)
  }

  res.writeHead = function writeHead(status, ...rest) {
    // Once holding, later calls (an implicit header, then an explicit one) replace the held head.
    if (holding || hold(status)) {
      holding = true
      heldHead = [status, ...rest]
      return res
    }
    return original.writeHead.call(res, status, ...rest)
  }
  res.flushHeaders = function flushHeaders() {
    startHoldingIfDue()
    if (!holding) original.flushHeaders.call(res)
  }
  res.write = function write(...args) {
    startHoldingIfDue()
    if (!holding) return original.write.apply(res, args)
    held.push(['write', ...args])
    const callback = args.find((arg) => typeof arg === 'function')
    if (callback) queueMicrotask(() => callback())
    return true
  }
  res.end = function end(...args) {
    startHoldingIfDue()
    if (!holding) return original.end.apply(res, args)
    held.push(['end', ...args])
    const status = heldHead[0]
    settle({ status, headers: headersOf(res, heldHead), body: bodyOf(held) })
      .catch(() => null)
      .then((replacement) => {
        Object.assign(res, original)
        if (!replacement) {
          original.writeHead.apply(res, heldHead)
          for (const [kind, ...callArgs] of held) (kind === 'end' ? original.end : original.write).apply(res, callArgs)
          return
        }
        // The held response's other headers stay (security headers, its Cache-Control: a proxy must be
        // able to store a 404 over its stale copy). Headers passed to writeHead itself go with it.
        for (const name of [...BODY_HEADERS, ...Object.keys(replacement.headers)]) res.removeHeader(name)
        const body = res.req?.method === 'HEAD' ? undefined : replacement.body
        res.writeHead(replacement.status, {
          ...replacement.headers,
          'Content-Length': Buffer.byteLength(replacement.body),
        })
        res.end(body)
      })
    return res
  }
}

/** The held response's headers, lower-cased: those set on it and those handed to writeHead. */
function headersOf(res, [, ...rest]) {
  const headers = { ...res.getHeaders() }
  const given = rest.find((arg) => arg && typeof arg === 'object')
  if (given && !Array.isArray(given))
    for (const [name, value] of Object.entries(given)) headers[name.toLowerCase()] = value
  return headers
}

/** The bytes of the held writes (string chunks in their encoding, callbacks skipped). */
function bodyOf(held) {
  const chunks = []
  for (const [, chunk, encoding] of held) {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') continue
    chunks.push(
      Buffer.isBuffer(chunk) || chunk instanceof Uint8Array
        ? Buffer.from(chunk)
        : Buffer.from(String(chunk), typeof encoding === 'string' ? encoding : 'utf8'),
    )
  }
  return Buffer.concat(chunks)
}

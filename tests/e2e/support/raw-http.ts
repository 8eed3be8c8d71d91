// Plain HTTP requests with control over what a browser or Playwright would not let a test choose: the
// Host header, the source address (127.0.0.x, so a test has a client address of its own) and a
// multipart body built by hand.
import http from 'node:http'

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string; ms: number }

export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: Buffer | string; localAddress?: string } = {},
): Promise<RawResponse> {
  const target = new URL(url)
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: target.hostname.replace(/^\[|\]$/g, ''),
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: options.method ?? 'GET',
        // Content-Length as a browser sends it (not chunked).
        headers:
          options.body === undefined
            ? options.headers
            : { ...options.headers, 'Content-Length': String(Buffer.byteLength(options.body)) },
        localAddress: options.localAddress,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - started,
          }),
        )
        response.on('error', reject)
      },
    )
    request.on('error', reject)
    request.setTimeout(30_000, () => request.destroy(new Error(`timeout: ${url}`)))
    if (options.body) request.write(options.body)
    request.end()
  })
}

/** A multipart/form-data body of text fields. */
export function multipartBody(fields: Record<string, string>): { body: Buffer; contentType: string } {
  const boundary = `----crm${Math.random().toString(16).slice(2)}`
  const parts = Object.entries(fields).map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/"/g, '%22')}"\r\n\r\n${value}\r\n`,
  )
  return {
    body: Buffer.from(`${parts.join('')}--${boundary}--\r\n`, 'utf8'),
    contentType: `multipart/form-data; boundary=${boundary}`,
  }
}

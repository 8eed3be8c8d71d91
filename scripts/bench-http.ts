// `npm run bench:http`: the portal's HTTP throughput, side by side in one run with nginx serving the
// very same bytes as static files (issue 11; figures in docs/benchmarks.md). It builds once if there
// is no build, starts the production server (and nginx with the shipped proxy directives in front of
// it) on a fresh, seeded throwaway PostgreSQL, then for each URL runs wrk (-t2 -c16 -d8s --latency)
// against the app, the nginx proxy cache, and nginx serving the response body as a static file.
// BENCH_PORT (default 3200) is the base port: app +1, proxy +5000, static nginx +5001.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { NGINX, nginxConfig, startDeployment, type Deployment } from '../tests/e2e/support/instances'
import { ensureBenchBuild } from './next-build'

const WRK = process.env.WRK_PATH || '/usr/bin/wrk'
const basePort = Number(process.env.BENCH_PORT || '3200')
const duration = process.env.BENCH_DURATION || '8s'
const distDir = process.env.NEXT_DIST_DIR || '.next'

const URLS = [
  '/es',
  '/es/comunicado',
  '/es/practicas',
  '/es/practicas?q=migrantes',
  '/es/practicas/brigadas-moviles-regularizacion',
  '/api/v1/practices?pageSize=20',
]

// A different q on every request: the catalogue's search, uncached, each time (wrk's Lua hook).
const UNCACHED_SEARCH_LUA = `
local words = {"migrantes", "retorno", "regularizacion", "trata", "refugio", "frontera", "empleo", "salud", "ninez", "mujeres"}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/es/practicas?q=" .. words[(n % #words) + 1] .. "+" .. n .. "-" .. math.random(1, 1000000000))
end
`

type Result = { rps: number; p99ms: number; non2xx: number; timeouts: number }

function parseDuration(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim())
  if (!match) return Number.NaN
  const value = Number(match[1])
  return match[2] === 'us' ? value / 1000 : match[2] === 'ms' ? value : match[2] === 's' ? value * 1000 : value * 60_000
}

function wrk(url: string, script?: string): Result {
  const args = ['-t2', '-c16', `-d${duration}`, '--latency', '--timeout', '10s', ...(script ? ['-s', script] : []), url]
  const output = execFileSync(WRK, args, { encoding: 'utf8' })
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? Number.NaN)
  const p99 = /\s99%\s+([\d.]+\w+)/.exec(output)?.[1] ?? ''
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(output)?.[1] ?? 0)
  // wrk gives up on a request after --timeout and leaves it out of the latencies: report those too.
  const timeouts = Number(/Socket errors:.*timeout (\d+)/.exec(output)?.[1] ?? 0)
  return { rps, p99ms: timeouts > 0 ? Number.NaN : parseDuration(p99), non2xx, timeouts }
}

function startStaticNginx(dir: string, port: number): ChildProcess {
  const config = nginxConfig(
    dir,
    `  sendfile on;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/www;
    default_type text/html;
  }`,
  )
  writeFileSync(path.join(dir, 'static.conf'), config)
  return spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'static.conf')], { detached: true, stdio: 'ignore' })
}

/** A GET, retried once: after a wrk run the server may close the idle connection fetch reuses. */
async function getBytes(url: string): Promise<Buffer> {
  try {
    return Buffer.from(await (await fetch(url)).arrayBuffer())
  } catch {
    return Buffer.from(await (await fetch(url, { headers: { connection: 'close' } })).arrayBuffer())
  }
}

const format = (value: number, digits = 0) =>
  Number.isFinite(value)
    ? value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : '—'

async function main(): Promise<void> {
  for (const tool of [WRK, NGINX])
    if (!existsSync(tool)) throw new Error(`${tool} is missing (apt-get install -y wrk nginx-light)`)
  process.env.NEXT_DIST_DIR = distDir
  ensureBenchBuild(distDir, 'bench:http')
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crm-bench-http-'))
  mkdirSync(path.join(dir, 'www'))
  let deployment: Deployment | undefined
  let staticNginx: ChildProcess | undefined
  try {
    deployment = await startDeployment({ basePort, instances: 1 })
    const staticPort = basePort + 5001
    staticNginx = startStaticNginx(dir, staticPort)
    const luaFile = path.join(dir, 'uncached-search.lua')
    writeFileSync(luaFile, UNCACHED_SEARCH_LUA)
    const rows: string[] = []
    // The ceiling: a file of Next's build, which Next serves with no proxy (middleware), no render and
    // no cache lookup. What the app can do for any page on this machine is at most this.
    const home = (await getBytes(deployment.a + '/es')).toString('utf8')
    const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(home)?.[1]
    if (!stylesheet) throw new Error('no stylesheet link in /es')
    for (const [index, url] of [...URLS, stylesheet].entries()) {
      // Warm both caches, and keep the app's bytes for the static copy.
      const body = await getBytes(deployment.a + url)
      await getBytes(deployment.proxy + url)
      await getBytes(deployment.proxy + url)
      writeFileSync(path.join(dir, 'www', `${index}.html`), body)
      const app = wrk(deployment.a + url)
      const proxied = wrk(deployment.proxy + url)
      const staticFile = wrk(`http://127.0.0.1:${staticPort}/${index}.html`)
      const errors = app.non2xx + proxied.non2xx ? ` (non-2xx: ${app.non2xx}/${proxied.non2xx})` : ''
      const timedOut = app.timeouts ? ` (${app.timeouts} over 10 s)` : ''
      rows.push(
        `| ${url}${errors}${timedOut} | ${format(body.length / 1024, 1)} KB | ${format(app.rps)} | ${format(app.p99ms, 1)} ms | ${format(proxied.rps)} | ${format(staticFile.rps)} | ${format(app.rps / staticFile.rps, 3)} | ${format(proxied.rps / staticFile.rps, 2)} |`,
      )
      console.info(rows.at(-1))
    }
    const search = wrk(`${deployment.a}/`, luaFile)
    const timedOut = search.timeouts ? ` (${search.timeouts} over 10 s)` : ''
    const searchRow = `| /es/practicas?q=<new each request> (uncached)${timedOut} | — | ${format(search.rps)} | ${format(search.p99ms, 1)} ms | — | — | — | — |`
    console.info(searchRow)
    console.info(
      [
        '',
        `wrk -t2 -c16 -d${duration} --latency --timeout 10s; ${os.cpus().length} cores; ${new Date().toISOString()}`,
        '| URL | body | app req/s | app p99 | nginx proxy cache req/s | nginx static req/s | app / static | proxy / static |',
        '|---|---|---|---|---|---|---|---|',
        ...rows,
        searchRow,
      ].join('\n'),
    )
  } finally {
    if (staticNginx?.pid) {
      try {
        process.kill(-staticNginx.pid, 'SIGTERM')
      } catch {
        // gone
      }
    }
    await deployment?.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : ''
  console.error(`[bench:http] ${error instanceof Error ? error.message : String(error)}${cause}`)
  process.exit(1)
})

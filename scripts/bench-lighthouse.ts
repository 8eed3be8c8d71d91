// `npm run bench:lighthouse`: Lighthouse's mobile audit (the default preset: a mid-range phone on a slow
// 4G connection, simulated) of the four public pages issue 11 names, on the production build and a fresh,
// seeded throwaway PostgreSQL, as bench:http runs them. Prints the scores and the metrics behind them;
// the figures go in docs/benchmarks.md. Lighthouse is not a dependency of the project: LIGHTHOUSE_BIN
// names it (default: `npx --yes lighthouse@12.2.3`, the version pinned for these machines), CHROME_PATH the
// browser (default: Debian's /usr/bin/chromium). LIGHTHOUSE_TARGET=proxy audits through the nginx proxy
// cache instead of the app. Timings are only meaningful on a quiet machine.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startDeployment, type Deployment } from '../tests/e2e/support/instances'
import { ensureBenchBuild } from './next-build'

const basePort = Number(process.env.BENCH_PORT || '3200')
const distDir = process.env.NEXT_DIST_DIR || '.next'
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium'
const [command = 'npx', ...commandArgs] = (process.env.LIGHTHOUSE_BIN || 'npx --yes lighthouse@12.2.3').split(' ')

const PAGES = ['/es', '/es/practicas', '/es/practicas/brigadas-moviles-regularizacion', '/es/comunicado']

type Report = {
  lighthouseVersion: string
  categories: Record<string, { score: number | null }>
  audits: Record<string, { numericValue?: number }>
}

function audit(url: string, output: string): Report {
  execFileSync(
    command,
    [
      ...commandArgs,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${output}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: chrome } },
  )
  return JSON.parse(readFileSync(output, 'utf8')) as Report
}

const score = (report: Report, category: string) => Math.round((report.categories[category]?.score ?? 0) * 100)
const metric = (report: Report, id: string) => report.audits[id]?.numericValue ?? Number.NaN
const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`

async function main(): Promise<void> {
  if (!existsSync(chrome)) throw new Error(`${chrome} is missing (apt-get install -y chromium, or set CHROME_PATH)`)
  process.env.NEXT_DIST_DIR = distDir
  ensureBenchBuild(distDir, 'bench:lighthouse')
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crm-bench-lighthouse-'))
  let deployment: Deployment | undefined
  try {
    deployment = await startDeployment({ basePort, instances: 1 })
    const origin = process.env.LIGHTHOUSE_TARGET === 'proxy' ? deployment.proxy : deployment.a
    const rows: string[] = []
    let version = ''
    for (const [index, page] of PAGES.entries()) {
      // The first view renders and fills the cache; Lighthouse measures a visitor after it.
      await fetch(origin + page)
      const report = audit(origin + page, path.join(dir, `${index}.json`))
      version = report.lighthouseVersion
      rows.push(
        `| ${page} | ${score(report, 'performance')} | ${score(report, 'accessibility')} | ${score(report, 'best-practices')} | ${score(report, 'seo')} | ${ms(metric(report, 'first-contentful-paint'))} | ${ms(metric(report, 'largest-contentful-paint'))} | ${ms(metric(report, 'total-blocking-time'))} | ${metric(report, 'cumulative-layout-shift').toFixed(3)} | ${kb(metric(report, 'total-byte-weight'))} |`,
      )
      console.info(rows.at(-1))
    }
    console.info(
      [
        '',
        `lighthouse ${version}, mobile preset (simulated throttling), ${origin === deployment.a ? 'the app' : 'the nginx proxy cache'}; ${os.cpus().length} cores; ${new Date().toISOString()}`,
        '| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | transferred |',
        '|---|---|---|---|---|---|---|---|---|---|',
        ...rows,
      ].join('\n'),
    )
  } finally {
    await deployment?.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(`[bench:lighthouse] ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})

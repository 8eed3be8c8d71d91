// `next build`, as the start script and the benchmarks run it (no telemetry; into NEXT_DIST_DIR when set).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

export const NEXT_BIN = path.join('node_modules', 'next', 'dist', 'bin', 'next')

/** Runs the build with its output on this terminal; true when it succeeded. */
export function nextBuild(env: NodeJS.ProcessEnv = process.env): boolean {
  const build = spawnSync(process.execPath, [NEXT_BIN, 'build'], {
    stdio: 'inherit',
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  return build.status === 0
}

/** A benchmark's build: the one already in `distDir`, unless there is none or BENCH_BUILD=1. */
export function ensureBenchBuild(distDir: string, label: string): void {
  if (existsSync(path.join(distDir, 'BUILD_ID')) && process.env.BENCH_BUILD !== '1') return
  console.info(`[${label}] building into ${distDir} (next build)…`)
  if (!nextBuild({ ...process.env, NEXT_DIST_DIR: distDir })) throw new Error('the build failed')
}

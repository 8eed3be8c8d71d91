// `npm test`: typecheck, lint, the format check, unit, integration (real database) and browser tests (production build).
// Stops at the first failing step. TEST_DB_ENGINE=pglite runs the database tests on the embedded engine.
import { spawnSync } from 'node:child_process'

const only = process.argv.slice(2)
const steps: [string, string[]][] = [
  ['typecheck', ['run', 'typecheck']],
  ['lint', ['run', 'lint']],
  ['format', ['run', 'format:check']],
  ['unit', ['run', 'test:unit']],
  ['integration', ['run', 'test:integration']],
  ['e2e', ['run', 'test:e2e']],
]

const started = Date.now()
for (const [name, args] of steps) {
  if (only.length > 0 && !only.includes(name)) continue
  console.info(`\n▶ npm test: ${name}`)
  const stepStart = Date.now()
  const result = spawnSync('npm', args, { stdio: 'inherit', env: process.env })
  const seconds = ((Date.now() - stepStart) / 1000).toFixed(0)
  if (result.status !== 0) {
    console.error(`\n✖ npm test: ${name} failed after ${seconds}s`)
    process.exit(result.status ?? 1)
  }
  console.info(`✔ npm test: ${name} (${seconds}s)`)
}
console.info(`\n✔ npm test: all steps passed in ${((Date.now() - started) / 1000).toFixed(0)}s`)

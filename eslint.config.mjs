import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

const PRISMA_CLIENT = { name: '@prisma/client', message: 'Import the client through lib/db.ts.' }

// Only the data layer talks to the database (docs/decisions/016-data-layer-boundary.md): lib/db.ts and
// the generated client are imported by lib/**/*queries*.ts and lib/**/*mutations*.ts, lib/db.ts itself,
// scripts and tests. Types from the generated client (enums, Prisma.XGetPayload) are fine anywhere.
const DATA_LAYER = ['lib/**/*queries*.ts', 'lib/**/*mutations*.ts', 'lib/db.ts', 'scripts/**', 'tests/**']
// Infrastructure that opens or watches connections rather than reading data (same record).
const CONNECTION_INFRASTRUCTURE = ['lib/auth/auth.ts', 'lib/backup/**', 'lib/cache/fan-out.ts', 'lib/migrations/**']

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    '.next-*/**',
    'lib/generated/**',
    'node_modules/**',
    '.data/**',
    'test-results/**',
    'next-env.d.ts',
  ]),
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [PRISMA_CLIENT] }],
    },
  },
  {
    ignores: [...DATA_LAYER, ...CONNECTION_INFRASTRUCTURE],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [PRISMA_CLIENT],
          patterns: [
            {
              regex: '(^@/lib/db$|^(\\.\\./)+(lib/)?db$|^\\./db$)',
              message:
                'Only lib/**/*queries*.ts and lib/**/*mutations*.ts talk to the database: call a query or mutation function.',
            },
            {
              regex: '(^@/lib/generated/prisma/|/generated/prisma/)(client|internal|models)',
              allowTypeImports: true,
              message:
                'Prisma values (Prisma.sql, the client) belong in a queries or mutations module; import types with `import type`.',
            },
          ],
        },
      ],
    },
  },
  // Issue 14: no file in components/ or lib/ over 400 lines (the practice editor had grown to 452 holding
  // three form primitives). Counted as `wc -l` counts, comments and blank lines included.
  {
    files: ['components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx,mjs}'],
    ignores: ['lib/generated/**'],
    rules: { 'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }] },
  },
])

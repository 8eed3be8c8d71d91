import { describe, expect, it } from 'vitest'
import { isWellFormedPath } from './well-formed-path'

describe('isWellFormedPath', () => {
  it.each(['/', '/es/objetivos', '/es/practicas/grupo-beta', '/en/practices/caf%C3%A9', '/api/v1/practices/x'])(
    'accepts %s',
    (path) => {
      expect(isWellFormedPath(path)).toBe(true)
    },
  )

  it.each([
    '/es/practicas/%25',
    '/es/practicas/%C3%28',
    '/es/%E0%A4%A',
    '/api/v1/practices/%C3%28',
    '/es/practicas/a%00b',
    '/es/x%0Ay',
    '/%',
  ])('refuses %s (finding 8: these were 500s)', (path) => {
    expect(isWellFormedPath(path)).toBe(false)
  })
})

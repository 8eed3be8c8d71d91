import { describe, expect, it } from 'vitest'
import { describeStartupError } from './startup-errors'

describe('describeStartupError', () => {
  it('explains common connection failures in words', () => {
    expect(
      describeStartupError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' })),
    ).toMatch(/refused/)
    expect(describeStartupError({ code: '28P01', message: 'password authentication failed' })).toMatch(/password/)
    expect(describeStartupError({ code: '3D000', message: 'database "x" does not exist' })).toMatch(/does not exist/)
  })

  it('keeps only the first line of anything else', () => {
    expect(describeStartupError(new Error('first line\n    at stack frame'))).toBe('first line')
  })
})

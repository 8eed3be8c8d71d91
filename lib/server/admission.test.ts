import { describe, expect, it } from 'vitest'
import { admissionLimitsFromEnv, createAdmission } from './admission.mjs'

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('admission', () => {
  it('lets maxInFlight in, queues the next ones in arrival order and refuses beyond the queue', async () => {
    const admission = createAdmission({ maxInFlight: 2, maxQueued: 2, maxWaitMs: 10_000 })
    const first = await admission.enter()
    const second = await admission.enter()
    expect(first).toBeTypeOf('function')
    expect(second).toBeTypeOf('function')
    const order: string[] = []
    const third = admission.enter().then((release) => (order.push('third'), release))
    const fourth = admission.enter().then((release) => (order.push('fourth'), release))
    expect(await admission.enter()).toBeNull() // the queue is full
    expect(admission.stats()).toEqual({ inFlight: 2, queued: 2 })
    await tick()
    expect(order).toEqual([])
    first!()
    first!() // releasing twice frees one slot only
    await tick()
    expect(order).toEqual(['third'])
    expect(admission.stats()).toEqual({ inFlight: 2, queued: 1 })
    second!()
    const releases = await Promise.all([third, fourth])
    expect(order).toEqual(['third', 'fourth'])
    for (const release of releases) release!()
    expect(admission.stats()).toEqual({ inFlight: 0, queued: 0 })
  })

  it('refuses a request that waited longer than maxWaitMs, and frees its place in the queue', async () => {
    const admission = createAdmission({ maxInFlight: 1, maxQueued: 1, maxWaitMs: 20 })
    const only = await admission.enter()
    expect(await admission.enter()).toBeNull()
    expect(admission.stats()).toEqual({ inFlight: 1, queued: 0 })
    only!()
    expect(admission.stats()).toEqual({ inFlight: 0, queued: 0 })
  })

  it('reads positive integer limits from the environment and ignores anything else', () => {
    expect(
      admissionLimitsFromEnv({ SERVE_MAX_IN_FLIGHT: '8', SERVE_MAX_QUEUED: '0', SERVE_MAX_WAIT_MS: 'soon' }),
    ).toEqual({
      maxInFlight: 8,
      maxQueued: 2048,
      maxWaitMs: 15_000,
    })
  })
})

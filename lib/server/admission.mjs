// Admission control for the serving process. A burst of connections (a link shared by a ministry)
// used to reach Next all at once; the requests that needed the database then waited on its pool and
// failed with 500s after the pool's timeout. Here at most `maxInFlight` requests are inside Next; the
// next `maxQueued` wait their turn in arrival order for up to `maxWaitMs`; anyone beyond that, or
// waiting longer, is told 503 with Retry-After straight away, which a browser, a CDN or nginx can act on.

/**
 * @param {{ maxInFlight: number, maxQueued: number, maxWaitMs: number }} limits
 */
export function createAdmission({ maxInFlight, maxQueued, maxWaitMs }) {
  let inFlight = 0
  /** @type {Array<{ admit: () => void, timer: NodeJS.Timeout }>} */
  const queue = []

  function release() {
    const next = queue.shift()
    if (next) {
      clearTimeout(next.timer)
      next.admit() // the slot passes straight to the next in line
    } else {
      inFlight -= 1
    }
  }

  /** Resolves to a release function once admitted, or to null when refused (queue full or waited too long). */
  function enter() {
    if (inFlight < maxInFlight) {
      inFlight += 1
      return Promise.resolve(once(release))
    }
    if (queue.length >= maxQueued) return Promise.resolve(null)
    return new Promise((resolve) => {
      const entry = {
        admit: () => resolve(once(release)),
        timer: setTimeout(() => {
          queue.splice(queue.indexOf(entry), 1)
          resolve(null)
        }, maxWaitMs),
      }
      queue.push(entry)
    })
  }

  return { enter, stats: () => ({ inFlight, queued: queue.length }) }
}

function once(fn) {
  let done = false
  return () => {
    if (done) return
    done = true
    fn()
  }
}

/** Limits from the environment (README: SERVE_MAX_IN_FLIGHT, SERVE_MAX_QUEUED, SERVE_MAX_WAIT_MS). */
export function admissionLimitsFromEnv(env) {
  const positive = (name, fallback) => {
    const value = Number(env[name])
    return Number.isInteger(value) && value > 0 ? value : fallback
  }
  return {
    maxInFlight: positive('SERVE_MAX_IN_FLIGHT', 64),
    maxQueued: positive('SERVE_MAX_QUEUED', 2048),
    maxWaitMs: positive('SERVE_MAX_WAIT_MS', 15_000),
  }
}

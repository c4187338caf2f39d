import { describe, expect, it } from 'vitest'
import { hostProfile } from '../ref/index.js'
import { createLimiter, limiterPerRegistry, type Limiter } from './limiter.js'

/** The most tasks that ran at once when each limiter was given 20 tasks that each wait for a later tick. */
async function mostAtOnce(...limiters: Limiter[]): Promise<number> {
  let running = 0
  let most = 0
  const task = async () => {
    running++
    most = Math.max(most, running)
    await new Promise((resolve) => setImmediate(resolve))
    running--
  }
  await Promise.all(limiters.flatMap((limiter) => Array.from({ length: 20 }, () => limiter(task))))
  return most
}

describe('createLimiter', () => {
  it.each([1, 2, 4])('never runs more than %i at once, even when tasks are submitted as others finish', async (limit) => {
    const limiter = createLimiter(limit)
    let running = 0
    let most = 0
    const task = (ticks: number) => async () => {
      running++
      most = Math.max(most, running)
      for (let i = 0; i < ticks; i++) await Promise.resolve()
      running--
    }
    // Each follow-up is submitted in the microtask after its first task ends: between a slot's
    // release and the waiter that takes it.
    await Promise.all(Array.from({ length: 20 }, (_, i) => limiter(task(i % 3)).then(() => limiter(task(1)))))
    expect(most).toBeLessThanOrEqual(limit)
  })
})

describe('limiterPerRegistry', () => {
  it.each(['docker.io', 'ghcr.io', '127.0.0.1:5000'])(
    "%s runs its host profile's number of requests at once, or as many as --concurrency says",
    async (registry) => {
      expect(await mostAtOnce(limiterPerRegistry()(registry))).toBe(hostProfile(registry).concurrency)
      expect(await mostAtOnce(limiterPerRegistry(2)(registry))).toBe(2)
    },
  )

  it('gives each registry its own limiter, so one does not starve another', async () => {
    const limiterFor = limiterPerRegistry()
    expect(await mostAtOnce(limiterFor('ghcr.io'), limiterFor('ghcr.io'))).toBe(hostProfile('ghcr.io').concurrency)
    expect(await mostAtOnce(limiterFor('ghcr.io'), limiterFor('docker.io'))).toBe(hostProfile('ghcr.io').concurrency + hostProfile('docker.io').concurrency)
  })

  it('gives one limiter to a registry however its host is spelt', async () => {
    const limiterFor = limiterPerRegistry(3)
    expect(limiterFor('LOCALHOST:5000')).toBe(limiterFor('localhost:5000'))
    expect(await mostAtOnce(limiterFor('GHCR.io'), limiterFor('ghcr.io'))).toBe(3)
    expect(limiterFor('localhost:5000')).not.toBe(limiterFor('localhost:5001'))
  })
})

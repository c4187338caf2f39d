import { hostProfile, registryKey } from '../ref/index.js'

/**
 * Bounded concurrency: at most `limit` tasks at once. Registries drop sockets when a client opens
 * too many uploads at once (ECR: https://github.com/dotnet/sdk-container-builds/issues/279); how
 * many each takes is its host profile's (ref/host-profile.ts).
 */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>

export function createLimiter(limit: number): Limiter {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`concurrency must be a whole number ≥ 1, got ${limit}`)
  let running = 0
  const waiting: (() => void)[] = []
  // A finished task hands its slot straight to the first waiting one: were the slot freed and taken
  // back when the waiter resumes (a microtask later), a task submitted in between would take it too,
  // and one more than `limit` would run (a manifest PUT queued as its blobs finish does just that).
  const release = () => {
    const next = waiting.shift()
    if (next) next()
    else running--
  }
  return async (task) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve))
    else running++
    try {
      return await task()
    } finally {
      release()
    }
  }
}

/**
 * One limiter per registry host, so two registries in one run do not starve each other. Each
 * allows `limit` requests at once when given (`--concurrency`), else its host profile's number.
 */
export function limiterPerRegistry(limit?: number): (registry: string) => Limiter {
  const limiters = new Map<string, Limiter>()
  // One limiter per registry, not per spelling: GHCR.io and ghcr.io share the host's limit.
  return (registry) => {
    const key = registryKey(registry)
    let limiter = limiters.get(key)
    if (limiter === undefined) {
      limiter = createLimiter(limit ?? hostProfile(registry).concurrency)
      limiters.set(key, limiter)
    }
    return limiter
  }
}

/**
 * Runs every task and waits for all of them even when one fails, so no upload is left running
 * unobserved; then throws the first failure.
 */
export async function settleAll<T>(tasks: readonly Promise<T>[]): Promise<T[]> {
  const results = await Promise.allSettled(tasks)
  const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected')
  if (failed) throw failed.reason
  return results.map((result) => (result as PromiseFulfilledResult<T>).value)
}

import { homedir } from 'node:os'
import { parseTimeout } from '../commands/timeout.js'
import { DEFAULT_HOST_LIMITS } from '../ref/index.js'
import { createRegistryClient, deadlinesFor, type RegistryClient } from '../registry/index.js'
import { createCredentialResolver } from '../registry/credentials/index.js'
import { SHIPTAG_VERSION } from '../version.js'
import { paint, type CliIo } from './io.js'
import { UsageError } from './usage-error.js'

/** The options of every command that talks to registries. */
export const REGISTRY_OPTIONS = {
  timeout: { type: 'string' },
} as const

/** `--timeout DURATION`, checked before anything else runs (also where no registry is asked). */
export function readTimeout(values: { timeout?: string }): number {
  return parseTimeout(values.timeout ?? '', '--timeout')
}

/**
 * The CLI's registry client: Docker config credentials and GITHUB_TOKEN for ghcr.io; notices to stderr
 * (progress lines come from the copy, commands/progress.ts); the deadlines of `--timeout`.
 */
export function createCliRegistryClient(io: CliIo, timeoutMs: number): RegistryClient {
  return createRegistryClient({
    // Outside Actions nothing masks secrets in a log; the resolver never prints them either way.
    credentials: createCredentialResolver({
      env: io.env,
      homedir: homedir(),
      ...(io.env.GITHUB_TOKEN ? { githubToken: io.env.GITHUB_TOKEN } : {}),
      mask: () => {},
    }),
    userAgent: `shiptag/${SHIPTAG_VERSION} (+https://github.com/acme/shiptag)`,
    warn: (message) => io.stderr(`${paint(io, 'yellow', 'warning:')} ${message}\n`),
    timeouts: deadlinesFor(timeoutMs),
  })
}

/** `--concurrency N`: a whole number ≥ 1; without it, each registry's host profile decides (4). */
export function readConcurrency(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const concurrency = Number(value)
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new UsageError(`--concurrency must be a whole number ≥ 1, got "${value}"`, {
      hint: `the default, ${DEFAULT_HOST_LIMITS.concurrency}, suits most registries`,
    })
  }
  return concurrency
}

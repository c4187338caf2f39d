import { homedir } from 'node:os'
import { createRegistryClient, deadlinesFor, type RegistryClient } from '../registry/index.js'
import { createCredentialResolver } from '../registry/credentials/index.js'
import { SHIPTAG_VERSION } from '../version.js'
import { paint, type CliIo } from './io.js'

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

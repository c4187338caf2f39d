import { setTimeout as delay } from 'node:timers/promises'
import { rememberSecret } from '../errors.js'
import { parseRepository, repositoryName, type Repository } from '../ref/index.js'
import type { Credential, PlannedAccess, RegistryClient, RegistryClientOptions, RepositoryClient, RepositoryOptions } from './api.js'
import { credentialSecrets } from './auth/basic.js'
import { HostAuth } from './auth/host-auth.js'
import { repositoryScope } from './auth/scope.js'
import { TokenCache } from './auth/token-cache.js'
import { RegistryRepositoryClient } from './repository-client.js'
import { RepositoryTransport } from './repository-transport.js'
import { DEFAULT_RETRY, SilenceWatch, StatsBook, createDispatcher, createTransport, deadlinesFor, endpointFor } from './transport/index.js'

/** Sent when the caller gives no User-Agent; registries log it (docs/registry-protocol.md#transport). */
const DEFAULT_USER_AGENT = 'shiptag'
/** OAuth2 `client_id` (required on the POST flow: https://distribution.github.io/distribution/spec/auth/oauth/). */
const CLIENT_ID = 'shiptag'

/**
 * The Distribution API client. One keep-alive dispatcher, one token cache and one set of counters
 * for every registry; per registry host, one ping and one credential lookup, shared by every
 * repository client.
 */
export function createRegistryClient(options: RegistryClientOptions): RegistryClient {
  const now = options.now ?? Date.now
  const warnOnce = onlyOnce(options.warn ?? (() => {}))
  const mask = (secret: string): void => {
    rememberSecret(secret)
    options.mask?.(secret)
  }
  const stats = new StatsBook()
  const deadlines = { ...deadlinesFor(options.timeouts?.budgetMs), ...definedOnly(options.timeouts ?? {}) }
  const dispatcher = createDispatcher(deadlines)
  const retry = {
    ...DEFAULT_RETRY,
    ...definedOnly(options.retry ?? {}),
    sleep: options.sleep ?? ((ms: number) => delay(ms)),
    now,
    random: Math.random,
    budgetMs: deadlines.budgetMs,
  }
  const send = createTransport({
    dispatcher,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    stats,
    warn: warnOnce,
    retry,
    deadlines,
    silence: new SilenceWatch(deadlines.budgetMs),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  })
  const tokens = new TokenCache(now)
  const hosts = new Map<string, HostAuth>()
  const repositories: RegistryRepositoryClient[] = []

  const hostAuth = (registry: string): HostAuth => {
    let auth = hosts.get(registry)
    if (auth === undefined) {
      // Masked here too: a resolver given by a caller may not have masked what it found.
      const credential = memoized(async () => {
        const found = await options.credentials(registry)
        for (const secret of credentialSecrets(found)) mask(secret)
        return found
      })
      auth = new HostAuth({ endpoint: endpointFor(registry, options.insecureRegistries), send, credential, tokens, now, clientId: CLIENT_ID, mask })
      hosts.set(registry, auth)
    }
    return auth
  }

  return {
    repository(target: Repository, repositoryOptions: RepositoryOptions = {}): RepositoryClient {
      const { registry } = target
      // Validates both parts with the reference grammar; the path is used as the registry sees it.
      const parsed = parseRepository(repositoryName(target))
      const transport = new RepositoryTransport(
        endpointFor(registry, options.insecureRegistries),
        parsed.repository,
        hostAuth(registry),
        repositoryOptions.intent ?? 'pull',
      )
      const client = new RegistryRepositoryClient(transport, {
        chunked: options.chunkedUploads ?? 'fallback',
        attempts: retry.attempts,
        warn: warnOnce,
        sleep: retry.sleep,
      })
      repositories.push(client)
      return client
    },
    warmUp: (registry: string) => hostAuth(registry).warmUp(),
    announce(access: readonly PlannedAccess[]): void {
      for (const { repository, access: how } of access) {
        // The path as the registry sees it (docker.io's `library/`), as a request's scope names it; a
        // name that does not parse is left to the request that uses it to report.
        let path: string
        try {
          path = parseRepository(repositoryName(repository)).repository
        } catch {
          continue
        }
        hostAuth(repository.registry).announce([repositoryScope(path, how === 'push' ? ['pull', 'push'] : ['pull'])])
      }
    },
    stats: (registry: string) => stats.snapshot(registry),
    async close(): Promise<void> {
      await Promise.all(repositories.map((client) => client.discardAll()))
      await dispatcher.close()
    },
  }
}

/** Credentials are looked up once per registry; a failed lookup is tried again next time. */
function memoized(resolve: () => Promise<Credential | undefined>): () => Promise<Credential | undefined> {
  let pending: Promise<Credential | undefined> | undefined
  return () => {
    if (pending === undefined) {
      pending = resolve()
      pending.catch(() => {
        pending = undefined
      })
    }
    return pending
  }
}

function onlyOnce(warn: (message: string) => void): (message: string) => void {
  const seen = new Set<string>()
  return (message) => {
    if (seen.has(message)) return
    seen.add(message)
    warn(message)
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}

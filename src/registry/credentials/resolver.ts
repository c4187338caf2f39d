import { rememberSecret } from '../../errors.js'
import { hostProfile } from '../../ref/index.js'
import type { Credential, CredentialResolver } from '../api.js'
import { readDockerAuthConfigEnv, readDockerConfigFile, type AuthEntry, type DockerConfig } from './docker-config.js'
import { credentialFromHelper, runHelperProgram, type HelperRunner } from './helper.js'
import { configKeyFor, sameRegistry } from './keys.js'

export interface CredentialResolverOptions {
  readonly env: Record<string, string | undefined>
  readonly homedir: string
  /** Credentials given as inputs, by registry host[:port]. */
  readonly explicit?: ReadonlyMap<string, { readonly username: string; readonly password: string }>
  /** The workflow's token, used for the registries that accept it (ghcr.io) when nothing else is configured. */
  readonly githubToken?: string
  readonly githubActor?: string
  /** Called with every secret the moment it is read (`::add-mask::` in the action, src/action/mask.ts). */
  readonly mask: (secret: string) => void
  readonly runHelper?: HelperRunner
}

/**
 * Credentials for a registry, in product order: explicit inputs, `DOCKER_AUTH_CONFIG`, the Docker
 * config (credHelpers, then credsStore, then auths, as docker/cli `GetCredentialsStore`), the
 * github-token for ghcr.io, else anonymous. Config files are read once.
 */
export function createCredentialResolver(options: CredentialResolverOptions): CredentialResolver {
  let configs: readonly DockerConfig[] | undefined
  const run = options.runHelper ?? runHelperProgram
  // Remembered as well as masked, so that no error built later can quote one (secrets.ts).
  const mask = (secret: string): void => {
    rememberSecret(secret)
    options.mask(secret)
  }
  return async (registry) => {
    const explicit = options.explicit?.get(registry)
    if (explicit) {
      mask(explicit.password)
      return { username: explicit.username, password: explicit.password, source: 'explicit input' }
    }
    configs ??= [readDockerAuthConfigEnv(options.env), readDockerConfigFile(options.env, options.homedir)].filter(
      (config): config is DockerConfig => config !== undefined,
    )
    for (const config of configs) {
      const found = await fromConfig(config, registry, run, mask)
      if (found) return found
    }
    if (hostProfile(registry).acceptsGithubToken && options.githubToken) {
      mask(options.githubToken)
      return { username: options.githubActor || 'x-access-token', password: options.githubToken, source: 'github-token' }
    }
    return undefined
  }
}

async function fromConfig(config: DockerConfig, registry: string, run: HelperRunner, mask: (secret: string) => void): Promise<Credential | undefined> {
  const key = configKeyFor(registry)
  const helperKey = Object.keys(config.credHelpers).find((candidate) => candidate === key || sameRegistry(candidate, registry))
  const helper = helperKey !== undefined ? config.credHelpers[helperKey] : config.credsStore
  if (helper) {
    const fromHelper = await credentialFromHelper(helper, key, run, mask)
    if (fromHelper) return fromHelper
  }
  const authKey = Object.hasOwn(config.auths, key) ? key : Object.keys(config.auths).find((candidate) => sameRegistry(candidate, registry))
  return authKey === undefined ? undefined : fromAuthEntry(config.auths[authKey]!, `${config.origin} auths["${authKey}"]`, mask)
}

/** An `auths` entry: `auth` is base64("user:pass"), split at the first colon (passwords may hold colons). */
function fromAuthEntry(entry: AuthEntry, source: string, mask: (secret: string) => void): Credential | undefined {
  if (entry.registrytoken) {
    mask(entry.registrytoken)
    return { registryToken: entry.registrytoken, source }
  }
  if (entry.identitytoken) {
    mask(entry.identitytoken)
    return { identityToken: entry.identitytoken, source }
  }
  let username = entry.username
  let password = entry.password
  if (entry.auth) {
    mask(entry.auth)
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8').replace(/\0+$/, '')
    const colon = decoded.indexOf(':')
    if (colon > 0) {
      username = decoded.slice(0, colon)
      password = decoded.slice(colon + 1)
    }
  }
  if (!username || !password) return undefined
  mask(password)
  return { username, password, source }
}

import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { CredentialError } from './errors.js'
import { checkHelperName } from './helper-name.js'
import { findJsonSyntaxProblem } from './json-position.js'

/** The parts of a Docker config.json that hold credentials (docker/cli configfile/file.go). */
export interface DockerConfig {
  readonly auths: Readonly<Record<string, AuthEntry>>
  /** Helper names, checked by `checkHelperName`. */
  readonly credHelpers: Readonly<Record<string, string>>
  readonly credsStore?: string
  /** Where it came from, for messages. */
  readonly origin: string
}

export interface AuthEntry {
  readonly auth?: string
  readonly username?: string
  readonly password?: string
  readonly identitytoken?: string
  readonly registrytoken?: string
}

const AUTH_FIELDS = ['auth', 'username', 'password', 'identitytoken', 'registrytoken'] as const

/** A config with hundreds of registries is a few KiB; one past this is not a Docker config. */
export const MAX_DOCKER_CONFIG_BYTES = 4 * 1024 * 1024

/** `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`; undefined when there is none. */
export function readDockerConfigFile(env: Record<string, string | undefined>, homedir: string): DockerConfig | undefined {
  const file = join(env.DOCKER_CONFIG || join(homedir, '.docker'), 'config.json')
  let text: string
  try {
    const stats = statSync(file)
    // A device or a FIFO (config.json -> /dev/zero) would be read without end.
    if (!stats.isFile())
      throw new CredentialError(`the Docker config ${file} is not a regular file`, { hint: 'point DOCKER_CONFIG at a directory holding a config.json file' })
    if (stats.size > MAX_DOCKER_CONFIG_BYTES) {
      throw new CredentialError(`the Docker config file ${file} is larger than ${MAX_DOCKER_CONFIG_BYTES} bytes`, {
        hint: 'fix or delete the file, then log in again',
      })
    }
    text = readFileSync(file, 'utf8')
  } catch (error) {
    if (error instanceof CredentialError) throw error
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new CredentialError(`cannot read the Docker config ${file}: ${(error as Error).message}`, {
      hint: 'fix its permissions, or point DOCKER_CONFIG at another directory',
    })
  }
  return parseDockerConfig(text, file, 'file')
}

/** `DOCKER_AUTH_CONFIG`: the same JSON in an environment variable (newer docker CLI, regclient). */
export function readDockerAuthConfigEnv(env: Record<string, string | undefined>): DockerConfig | undefined {
  const text = env.DOCKER_AUTH_CONFIG
  return text === undefined || text.trim() === '' ? undefined : parseDockerConfig(text, 'DOCKER_AUTH_CONFIG', 'variable')
}

/**
 * Parses and checks the shape. Every message names the origin and a position or a field, never a
 * piece of the text: any of it may be a password.
 */
function parseDockerConfig(text: string, origin: string, kind: 'file' | 'variable'): DockerConfig {
  const what = kind === 'file' ? `the Docker config file ${origin}` : `the Docker config in ${origin}`
  const hint =
    kind === 'file'
      ? 'fix or delete the file, then log in again (docker login or docker/login-action)'
      : 'set DOCKER_AUTH_CONFIG to JSON such as {"auths":{"ghcr.io":{"auth":"..."}}}'
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    // Never the parser's message: it quotes the text.
    const problem = findJsonSyntaxProblem(text)
    const where = problem === undefined ? '' : ` at line ${problem.line}, column ${problem.column}`
    throw new CredentialError(`${what} is not valid JSON${where}`, { hint })
  }
  if (!isObject(json)) throw new CredentialError(`${what} is not a JSON object`, { hint: 'it must look like {"auths":{...}}' })
  const auths = objectOf(json.auths, `${what}: "auths"`)
  for (const [key, entry] of Object.entries(auths)) checkAuthEntry(entry, `${what}: auths[${shownKey(key)}]`)
  const credHelpers = objectOf(json.credHelpers, `${what}: "credHelpers"`)
  for (const [key, name] of Object.entries(credHelpers)) checkHelperName(name, `credHelpers[${shownKey(key)}]`, origin)
  const store = json.credsStore
  return {
    auths: auths as Record<string, AuthEntry>,
    credHelpers: credHelpers as Record<string, string>,
    ...(store === undefined || store === null || store === '' ? {} : { credsStore: checkHelperName(store, '"credsStore"', origin) }),
    origin,
  }
}

function checkAuthEntry(entry: unknown, where: string): void {
  if (!isObject(entry)) throw new CredentialError(`${where} must be an object`, { hint: 'log in again to rewrite the config' })
  for (const field of AUTH_FIELDS) {
    const value = entry[field]
    if (value !== undefined && value !== null && typeof value !== 'string') {
      throw new CredentialError(`${where}.${field} must be a string`, { hint: 'log in again to rewrite the config' })
    }
  }
}

/** A registry key as a message shows it: JSON-quoted and cut short (it is a host name, never a secret). */
function shownKey(key: string): string {
  return JSON.stringify(key.length > 100 ? `${key.slice(0, 100)}…` : key)
}

function objectOf(value: unknown, what: string): Record<string, unknown> {
  if (value === undefined || value === null) return {}
  if (!isObject(value)) throw new CredentialError(`${what} must be an object`, { hint: 'log in again to rewrite the config' })
  return value
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CredentialError } from './errors.js'

/** The parts of a Docker config.json that hold credentials (docker/cli configfile/file.go). */
export interface DockerConfig {
  readonly auths: Readonly<Record<string, AuthEntry>>
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

/** `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`; undefined when there is none. */
export function readDockerConfigFile(env: Record<string, string | undefined>, homedir: string): DockerConfig | undefined {
  const file = join(env.DOCKER_CONFIG || join(homedir, '.docker'), 'config.json')
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new CredentialError(`cannot read the Docker config ${file}: ${(error as Error).message}`, { hint: 'fix its permissions, or point DOCKER_CONFIG at another directory' })
  }
  return parseDockerConfig(text, file, 'file')
}

/** `DOCKER_AUTH_CONFIG`: the same JSON in an environment variable (newer docker CLI, regclient). */
export function readDockerAuthConfigEnv(env: Record<string, string | undefined>): DockerConfig | undefined {
  const text = env.DOCKER_AUTH_CONFIG
  return text === undefined || text.trim() === '' ? undefined : parseDockerConfig(text, 'DOCKER_AUTH_CONFIG', 'variable')
}

function parseDockerConfig(text: string, origin: string, kind: 'file' | 'variable'): DockerConfig {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    // V8 may quote a piece of the input ("…" is not valid JSON), which can be a secret: keep the position only.
    const reason = (error as Error).message.replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    throw new CredentialError(`the Docker config ${kind === 'file' ? 'file ' : ''}${origin} is not valid JSON: ${reason}`, {
      hint: kind === 'file' ? 'fix or delete the file, then log in again (docker login or docker/login-action)' : 'set DOCKER_AUTH_CONFIG to JSON such as {"auths":{"ghcr.io":{"auth":"..."}}}',
    })
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new CredentialError(`the Docker config ${origin} is not a JSON object`, { hint: 'it must look like {"auths":{...}}' })
  const config = json as Record<string, unknown>
  return {
    auths: objectOf(config.auths, `${origin} "auths"`) as Record<string, AuthEntry>,
    credHelpers: objectOf(config.credHelpers, `${origin} "credHelpers"`) as Record<string, string>,
    ...(typeof config.credsStore === 'string' && config.credsStore !== '' ? { credsStore: config.credsStore } : {}),
    origin,
  }
}

function objectOf(value: unknown, what: string): Record<string, unknown> {
  if (value === undefined || value === null) return {}
  if (typeof value !== 'object' || Array.isArray(value)) throw new CredentialError(`${what} must be an object`, { hint: 'log in again to rewrite the config' })
  return value as Record<string, unknown>
}

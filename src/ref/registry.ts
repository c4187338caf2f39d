import type { ReferenceProblem } from './errors.js'
import { quote } from './errors.js'
import { HOST_NAME_RE, IPV6_LITERAL_RE, PORT_RE } from './grammar.js'
import { canonicalRegistry, DOCKER_HUB } from './host-profile.js'

/** Docker Hub: the registry of a name that does not start with one (normalize.go `defaultDomain`). */
export const DEFAULT_REGISTRY = DOCKER_HUB

/** Docker Hub's namespace for official images: `ubuntu` is `library/ubuntu` (normalize.go `officialRepoPrefix`). */
export const OFFICIAL_PREFIX = 'library/'

/** `localhost` is always a registry, even without a dot or a port (normalize.go `splitDockerDomain`). */
const LOCALHOST = 'localhost'

export interface SplitName {
  /** Canonical registry: `docker.io` for Docker Hub, otherwise as written. */
  readonly registry: string
  /** The registry as the user wrote it, or undefined when it was implied. */
  readonly writtenRegistry: string | undefined
  /** The path as the user wrote it. */
  readonly writtenPath: string
  /** The path a registry sees, with `library/` added for single-component Docker Hub names. */
  readonly path: string
}

/**
 * Whether the first component of a name is a registry, by the rule of normalize.go
 * `splitDockerDomain`: it is `localhost`, or has a `.` or `:` (host name, IP address, port), or has
 * upper case (path components never do). Anything else is a Docker Hub namespace.
 */
export function isRegistryComponent(component: string): boolean {
  return component === LOCALHOST || /[.:]/.test(component) || component !== component.toLowerCase()
}

/**
 * Splits a name (no tag, no digest) into registry and path and normalises Docker Hub names. A name
 * without `/` is always a Docker Hub path: `test.com:5000` is `library/test.com` with tag `5000`.
 */
export function splitRegistry(name: string): SplitName {
  const slash = name.indexOf('/')
  const first = slash === -1 ? undefined : name.slice(0, slash)
  const written = first !== undefined && isRegistryComponent(first) ? first : undefined
  const writtenPath = written === undefined ? name : name.slice(slash + 1)
  // Host names ignore case (RFC 3986 section 3.2.2): `DOCKER.IO/app` and `Index.docker.io/app` are
  // Docker Hub's `library/app` too; a legacy alias becomes the canonical name (host-profile.ts).
  const canonical = written === undefined ? DEFAULT_REGISTRY : canonicalRegistry(written.toLowerCase())
  const registry = canonical === DEFAULT_REGISTRY || written === undefined ? DEFAULT_REGISTRY : written
  const official = registry === DEFAULT_REGISTRY && writtenPath !== '' && !writtenPath.includes('/')
  return { registry, writtenRegistry: written, writtenPath, path: official ? OFFICIAL_PREFIX + writtenPath : writtenPath }
}

/** Splits `host[:port]` at the end of the host; `suffix` is `:port` or empty when well-formed. */
function splitHost(registry: string): { host: string; suffix: string } {
  const end = registry.startsWith('[') ? registry.indexOf(']') + 1 : registry.indexOf(':')
  return end <= 0 ? { host: registry, suffix: '' } : { host: registry.slice(0, end), suffix: registry.slice(end) }
}

/** Why a written registry (`host[:port]`) breaks the grammar, or undefined. */
export function registryProblem(registry: string): ReferenceProblem | undefined {
  const { host, suffix } = splitHost(registry)
  if (host.startsWith('[')) {
    if (!IPV6_LITERAL_RE.test(host)) {
      return {
        reason: 'invalid-registry',
        detail: `registry ${quote(registry)} is not a valid IPv6 literal: only hex digits and ":" may stand in brackets`,
        hint: 'write the address without a zone ("%eth0") or an embedded IPv4 part, e.g. [fd00::1]:5000',
      }
    }
  } else if (suffix.indexOf(':', 1) !== -1) {
    return {
      reason: 'invalid-registry',
      detail: `registry ${quote(registry)} looks like an IPv6 address without brackets`,
      hint: 'put an IPv6 address in brackets, e.g. [fd00::1]:5000/REPO',
    }
  } else if (!HOST_NAME_RE.test(host)) {
    return { reason: 'invalid-registry', detail: `registry ${quote(registry)} is not a valid host name`, hint: hostHint(host) }
  }
  if (suffix !== '' && !(suffix.startsWith(':') && PORT_RE.test(suffix.slice(1)))) {
    return {
      reason: 'invalid-registry',
      detail: `registry ${quote(registry)} has ${quote(suffix)} after the host; a port is ":" and digits`,
      hint: 'write the registry as HOST:PORT, e.g. registry.example.com:5000',
    }
  }
  return undefined
}

function hostHint(host: string): string {
  if (!/[.:]/.test(host) && host !== host.toLowerCase()) {
    // Upper case alone made this component a registry; the user most likely meant a namespace.
    return `a first component with upper case is read as a registry; if ${quote(host)} is a namespace, lower-case it`
  }
  return 'a first component with "." or ":" is read as a registry; host names are labels of letters, digits and inner "-" joined by single dots'
}

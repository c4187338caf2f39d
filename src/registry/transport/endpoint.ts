/**
 * Where a registry's API lives and whether it may be reached over plain HTTP. Everything except
 * loopback registries and the ones the user marked insecure is HTTPS with TLS verified.
 */
import { hostProfile } from '../../ref/index.js'

/** A registry as the transport sees it. */
export interface Endpoint {
  /** The registry as named in references: `ghcr.io`, `localhost:5000`, `docker.io`. */
  readonly registry: string
  /** Origin of its API, e.g. `https://registry-1.docker.io`, `http://127.0.0.1:5000`. */
  readonly origin: string
  /** `URL.hostname` of the origin (IPv6 in brackets). */
  readonly hostname: string
  /** Plain HTTP: a loopback registry or one listed in `insecureRegistries`. */
  readonly plainHttp: boolean
}

/** `localhost`, `127.x.x.x` and `[::1]`: reached over plain HTTP without being listed as insecure. */
export function isLoopbackHostname(hostname: string): boolean {
  return hostname === 'localhost' || /^127(?:\.\d{1,3}){3}$/.test(hostname) || hostname === '[::1]'
}

export function endpointFor(registry: string, insecureRegistries: readonly string[] = []): Endpoint {
  // Docker Hub's API is not at the name references use (ref/host-profile.ts).
  const host = hostProfile(registry).apiHost
  const hostname = new URL(`http://${host}`).hostname
  const plainHttp = isLoopbackHostname(hostname) || insecureRegistries.includes(registry)
  return { registry, origin: `${plainHttp ? 'http' : 'https'}://${host}`, hostname, plainHttp }
}

import { BlockList, isIP } from 'node:net'
import { RegistryError } from '../errors.js'
import { isLoopbackHostname } from './endpoint.js'
import { redactUrl } from './redact.js'
import type { RequestContext } from './types.js'

/**
 * Private, loopback, link-local and unspecified addresses: a URL the server hands us (a redirect, an
 * upload Location, a token realm) may not point there unless it is the registry itself (ggcr
 * `write.go nextLocation`, `bearer.go validateRealmURL`: an SSRF guard).
 */
const INTERNAL = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const) {
  INTERNAL.addSubnet(network, prefix, 'ipv4')
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
] as const)
  INTERNAL.addSubnet(network, prefix, 'ipv6')

/** True for an IP literal in a private, loopback, link-local or unspecified range (IPv4-mapped IPv6 included). */
export function isInternalAddress(hostname: string): boolean {
  const address = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname
  const family = isIP(address)
  if (family === 4) return INTERNAL.check(address, 'ipv4')
  if (family !== 6) return false
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1]
  return mapped !== undefined ? INTERNAL.check(mapped, 'ipv4') : INTERNAL.check(address, 'ipv6')
}

/**
 * Resolves a URL the server sent (`what`: "redirect", "upload Location", "token realm", "Link")
 * against the URL it came with, then:
 * - pins the scheme: `http:` on the registry's own host is rewritten to `https:` when the registry is
 *   reached over HTTPS (ggcr `schemer.go`; TLS-terminating proxies, https://github.com/distribution/distribution/issues/479,
 *   https://github.com/distribution/distribution/issues/996, https://github.com/distribution/distribution/issues/2912);
 * - refuses plain HTTP unless the registry itself is plain HTTP (loopback or insecure, docs/registry-protocol.md#transport);
 * - refuses private and loopback IP literals that are not the registry itself (SSRF guard, docs/registry-protocol.md#transport).
 */
export function resolveServerUrl(raw: string, base: URL, context: RequestContext, what: string): URL {
  const { endpoint } = context
  const refuse = (problem: string, url?: URL): never => {
    throw new RegistryError({
      registry: endpoint.registry,
      repository: context.repository,
      operation: context.operation,
      url: url === undefined ? undefined : redactUrl(url),
      problem,
      temporary: false,
      hint: 'the registry or a proxy in front of it sent a URL shiptag will not follow; check the proxy configuration (X-Forwarded-Proto, external URL)',
    })
  }
  let url: URL
  try {
    url = new URL(raw, base)
  } catch {
    return refuse(`the ${what} is not a valid URL`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return refuse(`the ${what} uses the scheme ${url.protocol}`, url)
  if (url.hostname === endpoint.hostname && url.protocol === 'http:' && !endpoint.plainHttp) url.protocol = 'https:'
  if (url.protocol === 'http:' && !endpoint.plainHttp) {
    return refuse(`the ${what} is plain HTTP, but ${endpoint.registry} is reached over HTTPS`, url)
  }
  // A loopback registry (tests, a local mirror) may use a token server on another loopback port.
  const bothLoopback = isLoopbackHostname(endpoint.hostname) && isLoopbackHostname(url.hostname)
  const internal = isInternalAddress(url.hostname) || isLoopbackHostname(url.hostname)
  if (url.hostname !== endpoint.hostname && internal && !bothLoopback) {
    return refuse(`the ${what} points at the internal address ${url.hostname}, which is not the registry`, url)
  }
  return url
}
